// S39/S40: outbox delivery through a Resend stand-in that fails, stalls and rate-limits, with
// workers racing for the same rows — in this process and as real worker processes.
import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';
import { resendTransport } from '@/lib/email/transport';
import { OUTBOX_BACKOFF_CAP_MS } from '@/lib/jobs/constants';
import { backoffMs, claimOutbox, drainOutbox, requeueMessage } from '@/lib/jobs/drain-outbox';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { startResendStub, type ResendStub } from './helpers/resend-stub';
import { spawnWorker, waitFor, type WorkerProcess } from './helpers/workers';

let stub: ResendStub;
beforeAll(async () => {
  stub = await startResendStub();
});
afterAll(async () => {
  await stub?.close();
});
beforeEach(async () => {
  stub.reset();
  // each test starts with an empty outbox so a drain only sees its own rows
  await db.delete(outbox);
});

const key = (id: string) => `outbox-${id}`;

async function enqueue(n: number, prefix = 'mail') {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const to = `${prefix}-${i}-${randomBytes(3).toString('hex')}@example.test`;
    const id = await enqueueMessage(db, { to, template: 'verify-email', locale: i % 2 ? 'en' : 'id', data: { name: `Penerima ${i}`, url: `http://localhost:3000/verify-email?token=t${i}` } });
    ids.push(id!);
  }
  return ids;
}

const rowsById = async (ids: string[]) => db.select().from(outbox).where(inArray(outbox.id, ids));

/** Every due row is retried now instead of after its backoff (the wait is what we skip, not the rule). */
// (a second in the past: JavaScript's millisecond clock may trail PostgreSQL's microseconds)
const makeAllDue = () => db.update(outbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'pending'));

/** One worker's loop: drain until nothing is due. */
async function drainUntilIdle(transport: ReturnType<typeof resendTransport>, workerId: string) {
  let handled = 0;
  for (;;) {
    const n = await drainOutbox(transport, workerId, 2);
    if (!n) return handled;
    handled += n;
  }
}

/** Exactly-once at the provider: one accepted e-mail per message, under its own key, none without a key. */
function expectDeliveredExactlyOnce(rows: Array<{ id: string; recipient: string; providerId: string | null; status: string }>) {
  expect(stub.unkeyed).toEqual([]);
  expect([...stub.sent.keys()].sort()).toEqual(rows.map((r) => key(r.id)).sort());
  for (const r of rows) {
    expect(r.status).toBe('sent');
    const sent = [...stub.sent.values()].filter((s) => s.to === r.recipient);
    expect(sent, r.recipient).toHaveLength(1);
    expect(r.providerId).toBe(stub.sent.get(key(r.id))!.id);
  }
}

