// S37: SLA warnings and breaches are raised exactly once, whoever runs the scan — two callers in this
// process and two real worker processes at the same moment, then again after a restart, then after the
// ticket's plan changed. A paused (pending) clock raises nothing.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, outbox, slaEvents, tickets } from '@/db/schema';
import { slaStateAt } from '@/lib/sla/clock';
import { runSlaScan } from '@/lib/sla/job';
import { slaStateNow } from '@/lib/tickets/sla-sql';
import { moveTicket } from '@/lib/tickets/service/move';
import { changeTicketPlan } from '@/lib/tickets/service/plan';
import { asCurrent, createHelpdeskWorld, createSlaPlan, insertTicketRows, openTestTicket, setBusinessCalendar, ticketRow, type HelpdeskWorld } from '../helpers/helpdesk-factories';
import { spawnWorker, waitFor, type WorkerProcess } from '../security/helpers/workers';

const MIN = 60_000;
let w: HelpdeskWorld;
let responsePhase: string[];
let resolutionPhase: string[];
let paused: string;
let quiet: string[];
const workers: WorkerProcess[] = [];

const workerEnv = () => ({
  DATABASE_URL: process.env.DATABASE_URL!,
  AUTH_SECRET: process.env.AUTH_SECRET!,
  APP_URL: process.env.APP_URL!,
  DATABASE_POOL_MAX: '3',
});

async function startWorkers(): Promise<WorkerProcess[]> {
  const pair = [spawnWorker(workerEnv()), spawnWorker(workerEnv())];
  workers.push(...pair);
  // The worker scans as soon as its loop starts, right before it prints this line.
  await waitFor(async () => pair.every((p) => p.output().includes('started')), 60_000, 'two workers to start').catch((err) => {
    throw new Error(`${(err as Error).message}\n${pair.map((p) => p.output()).join('\n---\n')}`);
  });
  return pair;
}

/**
 * SIGTERM. The exit code is not asserted: under load tsx gives its child only 30 ms to acknowledge a
 * relayed signal before killing it, and a worker killed mid-scan must not matter anyway (its
 * transaction rolls back and the next scan redoes the work).
 */
async function stopWorkers(pair: WorkerProcess[]) {
  await Promise.all(pair.map((p) => p.stop()));
}

/** Gives the workers time to finish the round they were in (a scan, then sending what it queued). */
async function settle() {
  await new Promise((r) => setTimeout(r, 1500));
}

async function events() {
  return db.select().from(slaEvents);
}

/** Outbox rows and notifications of the SLA alerts, keyed "ticket:kind". */
async function alerts() {
  const mails = await db.select({ key: outbox.dedupeKey, recipient: outbox.recipient }).from(outbox).where(sql`${outbox.dedupeKey} like 'sla:%'`);
  const notes = await db
    .select({ userId: notifications.userId, kind: notifications.kind, link: notifications.link })
    .from(notifications)
    .where(inArray(notifications.kind, ['ticket.sla_warning', 'ticket.sla_breach']));
  return { mails, notes };
}

/** Everyone each ticket's alert goes to: helpdesk always; the point's coordinator and the engineer once dispatched. */
function recipientsOf(id: string) {
  return resolutionPhase.includes(id) ? [w.helpdesk, w.spX, w.engA] : [w.helpdesk];
}

function expectExactlyOnce(kind: 'warning' | 'breach', evts: Awaited<ReturnType<typeof events>>, a: Awaited<ReturnType<typeof alerts>>) {
  for (const id of [...responsePhase, ...resolutionPhase]) {
    const phase = resolutionPhase.includes(id) ? 'resolution' : 'response';
    const ek = `${phase}_${kind}`;
    expect(evts.filter((e) => e.ticketId === id && e.kind === ek), `${id} ${ek}`).toHaveLength(1);
    const mails = a.mails.filter((m) => m.key!.startsWith(`sla:${ek}:${id}:`));
    expect(mails.map((m) => m.recipient).sort(), `${id} ${ek} mails`).toEqual(recipientsOf(id).map((u) => u.email).sort());
    const notes = a.notes.filter((n) => n.kind === `ticket.sla_${kind}` && n.link!.endsWith(`/tickets/${id}`));
    expect(notes.map((n) => n.userId).sort(), `${id} ${ek} notifications`).toEqual(recipientsOf(id).map((u) => u.id).sort());
  }
  // Nothing at all for the paused, resolved, deleted and not-yet-due tickets.
  for (const id of [paused, ...quiet]) {
    expect(evts.filter((e) => e.ticketId === id)).toEqual([]);
    expect(a.mails.filter((m) => m.key!.includes(id))).toEqual([]);
  }
}

