import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { LOCALES } from '@/lib/i18n/config';
import { optionalIdPhoneSchema } from '@/lib/format/phone';
import { emailSchema } from './email';

export const inviteUserSchema = z.strictObject({
  name: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  email: emailSchema,
  phone: optionalIdPhoneSchema,
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const changeRoleSchema = z.strictObject({ userId: z.uuid(), role: z.enum(ROLES) });
export const setUserStatusSchema = z.strictObject({ userId: z.uuid(), status: z.enum(['active', 'disabled']) });
export const userIdSchema = z.strictObject({ userId: z.uuid() });

export const listUsersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(1),
});