describe('S39 outbox delivery through Resend', () => {
  it('S39 backoff doubles from 30 s with ±25 % jitter, capped at 6 h', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(1, 0)).toBe(22_500);
    expect(backoffMs(1, 1)).toBe(37_500);
    expect(backoffMs(30, 0.5)).toBe(OUTBOX_BACKOFF_CAP_MS);
    for (let a = 1; a < 9; a++) expect(backoffMs(a + 1, 0)).toBeGreaterThan(backoffMs(a, 0.999) * 0.99);
  });

  it('S39 500 ×3, a timeout, then 429, then 200 — two racing drain loops deliver every message exactly once', async () => {
    const plan = [500, 500, 500, 'timeout', 429] as const;
    stub.script = (_key, attempt) => plan[attempt] ?? 200;
    const transport = resendTransport('re_test', stub.url, { timeoutMs: 300 });
    const ids = await enqueue(8);
    const gaps = new Map<string, number[]>(ids.map((id) => [id, []]));
    const attemptsSeen = new Map<string, number[]>(ids.map((id) => [id, []]));
    for (let round = 0; round < 12; round++) {
      const [a, b] = await Promise.all([drainUntilIdle(transport, 'worker-a'), drainUntilIdle(transport, 'worker-b')]);
      expect(a + b, `round ${round}`).toBeLessThanOrEqual(ids.length); // nobody handled a row twice in one round
      const rows = await rowsById(ids);
      for (const r of rows) {
        attemptsSeen.get(r.id)!.push(r.attempts);
        if (r.status === 'pending') gaps.get(r.id)!.push(r.nextAttemptAt.getTime() - r.updatedAt.getTime());
        expect(r.lockedBy).toBeNull();
      }
      if (rows.every((r) => r.status === 'sent')) break;
      await makeAllDue();
    }
    const rows = await rowsById(ids);
    expectDeliveredExactlyOnce(rows);
    for (const r of rows) {
      expect(r.attempts).toBe(plan.length + 1);
      expect(stub.attemptsFor(key(r.id))).toBe(plan.length + 1);
      expect(r.lastError).toBeNull();
      // attempts grow by one per round, and each wait is longer than the one before
      expect(attemptsSeen.get(r.id)).toEqual([1, 2, 3, 4, 5, 6]);
      const g = gaps.get(r.id)!;
      expect(g).toHaveLength(plan.length);
      for (let i = 1; i < g.length; i++) expect(g[i], `${r.id} gaps ${g.join(', ')}`).toBeGreaterThan(g[i - 1]);
      expect(g[0]).toBeGreaterThan(20_000);
    }
    // the timed-out request had reached the provider; its retries were answered from the key
    const outcomes = stub.requests.map((q) => q.outcome);
    expect(outcomes.filter((o) => o === 'timeout')).toHaveLength(ids.length);
    expect(outcomes.filter((o) => o === 'deduplicated')).toHaveLength(ids.length);
  });

  it('S40 a permanent 4xx ends dead after one attempt, and stays dead', async () => {
    const [poison, fine] = await enqueue(2, 'poison');
    stub.script = (k) => (k === key(poison) ? 422 : 200);
    const transport = resendTransport('re_test', stub.url, { timeoutMs: 1000 });
    await drainOutbox(transport, 'worker-a');
    await makeAllDue();
    await drainOutbox(transport, 'worker-b');
    const [p] = await rowsById([poison]);
    expect(p).toMatchObject({ status: 'dead', attempts: 1, providerId: null });
    expect(p.lastError).toMatch(/422/);
    expect(stub.attemptsFor(key(poison))).toBe(1);
    const [f] = await rowsById([fine]);
    expect(f.status).toBe('sent');
    // an admin's resend queues it again under the same key
    expect(await requeueMessage(poison)).toBe(true);
    stub.script = () => 200;
    await drainOutbox(transport, 'worker-a');
    const [again] = await rowsById([poison]);
    expect(again).toMatchObject({ status: 'sent', attempts: 1 });
    expect(stub.sent.has(key(poison))).toBe(true);
  });

  it('S40 an expired lease is reclaimed; a live one is left alone', async () => {
    const [expired, live] = await enqueue(2, 'lease');
    await db
      .update(outbox)
      .set({ status: 'sending', attempts: 1, lockedBy: 'crashed-worker', lockedUntil: sql`now() - interval '1 minute'` })
      .where(eq(outbox.id, expired));
    await db
      .update(outbox)
      .set({ status: 'sending', attempts: 1, lockedBy: 'busy-worker', lockedUntil: sql`now() + interval '1 minute'` })
      .where(eq(outbox.id, live));
    const transport = resendTransport('re_test', stub.url, { timeoutMs: 1000 });
    expect(await drainOutbox(transport, 'worker-c')).toBe(1);
    const [e] = await rowsById([expired]);
    expect(e).toMatchObject({ status: 'sent', attempts: 2, lockedBy: null });
    const [l] = await rowsById([live]);
    expect(l).toMatchObject({ status: 'sending', attempts: 1, lockedBy: 'busy-worker' });
    expect(stub.attemptsFor(key(live))).toBe(0);
    // the busy worker's late settle still applies only to its own lease
    expect(await claimOutbox('worker-d')).toEqual([]);
  });

  it('S40 a message older than 23 h that fails again ends dead', async () => {
    const [old] = await enqueue(1, 'old');
    await db.update(outbox).set({ createdAt: sql`now() - interval '24 hours'` }).where(eq(outbox.id, old));
    stub.script = () => 500;
    const transport = resendTransport('re_test', stub.url, { timeoutMs: 1000 });
    await drainOutbox(transport, 'worker-a');
    const [row] = await rowsById([old]);
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row.lastError).toMatch(/500/);
  });

  it('S40 a retry due after 23 h is not sent: the provider may have forgotten the key', async () => {
    const [late, first] = await enqueue(2, 'late');
    // `late` was tried before (it may have gone out); `first` was never tried (a worker outage)
    await db
      .update(outbox)
      .set({ createdAt: sql`now() - interval '25 hours'`, attempts: 3, lastError: 'network timeout' })
      .where(eq(outbox.id, late));
    await db.update(outbox).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(outbox.id, first));
    const transport = resendTransport('re_test', stub.url, { timeoutMs: 1000 });
    await drainOutbox(transport, 'worker-a');
    const [l] = await rowsById([late]);
    expect(l).toMatchObject({ status: 'dead', attempts: 4 });
    expect(l.lastError).toMatch(/23 h/);
    expect(stub.attemptsFor(key(late))).toBe(0);
    const [f] = await rowsById([first]);
    expect(f.status).toBe('sent');
  });
});

