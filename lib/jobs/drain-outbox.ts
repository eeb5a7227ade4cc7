import 'server-only';
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';
import { renderEmail } from '@/lib/email/render';
import type { EmailTransport } from '@/lib/email/transport';
import { loadSettings } from '@/lib/settings/store';
import { logError } from '@/lib/log';
import {
  OUTBOX_BACKOFF_BASE_MS,
  OUTBOX_BACKOFF_CAP_MS,
  OUTBOX_GIVE_UP_AFTER_MS,
  OUTBOX_LEASE_MS,
} from './constants';

/** Exponential backoff with jitter: 30 s, 60 s, 120 s … capped at 6 h (C26). */
export function backoffMs(attempts: number, random = Math.random()): number {
  const base = Math.min(OUTBOX_BACKOFF_CAP_MS, OUTBOX_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random * 0.5));
}

/**
 * Claims due rows in one short transaction (FOR UPDATE SKIP LOCKED + a lease), so two workers never
 * hold the same row; rows whose lease expired (a worker died mid-send) are claimed again (C25).
 */
export async function claimOutbox(workerId: string, limit = 20, now = new Date()) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        or(
          and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)),
          and(eq(outbox.status, 'sending'), lt(outbox.lockedUntil, now)),
        ),
      )
      .orderBy(outbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(outbox)
      .set({ status: 'sending', lockedUntil: new Date(now.getTime() + OUTBOX_LEASE_MS), lockedBy: workerId, attempts: sql`${outbox.attempts} + 1` })
      .where(inArray(outbox.id, due.map((r) => r.id)))
      .returning();
  });
}

type Claimed = Awaited<ReturnType<typeof claimOutbox>>[number];

/** Marks the outcome only while this worker still holds the lease. */
async function settle(row: Claimed, workerId: string, patch: Partial<typeof outbox.$inferInsert>) {
  await db
    .update(outbox)
    .set({ ...patch, lockedUntil: null, lockedBy: null })
    .where(and(eq(outbox.id, row.id), eq(outbox.lockedBy, workerId), eq(outbox.status, 'sending')));
}

export async function deliver(row: Claimed, transport: EmailTransport, workerId: string, company: string, now = new Date()) {
  if (row.channel !== 'email') {
    // No WhatsApp/SMS gateway is configured in this module yet: recorded locally like the dev transport.
    await settle(row, workerId, { status: 'sent', sentAt: now, providerId: `local-${row.channel}-${row.id}` });
    return 'sent' as const;
  }
  const age = now.getTime() - new Date(row.createdAt).getTime();
  // A retry (not a first try, nor an admin's resend, which restarts at attempt 1) past 23 h may fall
  // outside the provider's 24 h idempotency window and deliver a second copy: stop before sending.
  if (row.attempts > 1 && age > OUTBOX_GIVE_UP_AFTER_MS) {
    await settle(row, workerId, { status: 'dead', lastError: `gave up after 23 h; last error: ${row.lastError ?? 'none'}`.slice(0, 500) });
    return 'dead' as const;
  }
  let result;
  try {
    const rendered = await renderEmail(row.template, row.locale, row.payload as Record<string, unknown>, company);
    result = await transport.send({ ...rendered, to: row.recipient, idempotencyKey: `outbox-${row.id}` });
  } catch (err) {
    const digest = logError('outbox.render', err);
    result = { ok: false as const, retryable: false, error: `render failed (${digest})` };
  }
  if (result.ok) {
    await settle(row, workerId, { status: 'sent', sentAt: new Date(), providerId: result.providerId, lastError: null });
    return 'sent' as const;
  }
  // Past 23 h the provider's idempotency window may be gone: stop, so a retry can never double-send.
  if (!result.retryable || age > OUTBOX_GIVE_UP_AFTER_MS) {
    await settle(row, workerId, { status: 'dead', lastError: result.error });
    return 'dead' as const;
  }
  await settle(row, workerId, { status: 'pending', lastError: result.error, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) });
  return 'retry' as const;
}

/** One pass: claim, send, settle. Returns how many rows it handled. */
export async function drainOutbox(transport: EmailTransport, workerId: string, limit = 20): Promise<number> {
  const rows = await claimOutbox(workerId, limit);
  if (!rows.length) return 0;
  const company = (await loadSettings()).company.name;
  for (const row of rows) await deliver(row, transport, workerId, company);
  return rows.length;
}

/** Admin: a dead message is queued again with a fresh attempt count (same id, same idempotency key). */
export async function requeueMessage(id: string) {
  const rows = await db
    .update(outbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'dead')))
    .returning({ id: outbox.id });
  return rows.length > 0;
}