beforeAll(async () => {
  // Every minute is a business minute, so instants set in SQL relative to now() mean what they say.
  await setBusinessCalendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' });
  w = await createHelpdeskWorld();
  const now = Date.now();
  const warnPassed = { slaWarnAt: new Date(now - 10 * MIN), slaDueAt: new Date(now + 3 * 24 * 60 * MIN) };
  // 100 tickets nobody responded to yet (response clock; only helpdesk hears) and 100 being worked on
  // at point X by engineer A (resolution clock; helpdesk, X's coordinator and A hear).
  responsePhase = (await insertTicketRows(w, 100, () => ({ status: 'new', ...warnPassed, responseWarnAt: warnPassed.slaWarnAt, responseDueAt: warnPassed.slaDueAt }))).map((t) => t.id);
  resolutionPhase = (
    await insertTicketRows(w, 100, () => ({
      status: 'in_progress',
      servicePointId: w.pointX.id,
      assigneeId: w.engA.id,
      respondedAt: new Date(now - 60 * MIN),
      ...warnPassed,
      resolutionWarnAt: warnPassed.slaWarnAt,
      resolutionDueAt: warnPassed.slaDueAt,
    }))
  ).map((t) => t.id);
  const past = { slaWarnAt: new Date(now - 120 * MIN), slaDueAt: new Date(now - 60 * MIN) };
  // Waiting on the customer: the clock is paused, however late it looks.
  [{ id: paused }] = await insertTicketRows(w, 1, () => ({ status: 'pending', servicePointId: w.pointX.id, assigneeId: w.engA.id, respondedAt: new Date(now - 200 * MIN), pausedSince: new Date(now - 180 * MIN), pendingReason: 'Menunggu pelanggan', ...past }));
  quiet = [
    // resolved, with stale instants left behind
    ...(await insertTicketRows(w, 1, () => ({ status: 'resolved', ...past }))),
    // deleted
    ...(await insertTicketRows(w, 1, () => ({ status: 'new', deletedAt: new Date(), ...past }))),
    // not due yet
    ...(await insertTicketRows(w, 1, () => ({ status: 'new', slaWarnAt: new Date(now + 100 * 24 * 60 * MIN), slaDueAt: new Date(now + 200 * 24 * 60 * MIN) }))),
  ].map((t) => t.id);
});

afterAll(async () => {
  await Promise.all(workers.map((p) => p.stop('SIGKILL')));
});

