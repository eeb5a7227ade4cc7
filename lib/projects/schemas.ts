import { z } from 'zod';

/** '' (not set) or a real calendar day 'yyyy-mm-dd' ('2026-02-30' is refused). */
const day = z
  .string()
  .trim()
  .refine((v) => {
    if (v === '') return true;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }, 'validation.date')
  .transform((v) => v || null);

const months = z.coerce.number('projects.errors.months').int('projects.errors.months').min(0, 'projects.errors.months').max(600, 'projects.errors.months');

/** Each end must not come before its begin; the error sits on the end field (the DB has the same CHECKs). */
const PAIRS = [
  ['deliveryBegin', 'deliveryEnd', 'projects.errors.endBeforeBegin'],
  ['installationBegin', 'installationEnd', 'projects.errors.endBeforeBegin'],
  ['uatBegin', 'uatEnd', 'projects.errors.endBeforeBegin'],
  ['billingStart', 'billingDue', 'projects.errors.dueBeforeStart'],
] as const;

export const projectSchema = z
  .strictObject({
    id: z.uuid().optional(),
    version: z.coerce.number().int().min(1).optional(),
    customerId: z.uuid(),
    name: z.string().trim().min(2, 'validation.nameMin').max(200, 'validation.tooLong'),
    deliveryBegin: day,
    deliveryEnd: day,
    installationBegin: day,
    installationEnd: day,
    uatBegin: day,
    uatEnd: day,
    billingStart: day,
    billingDue: day,
    warrantyMonths: months,
    contractStart: day,
    contractMonths: months,
    slaPlanId: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
    notes: z
      .string()
      .trim()
      .max(5000, 'validation.tooLong')
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    for (const [begin, end, message] of PAIRS) {
      const b = v[begin];
      const e = v[end];
      if (b && e && e < b) ctx.addIssue({ code: 'custom', path: [end], message });
    }
    if (v.contractMonths > 0 && !v.contractStart) ctx.addIssue({ code: 'custom', path: ['contractStart'], message: 'projects.errors.contractStartRequired' });
  });
export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectValues = z.output<typeof projectSchema>;

export const projectIdSchema = z.strictObject({ id: z.uuid() });
