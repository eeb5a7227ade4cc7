// Loads Indonesia's administrative areas from the idn-area-data package's CSV files into `areas`
// (province → regency/city → district → village, official codes as keys). Only the data files are
// read — the package's JavaScript wants Node 22. Used by `npm run areas:load` and the demo seed.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type postgres from 'postgres';
import type { AreaLevel } from '@/lib/isp/constants';
import { parseCsvObjects } from './csv';

export type AreaRow = { code: string; parentCode: string | null; level: AreaLevel; name: string };

const FILES: Array<{ file: string; level: AreaLevel; parent: string | null }> = [
  { file: 'provinces.csv', level: 'province', parent: null },
  { file: 'regencies.csv', level: 'regency', parent: 'province_code' },
  { file: 'districts.csv', level: 'district', parent: 'regency_code' },
  { file: 'villages.csv', level: 'village', parent: 'district_code' },
];

/** Rows per statement, sent as one JSON parameter: the size only bounds memory and lock time. */
const BATCH = 5000;

export function areaDataDir(): string {
  const pkg = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  return path.join(path.dirname(pkg), 'data');
}

export async function readAreaRows(dir = areaDataDir()): Promise<AreaRow[]> {
  const out: AreaRow[] = [];
  for (const f of FILES) {
    const rows = parseCsvObjects(await readFile(path.join(dir, f.file), 'utf8'));
    for (const r of rows) {
      const code = r.code?.trim();
      const name = r.name?.trim();
      if (!code || !name) continue;
      out.push({ code, parentCode: f.parent ? r[f.parent]?.trim() || null : null, level: f.level, name });
    }
  }
  return out;
}

export type LoadResult = { total: number; changed: number; byLevel: Record<AreaLevel, number>; ms: number };

/**
 * Upserts every area in batches (`insert … select from json_to_recordset(…) on conflict (code) do update`).
 * Unchanged rows are not rewritten, so a second run changes nothing and is quick: idempotent.
 */
export async function loadAreas(sql: postgres.Sql, opts: { dir?: string; rows?: AreaRow[] } = {}): Promise<LoadResult> {
  const started = performance.now();
  const rows = opts.rows ?? (await readAreaRows(opts.dir));
  const byLevel = { province: 0, regency: 0, district: 0, village: 0 } as Record<AreaLevel, number>;
  for (const r of rows) byLevel[r.level]++;
  let changed = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const [res] = await sql<{ n: number }[]>`
      with up as (
        insert into areas (code, parent_code, level, name)
        select t.code, t.parent, t.level::area_level, t.name
        from json_to_recordset(${JSON.stringify(chunk.map((r) => ({ code: r.code, parent: r.parentCode, level: r.level, name: r.name })))}::json)
          as t(code text, parent text, level text, name text)
        on conflict (code) do update
          set parent_code = excluded.parent_code, level = excluded.level, name = excluded.name
          where (areas.parent_code, areas.level, areas.name) is distinct from (excluded.parent_code, excluded.level, excluded.name)
        returning 1)
      select count(*)::int as n from up`;
    changed += Number(res.n);
  }
  return { total: rows.length, changed, byLevel, ms: Math.round(performance.now() - started) };
}
