import 'server-only';
import { asc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { areas } from '@/db/schema';
import { codePath, levelOfCode } from './codes';

// Public reference data (like the catalog): no session needed, nothing personal in it.

export type AreaOption = { code: string; name: string };

/** Provinces (no parent), or the children of one area, by name — one index range (areas_parent_idx). */
export async function listAreaChildren(parent: string | null): Promise<AreaOption[]> {
  if (parent !== null && (levelOfCode(parent) === null || levelOfCode(parent) === 'village')) return [];
  return db
    .select({ code: areas.code, name: areas.name })
    .from(areas)
    .where(parent === null ? isNull(areas.parentCode) : eq(areas.parentCode, parent))
    .orderBy(asc(areas.name));
}

export type AreaTrail = { code: string; level: string; name: string }[];

/** An area with its ancestors, province first ("Jawa Tengah › Kota Semarang › Tembalang › Tembalang"). */
export async function getAreaTrail(code: string): Promise<AreaTrail> {
  if (!levelOfCode(code)) return [];
  const rows = await db.select({ code: areas.code, level: areas.level, name: areas.name }).from(areas).where(inArray(areas.code, codePath(code)));
  return rows.sort((a, b) => a.code.length - b.code.length);
}

/** Trails for many codes at once (lists of covered areas, leads, applications). */
export async function getAreaTrails(codes: string[]): Promise<Map<string, AreaTrail>> {
  const all = [...new Set(codes.filter((c) => levelOfCode(c)).flatMap(codePath))];
  const out = new Map<string, AreaTrail>();
  if (!all.length) return out;
  const rows = await db.select({ code: areas.code, level: areas.level, name: areas.name }).from(areas).where(inArray(areas.code, all));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const c of codes) out.set(c, codePath(c).map((p) => byCode.get(p)).filter((r): r is NonNullable<typeof r> => !!r));
  return out;
}

/** "Tembalang, Kota Semarang" style label from a trail, nearest first, province left out (unless it is the area). */
export function trailLabel(trail: AreaTrail, opts: { withProvince?: boolean } = {}): string {
  const parts = trail.filter((a) => opts.withProvince || a.level !== 'province' || trail.length === 1).map((a) => a.name);
  return parts.reverse().join(', ');
}
