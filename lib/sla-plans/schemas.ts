import { z } from 'zod';

const hours = z.coerce.number('slaPlans.errors.hours').int('slaPlans.errors.hours').min(0, 'slaPlans.errors.hours').max(9999, 'slaPlans.errors.hours');
const minutes = z.coerce.number('slaPlans.errors.minutes').int('slaPlans.errors.minutes').min(0, 'slaPlans.errors.minutes').max(59, 'slaPlans.errors.minutes');

/**
 * Times are business time, entered as hours + minutes and stored as minutes. The resolution target
 * cannot be shorter than the response target (the DB has the same CHECK).
 */
export const slaPlanSchema = z
  .strictObject({
    id: z.uuid().optional(),
    name: z.string().trim().min(2, 'validation.nameMin').max(80, 'validation.tooLong'),
    responseHours: hours,
    responseMinutes: minutes,
    resolutionHours: hours,
    resolutionMinutes: minutes,
    warningPercent: z.coerce.number('slaPlans.errors.warning').int('slaPlans.errors.warning').min(1, 'slaPlans.errors.warning').max(99, 'slaPlans.errors.warning'),
    pauseOnPending: z.boolean(),
  })
  .transform((v) => ({ ...v, responseTotal: v.responseHours * 60 + v.responseMinutes, resolutionTotal: v.resolutionHours * 60 + v.resolutionMinutes }))
  .superRefine((v, ctx) => {
    if (v.responseTotal <= 0) ctx.addIssue({ code: 'custom', path: ['responseHours'], message: 'slaPlans.errors.responseRequired' });
    else if (v.resolutionTotal < v.responseTotal) ctx.addIssue({ code: 'custom', path: ['resolutionHours'], message: 'slaPlans.errors.resolutionShorter' });
  });
export type SlaPlanInput = z.input<typeof slaPlanSchema>;
export type SlaPlanValues = z.output<typeof slaPlanSchema>;

export const slaPlanIdSchema = z.strictObject({ id: z.uuid() });
export const slaPlanActiveSchema = z.strictObject({ id: z.uuid(), active: z.boolean() });

/** 90 → { hours: 1, minutes: 30 } for the form and for display. */
export function splitMinutes(total: number) {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
