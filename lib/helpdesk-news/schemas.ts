import { z } from 'zod';

export const NEWS_AUDIENCES = ['all', 'staff', 'customers'] as const;

// Dates arrive as datetime-local strings in the business zone; the action converts them to UTC.
export const newsSchema = z
  .strictObject({
    id: z.uuid().optional(),
    title: z.string().trim().min(3, 'validation.required').max(200, 'validation.tooLong'),
    body: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
    publishAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.date'),
    expiresAt: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.date')]),
    audience: z.enum(NEWS_AUDIENCES),
  })
  .refine((v) => !v.expiresAt || v.expiresAt > v.publishAt, { path: ['expiresAt'], message: 'validation.expiryAfterPublish' });
export type NewsInput = z.input<typeof newsSchema>;

export const newsIdSchema = z.strictObject({ id: z.uuid() });
