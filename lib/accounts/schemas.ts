import { z } from 'zod';
import { emailSchema } from '@/lib/users/email';
import { optionalIdPhoneSchema } from '@/lib/format/phone';
import { LOCALES } from '@/lib/i18n/config';

// Shared by each form (react-hook-form + zodResolver) and its server action. Messages are catalog keys.
export const passwordSchema = z
  .string()
  .min(8, 'validation.passwordMin')
  .max(128, 'validation.passwordMax')
  .refine((v) => v.trim().length > 0, 'validation.passwordMin');

const name = z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong');

export const loginSchema = z.strictObject({
  email: z.string().trim().min(1, 'validation.required').max(254, 'validation.tooLong'),
  password: z.string().min(1, 'validation.required').max(128, 'validation.passwordMax'),
  callbackUrl: z.string().max(2000).optional(),
});
export type LoginInput = z.input<typeof loginSchema>;

export const registerSchema = z
  .strictObject({
    name,
    email: emailSchema,
    phone: optionalIdPhoneSchema,
    password: passwordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordMismatch' });
export type RegisterInput = z.input<typeof registerSchema>;

export const emailOnlySchema = z.strictObject({ email: emailSchema });
export type EmailOnlyInput = z.input<typeof emailOnlySchema>;

export const tokenSchema = z.strictObject({ token: z.string().min(20).max(100) });

export const setPasswordSchema = z
  .strictObject({
    token: z.string().min(20).max(100),
    password: passwordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordMismatch' });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'validation.required').max(128, 'validation.passwordMax'),
    password: passwordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordMismatch' })
  .refine((v) => v.password !== v.currentPassword, { path: ['password'], message: 'validation.passwordSame' });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const profileSchema = z.strictObject({
  name,
  phone: optionalIdPhoneSchema,
  locale: z.enum(LOCALES),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const localeSchema = z.strictObject({ locale: z.enum(LOCALES) });
