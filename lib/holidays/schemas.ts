import { z } from 'zod';

/** A real calendar day 'yyyy-mm-dd' between 2000 and 2100. */
export const isoDaySchema = z
  .string()
  .trim()
  .refine((v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m || +m[1] < 2000 || +m[1] > 2100) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }, 'validation.date');

/** Create (no originalDay) or edit the holiday that was on originalDay (the day is the key). */
export const holidaySchema = z.strictObject({
  originalDay: isoDaySchema.optional(),
  day: isoDaySchema,
  name: z.string().trim().min(2, 'validation.required').max(120, 'validation.tooLong'),
});
export type HolidayInput = z.input<typeof holidaySchema>;

export const holidayDaySchema = z.strictObject({ day: isoDaySchema });
export const holidayYearSchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
