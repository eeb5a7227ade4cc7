import { z } from 'zod';
import { RICH_TEXT_MAX_LENGTH } from '@/lib/sanitize/html';
import { PUBLISH_STATUSES } from '@/lib/content/constants';
import { DISCOUNT_TYPES, PROMO_AUDIENCES, PROMO_SLUG_RE } from './constants';

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.date');
const optionalUuid = z.union([z.uuid(), z.literal('')]).transform((v) => v || null);
/** Whole numbers typed into a text box ("150000", "150.000"), or empty. */
const optionalWhole = z
  .string()
  .trim()
  .max(15, 'validation.tooLong')
  .transform((v, ctx) => {
    const digits = v.replace(/[.\s]/g, '');
    if (!digits) return null;
    if (!/^\d{1,12}$/.test(digits)) {
      ctx.addIssue({ code: 'custom', message: 'promos.errors.number' });
      return z.NEVER;
    }
    return Number(digits);
  });

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'validation.tooLong')
  .refine((v) => v === '' || PROMO_SLUG_RE.test(v), 'promos.errors.slug');

export const promoSchema = z
  .strictObject({
    id: z.union([z.uuid(), z.literal('')]).optional(),
    version: z.coerce.number().int().min(1).optional(),
    title: z.string().trim().min(3, 'promos.errors.titleShort').max(200, 'validation.tooLong'),
    /** Empty: made from the title. */
    slug: slugSchema,
    bannerMediaId: optionalUuid,
    body: z.string().max(RICH_TEXT_MAX_LENGTH, 'validation.tooLong'),
    terms: z.string().trim().max(5000, 'validation.tooLong'),
    startsAt: localDateTime,
    endsAt: localDateTime,
    voucherCode: z
      .string()
      .trim()
      .toUpperCase()
      .max(30, 'validation.tooLong')
      .refine((v) => v === '' || /^[A-Z0-9][A-Z0-9-]{2,29}$/.test(v), 'promos.errors.voucher')
      .transform((v) => v || null),
    discountType: z.union([z.enum(DISCOUNT_TYPES), z.literal('')]).transform((v) => v || null),
    discountValue: optionalWhole,
    minSpendIdr: optionalWhole,
    audience: z.enum(PROMO_AUDIENCES),
    segmentId: optionalUuid,
    status: z.enum(PUBLISH_STATUSES),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'promos.errors.endAfterStart' });
    if (v.discountType && v.discountValue == null) ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'promos.errors.discountValue' });
    if (!v.discountType && v.discountValue != null) ctx.addIssue({ code: 'custom', path: ['discountType'], message: 'promos.errors.discountType' });
    if (v.discountType === 'percent' && v.discountValue != null && (v.discountValue < 1 || v.discountValue > 100))
      ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'promos.errors.percent' });
    if (v.discountType === 'amount' && v.discountValue != null && (v.discountValue < 1 || v.discountValue > 1_000_000_000))
      ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'promos.errors.amount' });
    if (v.minSpendIdr != null && v.minSpendIdr > 10_000_000_000) ctx.addIssue({ code: 'custom', path: ['minSpendIdr'], message: 'promos.errors.amount' });
    if (v.audience === 'segment' && !v.segmentId) ctx.addIssue({ code: 'custom', path: ['segmentId'], message: 'promos.errors.segmentRequired' });
  });
export type PromoInput = z.input<typeof promoSchema>;
export type PromoValues = z.output<typeof promoSchema>;

export const promoIdSchema = z.strictObject({ id: z.uuid() });

export const promoListSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum([...PUBLISH_STATUSES, 'all']).catch('all'),
  audience: z.enum([...PROMO_AUDIENCES, 'all']).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
