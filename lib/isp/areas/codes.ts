// Official area codes are hierarchical: "33" province, "33.74" regency/city, "33.74.01" district,
// "33.74.01.1001" village. The level and every ancestor follow from the code itself. Pure.
import { z } from 'zod';
import type { AreaLevel } from '@/lib/isp/constants';

const PATTERNS: Array<[AreaLevel, RegExp]> = [
  ['province', /^\d{2}$/],
  ['regency', /^\d{2}\.\d{2}$/],
  ['district', /^\d{2}\.\d{2}\.\d{2}$/],
  ['village', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
];

export function levelOfCode(code: string): AreaLevel | null {
  for (const [level, re] of PATTERNS) if (re.test(code)) return level;
  return null;
}

/** "33.74.01.1001" → ["33", "33.74", "33.74.01", "33.74.01.1001"]. */
export function codePath(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

export const areaCodeSchema = z.string().trim().refine((v) => levelOfCode(v) !== null, 'isp.coverage.errors.area');
export const villageCodeSchema = z.string().trim().refine((v) => levelOfCode(v) === 'village', 'isp.coverage.errors.village');
/** Coverage is marked on a district (all its villages) or a single village. */
export const coverableCodeSchema = z
  .string()
  .trim()
  .refine((v) => levelOfCode(v) === 'district' || levelOfCode(v) === 'village', 'isp.coverage.errors.districtOrVillage');
