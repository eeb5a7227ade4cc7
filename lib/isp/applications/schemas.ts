import { z } from 'zod';
import { passwordSchema } from '@/lib/accounts/schemas';
import { idPhoneSchema } from '@/lib/format/phone';
import { villageCodeSchema } from '@/lib/isp/areas/codes';
import { nikSchema } from '@/lib/isp/nik';
import { emailSchema } from '@/lib/users/email';

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

/** What every application asks, whether the applicant has an account already or not. */
const applicationFields = {
  fullName: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  nik: nikSchema,
  phone: idPhoneSchema,
  addressLine: z.string().trim().min(5, 'isp.signup.errors.address').max(300, 'validation.tooLong'),
  villageCode: villageCodeSchema,
  planId: z.uuid('isp.signup.errors.plan'),
  /** Working days only, from today to 60 days ahead: checked against the business calendar on the server. */
  preferredDate: isoDate,
  consent: z.literal(true, 'isp.signup.errors.consent'),
  /** Server-issued when the form is rendered: a double submit creates one application (C22). */
  idempotencyKey: z.uuid(),
};

/** Public sign-up: the application and a new customer account in one go. `website` is a honeypot. */
export const signupSchema = z
  .strictObject({
    ...applicationFields,
    email: emailSchema,
    password: passwordSchema,
    confirmPassword: z.string().max(128),
    website: z.string().max(200).optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordMismatch' });
export type SignupInput = z.input<typeof signupSchema>;
export type SignupValues = z.output<typeof signupSchema>;

/** A signed-in customer applies from /account: the account's e-mail is used. */
export const applySchema = z.strictObject(applicationFields);
export type ApplyInput = z.input<typeof applySchema>;
export type ApplyValues = z.output<typeof applySchema>;

// ── staff moves ────────────────────────────────────────────────────────────────────────────────
const ref = { applicationId: z.uuid(), version: z.coerce.number().int().min(1) };
const notes = z.string().trim().max(2000, 'validation.tooLong');

/** A visit: technician, start (datetime-local in the business zone) and length. */
const visit = {
  technicianId: z.uuid('isp.applications.errors.technician'),
  startsAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'isp.applications.errors.startsAt'),
  durationMinutes: z.coerce.number().int().min(30, 'isp.applications.errors.duration').max(480, 'isp.applications.errors.duration'),
  notes,
};

export const scheduleSurveySchema = z.strictObject({ ...ref, ...visit });
export type ScheduleVisitInput = z.input<typeof scheduleSurveySchema>;
export const scheduleInstallationSchema = z.strictObject({ ...ref, ...visit });

export const recordSurveySchema = z.strictObject({
  ...ref,
  covered: z.enum(['yes', 'no'], 'isp.applications.errors.covered').transform((v) => v === 'yes'),
  notes: z.string().trim().min(3, 'isp.applications.errors.surveyNotes').max(2000, 'validation.tooLong'),
  /** Photos uploaded through POST /api/uploads by the caller (their own, unused ones only). */
  photoIds: z.array(z.uuid()).max(6, 'isp.applications.errors.tooManyPhotos').default([]),
});
export type RecordSurveyInput = z.input<typeof recordSurveySchema>;

export const activateSchema = z.strictObject({ ...ref, notes });
export type ActivateInput = z.input<typeof activateSchema>;

export const rejectSchema = z.strictObject({
  ...ref,
  reason: z.string().trim().min(5, 'isp.applications.errors.reason').max(1000, 'validation.tooLong'),
});
export type RejectInput = z.input<typeof rejectSchema>;
