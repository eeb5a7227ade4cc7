import { z } from 'zod';
import { parseRupiah } from '@/lib/format/money';
import { areaCodeSchema } from '@/lib/isp/areas/codes';

/** "350.000", "Rp 350.000" or 350000 → 350000 (whole Rupiah); the form shows what was typed. */
const rupiah = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = typeof v === 'number' ? v : parseRupiah(v);
  if (n === null || !Number.isSafeInteger(n) || n < 0 || n > 1_000_000_000) {
    ctx.addIssue({ code: 'custom', message: 'isp.plans.errors.price' });
    return z.NEVER;
  }
  return n;
});
const mbps = z.coerce.number('isp.plans.errors.speed').int('isp.plans.errors.speed').min(1, 'isp.plans.errors.speed').max(100_000, 'isp.plans.errors.speed');

export const planSchema = z.strictObject({
  id: z.uuid().optional(),
  name: z.string().trim().min(2, 'validation.nameMin').max(80, 'validation.tooLong'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, 'isp.plans.errors.slug')
    .max(60, 'validation.tooLong')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'isp.plans.errors.slug'),
  downloadMbps: mbps,
  uploadMbps: mbps,
  monthlyPriceIdr: rupiah,
  installationFeeIdr: rupiah,
  description: z.string().trim().max(2000, 'validation.tooLong'),
  active: z.boolean(),
  sortOrder: z.coerce.number('isp.plans.errors.sortOrder').int('isp.plans.errors.sortOrder').min(0, 'isp.plans.errors.sortOrder').max(9999, 'isp.plans.errors.sortOrder'),
  /** Where the plan is sold; empty = wherever there is coverage. */
  areaCodes: z.array(areaCodeSchema).max(200, 'isp.plans.errors.tooManyAreas').transform((a) => [...new Set(a)]),
});
export type PlanInput = z.input<typeof planSchema>;
export type PlanValues = z.output<typeof planSchema>;

export const planIdSchema = z.strictObject({ id: z.uuid() });
export const planActiveSchema = z.strictObject({ id: z.uuid(), active: z.boolean() });

/** "Rumah 50 Mbps" → "rumah-50-mbps" (the form suggests it; the admin may change it). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
