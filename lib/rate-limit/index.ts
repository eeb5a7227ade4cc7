import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Conn } from '@/db/client';
import { RateLimitedError } from '@/lib/errors';
import { LIMITS, type LimitName } from './limits';

export { LIMITS, type LimitName };

export type HitResult = { ok: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one attempt for `name:subject` in the current fixed window with a single upsert, so two
 * processes (or two `next start` instances) share the same counter and a restart forgets nothing.
 */
export async function hit(name: LimitName, subject: string, conn: Conn = db, now = new Date()): Promise<HitResult> {
  const { max, windowSec } = LIMITS[name];
  const windowMs = windowSec * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${name}:${subject.toLowerCase()}`;
  // An ISO string, not the Date: drizzle's postgres-js driver leaves timestamps unserialized in raw sql.
  const rows = await conn.execute<{ count: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}::timestamptz, 1)
    on conflict (key, window_start) do update set count = rate_limits.count + 1
    returning count`);
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { ok: count <= max, count, retryAfterSeconds };
}

/** Checks several limits at once and throws RATE_LIMITED with the longest wait when any is over. */
export async function enforce(checks: Array<[LimitName, string | null | undefined]>, conn: Conn = db): Promise<void> {
  let wait = 0;
  for (const [name, subject] of checks) {
    if (!subject) continue;
    const r = await hit(name, subject, conn);
    if (!r.ok) wait = Math.max(wait, r.retryAfterSeconds);
  }
  if (wait > 0) throw new RateLimitedError(wait);
}

/** Forgets every window of `name:subject` (a successful login clears the account's failures). */
export async function clearLimit(name: LimitName, subject: string, conn: Conn = db): Promise<void> {
  await conn.execute(sql`delete from rate_limits where key = ${`${name}:${subject.toLowerCase()}`}`);
}

/** Old windows are useless; the worker prunes them. */
export async function pruneRateLimits(conn: Conn = db) {
  await conn.execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
}
