import { z } from 'zod';
import { optionalIdPhoneSchema } from '@/lib/format/phone';
import { LOCALES } from '@/lib/i18n/config';
import { emailSchema } from '@/lib/users/email';
import { CUSTOMER_ARCHIVE_FILTERS, CUSTOMER_SORTS, CUSTOMER_TYPES } from './constants';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
/** Empty optional text is stored as null. */
const optionalText = (max: number) => text(max).transform((v) => v || null);
const optionalEmail = z
  .string()
  .trim()
  .max(254, 'validation.tooLong')
  .transform((v) => v.normalize('NFKC').toLowerCase())
  .pipe(z.union([z.literal(''), z.email('validation.email')]))
  .transform((v) => v || null);

/** "vip, Sekolah\nvip" → ['vip', 'sekolah']: lower-cased, unique labels used by promotion segments. */
const tags = z
  .string()
  .max(1000, 'validation.tooLong')
  .transform((v) => [...new Set(v.split(/[,\n]/).map((s) => s.trim().toLowerCase()).filter(Boolean))])
  // Refinements on the whole list, so the message sits on the one "tags" field.
  .refine((a) => a.length <= 20, 'customers.errors.tooManyTags')
  .refine((a) => a.every((s) => s.length <= 40), 'customers.errors.tagTooLong');

/** Create (no id) or edit (id + the version the form loaded). */
export const customerSchema = z.strictObject({
  id: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
  name: text(200).min(2, 'validation.nameMin'),
  type: z.enum(CUSTOMER_TYPES),
  address: optionalText(500),
  city: optionalText(120),
  region: optionalText(120),
  phone: optionalIdPhoneSchema,
  email: optionalEmail,
  personInCharge: optionalText(120),
  salesperson: optionalText(120),
  productsUsed: optionalText(1000),
  tags,
  notes: optionalText(5000),
  slaPlanId: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
});
export type CustomerInput = z.input<typeof customerSchema>;
export type CustomerValues = z.output<typeof customerSchema>;

export const customerIdSchema = z.strictObject({ id: z.uuid() });
export const archiveCustomerSchema = z.strictObject({ id: z.uuid(), archived: z.boolean() });

/** A new contact account under a customer; it gets an invitation e-mail to set its password. */
export const inviteContactSchema = z.strictObject({
  customerId: z.uuid(),
  name: text(120).min(2, 'validation.nameMin'),
  email: emailSchema,
  phone: optionalIdPhoneSchema,
  locale: z.enum(LOCALES),
});
export type InviteContactInput = z.input<typeof inviteContactSchema>;
export const contactSchema = z.strictObject({ customerId: z.uuid(), userId: z.uuid() });

/** The list's URL state; anything unknown falls back to the default instead of failing (S25). */
export const listCustomersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  type: z.enum(CUSTOMER_TYPES).optional().catch(undefined),
  city: z.string().trim().max(120).optional().catch(undefined),
  archived: z.enum(CUSTOMER_ARCHIVE_FILTERS).default('active').catch('active'),
  sort: z.enum(CUSTOMER_SORTS).default('name').catch('name'),
  dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(1),
});
export type ListCustomersParams = z.input<typeof listCustomersSchema>;