describe('S37 SLA alerts exactly once', () => {
  it('S37 warnings: two in-process scans and two worker processes at once → one event and one mail per recipient per ticket', async () => {
    const pair = await startWorkers();
    // Small batches here, 200 in the workers: the four scanners interleave claims on the same rows.
    const [a, b] = await Promise.all([runSlaScan(undefined, 10), runSlaScan(undefined, 7)]);
    // Whoever claimed a ticket handled it; the others skipped it (SKIP LOCKED) or found it done.
    expect(a + b).toBeLessThanOrEqual(200);
    await waitFor(
      async () => {
        const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(and(inArray(tickets.id, [...responsePhase, ...resolutionPhase]), eq(tickets.slaState, 'warning')));
        return n === 200;
      },
      30_000,
      'all 200 tickets in warning',
    );
    await settle();
    await stopWorkers(pair);

    const evts = await events();
    expect(evts).toHaveLength(200);
    const a1 = await alerts();
    expect(a1.mails).toHaveLength(100 * 1 + 100 * 3);
    expect(a1.notes).toHaveLength(400);
    expectExactlyOnce('warning', evts, a1);
    expect(evts.filter((e) => e.kind.endsWith('breach'))).toEqual([]);
  }, 120_000);

  it('S37 the unique (ticket, kind) guard: with the state flag lost, four concurrent scans send nothing again', async () => {
    // As if a scan had sent the alerts but its state update were lost (or a plan change reset it).
    const ids = [...responsePhase, ...resolutionPhase];
    await db.update(tickets).set({ slaState: 'ok' }).where(inArray(tickets.id, ids));
    const before = { evts: (await events()).length, ...(await alerts()) };
    const handled = await Promise.all([runSlaScan(undefined, 10), runSlaScan(undefined, 7), runSlaScan(undefined, 13), runSlaScan(undefined, 200)]);
    expect(handled.reduce((x, y) => x + y, 0)).toBe(200);
    const after = await alerts();
    expect((await events()).length).toBe(before.evts);
    expect(after.mails).toHaveLength(before.mails.length);
    expect(after.notes).toHaveLength(before.notes.length);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(and(inArray(tickets.id, ids), eq(tickets.slaState, 'warning')));
    expect(n).toBe(200);
  });

  it('S37 breaches after a restart: the due instants pass, workers start again with two more scans → one breach each', async () => {
    const ids = [...responsePhase, ...resolutionPhase];
    await db.update(tickets).set({ slaDueAt: sql`now() - interval '1 minute'` }).where(inArray(tickets.id, ids));
    const pair = await startWorkers();
    await Promise.all([runSlaScan(undefined, 10), runSlaScan(undefined, 7)]);
    await waitFor(
      async () => {
        const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(and(inArray(tickets.id, ids), eq(tickets.slaState, 'breached')));
        return n === 200;
      },
      30_000,
      'all 200 tickets breached',
    );
    await settle();
    await stopWorkers(pair);

    const evts = await events();
    expect(evts).toHaveLength(400);
    const a2 = await alerts();
    expect(a2.mails).toHaveLength(800);
    expect(a2.notes).toHaveLength(800);
    expectExactlyOnce('warning', evts, a2);
    expectExactlyOnce('breach', evts, a2);
  }, 120_000);

  it('S37 running again (another restart) finds nothing and writes nothing', async () => {
    const before = { evts: (await events()).length, ...(await alerts()) };
    expect(await runSlaScan()).toBe(0);
    expect(await runSlaScan(new Date(Date.now() + 30 * 24 * 60 * MIN))).toBe(0);
    const after = await alerts();
    expect((await events()).length).toBe(before.evts);
    expect(after.mails).toHaveLength(before.mails.length);
    expect(after.notes).toHaveLength(before.notes.length);
  });

  it('S37 a plan change restarts the clock but never re-sends an alert of a kind already sent', async () => {
    const id = resolutionPhase[0];
    const t = await ticketRow(id);
    const roomy = await createSlaPlan({ responseMinutes: 240, resolutionMinutes: 7 * 24 * 60, warningPercent: 80 });
    await changeTicketPlan(asCurrent(w.helpdesk), { ticketId: id, slaPlanId: roomy.id, version: t.version });
    const changed = await ticketRow(id);
    expect(changed).toMatchObject({ slaPlanId: roomy.id, slaState: 'ok' });
    expect(changed.slaDueAt!.getTime()).toBeGreaterThan(Date.now());

    const before = { evts: (await events()).length, ...(await alerts()) };
    // A week and a half later the new plan's warning and due instants have both passed.
    const later = new Date(Date.now() + 10 * 24 * 60 * MIN);
    expect(await runSlaScan(later)).toBe(1);
    expect(await ticketRow(id)).toMatchObject({ slaState: 'breached' });
    const after = await alerts();
    expect((await events()).length).toBe(before.evts);
    expect(after.mails).toHaveLength(before.mails.length);
    expect(after.notes).toHaveLength(before.notes.length);
  });

  it('S37 the paused ticket raised nothing through all of it; resumed and late, it alerts once', async () => {
    expect(await db.select().from(slaEvents).where(eq(slaEvents.ticketId, paused))).toEqual([]);
    // Resumed (pause cleared) with the resolution due long past: the breach, found late, is the one mail.
    await db.update(tickets).set({ pausedSince: null, status: 'in_progress' }).where(eq(tickets.id, paused));
    await Promise.all([runSlaScan(), runSlaScan()]);
    const evts = await db.select().from(slaEvents).where(eq(slaEvents.ticketId, paused));
    expect(evts.map((e) => e.kind).sort()).toEqual(['resolution_breach', 'resolution_warning']);
    const mails = await db.select({ key: outbox.dedupeKey }).from(outbox).where(sql`${outbox.dedupeKey} like ${`sla:%:${paused}:%`}`);
    // A breach found late does not also send the warning it skipped.
    expect(mails.map((m) => m.key!.split(':')[1])).toEqual(['resolution_breach', 'resolution_breach', 'resolution_breach']);
  });
});