describe('S39 worker processes', () => {
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  });

  const workerEnv = () => ({
    DATABASE_URL: process.env.DATABASE_URL!,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    APP_URL: process.env.APP_URL!,
    RESEND_API_KEY: 're_test',
    RESEND_BASE_URL: stub.url,
    DATABASE_POOL_MAX: '3',
  });

  it('S39 two worker processes deliver 50 messages exactly once', async () => {
    // a few transient failures so both processes retry while racing
    stub.script = (_k, attempt) => (attempt === 0 && Math.random() < 0.2 ? 503 : 200);
    const ids = await enqueue(50, 'proc');
    const a = spawnWorker(workerEnv());
    const b = spawnWorker(workerEnv());
    workers.push(a, b);
    try {
      await waitFor(async () => {
        await makeAllDue(); // retries happen now rather than after a 30 s backoff
        const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.status, 'sent'));
        return n === ids.length;
      }, 60_000, 'all 50 messages sent');
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- worker a ---\n${a.output()}\n--- worker b ---\n${b.output()}`);
    }
    await Promise.all([a.stop(), b.stop()]);
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    expectDeliveredExactlyOnce(await rowsById(ids));
    expect(stub.requests.filter((r) => r.outcome === 'concurrent')).toEqual([]);
  }, 90_000);

  it('S39 a worker killed mid-send loses nothing and sends nothing twice', async () => {
    stub.slowMs = 1500;
    stub.script = (_k, attempt) => (attempt === 0 ? 'slow' : 200);
    const ids = await enqueue(3, 'kill');
    const victim = spawnWorker(workerEnv());
    workers.push(victim);
    await waitFor(async () => stub.inFlight() > 0, 30_000, 'the first send to be in flight');
    await victim.stop('SIGKILL');
    const stuck = (await rowsById(ids)).filter((r) => r.status === 'sending');
    expect(stuck.length).toBeGreaterThan(0);
    // the dead worker's lease runs out (2 minutes, skipped here), then another worker reclaims the rows
    await db.update(outbox).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'sending'));
    const rescuer = spawnWorker(workerEnv());
    workers.push(rescuer);
    await waitFor(async () => (await rowsById(ids)).every((r) => r.status === 'sent'), 60_000, 'the rescue');
    await rescuer.stop();
    const rows = await rowsById(ids);
    expectDeliveredExactlyOnce(rows);
    for (const r of stuck) expect(rows.find((x) => x.id === r.id)!.attempts).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
