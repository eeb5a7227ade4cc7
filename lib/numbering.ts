import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/**
 * The next number of `scope` in `year` (1, 2, 3 …) inside the caller's transaction. The upsert locks
 * the year's counter row until commit, so concurrent creators queue up and a rolled-back insert gives
 * its number back: gap-free, as people quote these numbers aloud (REG-2026-000007).
 */
export async function nextNumber(tx: Tx, scope: string, year: number): Promise<number> {
  const rows = await tx.execute<{ last: number }>(sql`
    insert into number_sequences (scope, year, last) values (${scope}, ${year}, 1)
    on conflict (scope, year) do update set last = number_sequences.last + 1
    returning last`);
  return Number(rows[0].last);
}

/** "REG", 2026, 7 → "REG-2026-000007". */
export function formatNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}