describe('the SLA clock in the queue and across phases', () => {
  it('slaStateNow (the queues’ SQL) agrees with slaStateAt for running, paused, stopped and clock-less tickets', async () => {
    const now = Date.now();
    const H = 60 * MIN;
    const cases = [
      { slaWarnAt: new Date(now + H), slaDueAt: new Date(now + 2 * H), pausedSince: null, slaState: 'ok' as const },
      { slaWarnAt: new Date(now - H), slaDueAt: new Date(now + H), pausedSince: null, slaState: 'ok' as const },
      { slaWarnAt: new Date(now - 2 * H), slaDueAt: new Date(now - H), pausedSince: null, slaState: 'warning' as const },
      // paused: the stored state stands, however late the instants look
      { slaWarnAt: new Date(now - 2 * H), slaDueAt: new Date(now - H), pausedSince: new Date(now - 3 * H), slaState: 'ok' as const, status: 'pending' as const },
      // stopped (resolved): no running clock, the state at resolution stands
      { slaWarnAt: null, slaDueAt: null, pausedSince: null, slaState: 'breached' as const, status: 'resolved' as const },
    ];
    const rows = await insertTicketRows(w, cases.length, (i) => ({ status: 'in_progress', ...cases[i] }));
    const got = await db.select({ id: tickets.id, state: slaStateNow }).from(tickets).where(inArray(tickets.id, rows.map((r) => r.id)));
    const byId = new Map(got.map((g) => [g.id, g.state]));
    expect(rows.map((r) => byId.get(r.id))).toEqual(['ok', 'warning', 'breached', 'ok', 'breached']);
    for (const [i, r] of rows.entries()) {
      if (!cases[i].pausedSince && cases[i].slaDueAt) expect(slaStateAt(new Date(), r.slaWarnAt, r.slaDueAt)).toBe(byId.get(r.id));
    }
  });

  it('a response warning, then acceptance: the resolution clock alerts separately, each kind once', async () => {
    const t0 = new Date('2026-03-02T09:00:00+07:00');
    const at = (m: number) => new Date(t0.getTime() + m * MIN);
    const opened = await openTestTicket(w, { actor: w.admin }, t0);
    // 75 % of the 60-minute response target
    expect(await runSlaScan(at(46))).toBeGreaterThanOrEqual(1);
    let t = await ticketRow(opened.id);
    expect(t.slaState).toBe('warning');
    await moveTicket(asCurrent(w.helpdesk), { move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointX.id }, at(50));
    t = await ticketRow(opened.id);
    await moveTicket(asCurrent(w.spX), { move: 'accept', ticketId: t.id, version: t.version }, at(55));
    t = await ticketRow(opened.id);
    expect(t).toMatchObject({ slaState: 'ok' });
    expect(t.slaDueAt?.getTime()).toBe(t.resolutionDueAt?.getTime());
    // resolution: 480 minutes, warning at 360
    await runSlaScan(at(200));
    await runSlaScan(at(361));
    await Promise.all([runSlaScan(at(481)), runSlaScan(at(481))]);
    const kinds = (await db.select().from(slaEvents).where(eq(slaEvents.ticketId, opened.id))).map((e) => e.kind).sort();
    expect(kinds).toEqual(['resolution_breach', 'resolution_warning', 'response_warning']);
    const mails = await db.select({ key: outbox.dedupeKey }).from(outbox).where(sql`${outbox.dedupeKey} like ${`sla:%:${opened.id}:%`}`);
    // response warning → helpdesk only (nothing assigned yet); resolution alerts → helpdesk and X's coordinator
    expect(mails.map((m) => m.key!.split(':')[1]).sort()).toEqual(['resolution_breach', 'resolution_breach', 'resolution_warning', 'resolution_warning', 'response_warning']);
  });
});
