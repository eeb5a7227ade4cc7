import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/**
 * Next TKT-YYYY-NNNNNN inside the caller's transaction. The upsert locks the year's counter row until
 * commit, so concurrent creators queue up and a rolled-back ticket returns its number: gap-free.
 */
export async function nextTicketNumber(tx: Tx, year: number): Promise<string> {
  const rows = await tx.execute<{ last: number }>(sql`
    insert into ticket_counters (year, last) values (${year}, 1)
    on conflict (year) do update set last = ticket_counters.last + 1
    returning last`);
  const n = Number(rows[0].last);
  return `TKT-${year}-${String(n).padStart(6, '0')}`;
}
