import { z } from 'zod';
import { optionalIdPhoneSchema } from '@/lib/format/phone';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((v) => v || null);

/** "Semarang, Kendal\nsalatiga" → ['semarang', 'kendal', 'salatiga']: the lower-cased cities a point covers. */
export function parseCities(v: string): string[] {
  return [...new Set(v.split(/[,;\n]/).map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
}

export const servicePointSchema = z.strictObject({
  id: z.uuid().optional(),
  name: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  address: optionalText(500),
  region: optionalText(120),
  phone: optionalIdPhoneSchema,
  cities: z
    .string()
    .max(5000, 'validation.tooLong')
    .transform(parseCities)
    // Refinements on the whole list, so the message sits on the one "cities" field.
    .refine((a) => a.length >= 1, 'servicePoints.errors.citiesRequired')
    .refine((a) => a.length <= 200, 'servicePoints.errors.tooManyCities')
    .refine((a) => a.every((c) => c.length <= 80), 'servicePoints.errors.cityTooLong'),
  active: z.boolean(),
});
export type ServicePointInput = z.input<typeof servicePointSchema>;
export type ServicePointValues = z.output<typeof servicePointSchema>;

export const servicePointIdSchema = z.strictObject({ id: z.uuid() });
export const staffAssignmentSchema = z.strictObject({ servicePointId: z.uuid(), userId: z.uuid('servicePoints.errors.staffRequired') });
export const availabilitySchema = z.strictObject({ available: z.boolean() });
