// The demo tickets (db/seed/helpdesk-tickets.ts) on top of the demo accounts and helpdesk master data:
// every status, realistic history, and rows that agree with what the services and the SLA job compute,
// so the demo behaves like real use from the first minute.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, customers, slaEvents, staffProfiles, ticketComments, ticketCounters, ticketRatings, tickets, users } from '@/db/schema';
import { businessMinutesBetween } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';
import { runSlaScan } from '@/lib/sla/job';
import { TICKET_STATUSES } from '@/lib/tickets/constants';
import type { MoveValues } from '@/lib/tickets/schemas';
import { ticketScope } from '@/lib/tickets/scope';
import { openTicket } from '@/lib/tickets/service/create';
import { moveTicket } from '@/lib/tickets/service/move';
import { TRANSITIONS, type TicketMove } from '@/lib/tickets/transitions';
import { seedDemo } from '@/db/seed/demo';
import { seedHelpdeskTickets } from '@/db/seed/helpdesk-tickets';
import type { CurrentUser } from '@/lib/auth/session';

type Row = typeof tickets.$inferSelect;
let rows: Row[];
let seededAt: Date;

async function demoUser(email: string): Promise<CurrentUser> {
  const [u] = await db
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, customerId: users.customerId, servicePointId: staffProfiles.servicePointId })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(eq(users.email, email));
  return { ...u, servicePointId: u.servicePointId ?? null, locale: 'id' };
}

beforeAll(async () => {
  await seedDemo(db);
  seededAt = new Date();
  // seedDemo called it once the master data was committed; calling again must be a no-op.
  expect(await seedHelpdeskTickets(db, seededAt)).toBe(0);
  // Only this seed's tickets: the ISP demo adds complaint tickets of its own (with a subscription).
  rows = await db.select().from(tickets).where(isNull(tickets.subscriptionId)).orderBy(asc(tickets.number));
}, 120_000);

describe('demo tickets', () => {
  it('30–50 tickets over the last six weeks, in every status', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(50);
    for (const s of TICKET_STATUSES) expect(rows.filter((r) => r.status === s).length, s).toBeGreaterThan(0);
    const oldest = Math.min(...rows.map((r) => r.createdAt.getTime()));
    expect(seededAt.getTime() - oldest).toBeLessThan(60 * 86_400_000); // 29 working days back, holidays included
    expect(seededAt.getTime() - oldest).toBeGreaterThan(25 * 86_400_000);
    for (const r of rows) expect(r.createdAt.getTime()).toBeLessThan(seededAt.getTime());
  });

  it('numbers are TKT-YYYY-NNNNNN, gap-free in opening order, and the counter continues after them', async () => {
    const byYear = new Map<string, Row[]>();
    for (const r of [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      expect(r.number).toMatch(/^TKT-\d{4}-\d{6}$/);
      const y = r.number.slice(4, 8);
      byYear.set(y, [...(byYear.get(y) ?? []), r]);
    }
    for (const [year, list] of byYear) {
      // this seed runs first, so its tickets hold 1…n of each year, in opening order
      expect(list.map((r) => Number(r.number.slice(-6)))).toEqual(list.map((_, i) => i + 1));
      // with whatever later demo seeds added, the year's numbers stay gap-free up to the counter
      const everyone = (await db.select({ number: tickets.number }).from(tickets)).map((t) => t.number).filter((n) => n.startsWith(`TKT-${year}-`));
      const [c] = await db.select().from(ticketCounters).where(eq(ticketCounters.year, Number(year)));
      expect(everyone.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(Array.from({ length: c.last }, (_, i) => i + 1));
    }
  });

  it('a pending ticket with its reason, a reopened one, a declined dispatch, public and internal comments, ratings', async () => {
    const pending = rows.filter((r) => r.status === 'pending');
    for (const p of pending) expect(p).toMatchObject({ pendingReason: expect.stringMatching(/\w{5}/), pendingBy: expect.any(String), pausedSince: expect.any(Date) });
    expect(rows.some((r) => r.reopenCount > 0 && r.status === 'in_progress' && r.resolvedAt === null)).toBe(true);
    const declines = await db.select().from(auditLog).where(eq(auditLog.action, 'ticket.decline'));
    expect(declines.length).toBeGreaterThan(0);
    const comments = await db.select().from(ticketComments);
    expect(comments.some((c) => c.internal)).toBe(true);
    expect(comments.some((c) => !c.internal)).toBe(true);
    const ratings = await db.select().from(ticketRatings).where(inArray(ticketRatings.ticketId, rows.map((r) => r.id)));
    expect(ratings.length).toBeGreaterThanOrEqual(3);
    for (const r of ratings) {
      const t = rows.find((x) => x.id === r.ticketId)!;
      expect(['closed', 'documented', 'resolved']).toContain(t.status);
      expect(r).toMatchObject({ customerId: t.customerId, engineerId: t.assigneeId, servicePointId: t.servicePointId });
    }
  });

  it('some clocks are in warning or breached, and their alerts are recorded', async () => {
    const now = new Date();
    const states = rows.map((r) => slaStateAt(now, r.slaWarnAt, r.slaDueAt, r.pausedSince));
    expect(states.filter((s) => s === 'breached').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.slaState !== 'ok').length).toBeGreaterThanOrEqual(3);
    const events = await db.select().from(slaEvents);
    for (const r of rows.filter((x) => x.slaState === 'breached' && x.slaDueAt)) {
      expect(events.some((e) => e.ticketId === r.id && e.kind.endsWith('breach')), r.summary).toBe(true);
    }
  });

  it('the demo customer has several tickets; the demo engineer and coordinator have work waiting', async () => {
    const customer = await demoUser('customer@relasi.test');
    const engineer = await demoUser('engineer@relasi.test');
    const coordinator = await demoUser('servicepoint@relasi.test');
    const visible = async (me: CurrentUser) => db.select({ id: tickets.id, status: tickets.status, customerId: tickets.customerId }).from(tickets).where(ticketScope(me));
    const mine = await visible(customer);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.every((t) => t.customerId === customer.customerId)).toBe(true);
    expect(new Set(mine.map((t) => t.status)).size).toBeGreaterThanOrEqual(5);
    const jobs = (await visible(engineer)).filter((t) => ['dispatched', 'confirmed', 'in_progress', 'pending'].includes(t.status));
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    expect(jobs.some((t) => t.status === 'dispatched')).toBe(true);
    const queue = (await visible(coordinator)).filter((t) => ['assigned', 'accepted'].includes(t.status));
    expect(queue.some((t) => t.status === 'assigned')).toBe(true);
    expect(queue.some((t) => t.status === 'accepted')).toBe(true);
  });

  it('every ticket agrees with the services: who/when per status, SLA instants from the plan, an audit trail the workflow allows', async () => {
    const cal = await loadCalendar(db);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityType, 'ticket')).orderBy(asc(auditLog.at), asc(auditLog.id));
    const reached = (r: Row, s: (typeof TICKET_STATUSES)[number]) => TICKET_STATUSES.indexOf(r.status) >= TICKET_STATUSES.indexOf(s);
    for (const r of rows) {
      const where = `${r.number} ${r.summary} (${r.status})`;
      // who and when of every step reached
      if (r.status !== 'new') expect(r.assignedBy && r.assignedAt && r.servicePointId, where).toBeTruthy();
      if (reached(r, 'accepted')) expect(r.acceptedBy && r.acceptedAt && r.respondedAt, where).toBeTruthy();
      if (reached(r, 'dispatched') && r.status !== 'documented') expect(r.dispatchedBy && r.dispatchedAt, where).toBeTruthy();
      if (['dispatched', 'confirmed', 'in_progress', 'pending'].includes(r.status)) expect(r.assigneeId, where).toBeTruthy();
      if (reached(r, 'resolved')) expect(r.resolvedBy && r.resolvedAt && r.resolution, where).toBeTruthy();
      if (reached(r, 'closed')) expect(r.closedBy && r.closedAt, where).toBeTruthy();
      if (r.status === 'documented') expect(r.documentedBy && r.documentedAt, where).toBeTruthy();
      if (r.status === 'pending') expect(r.pausedSince?.getTime(), where).toBe(r.pendingAt?.getTime());
      else expect(r.pausedSince, where).toBeNull();

      // SLA instants exactly as openTicket/moveTicket compute them
      expect(r.slaPlanId, where).toBeTruthy();
      const i = computeInstants(r.createdAt, { responseMinutes: r.slaResponseMinutes!, resolutionMinutes: r.slaResolutionMinutes!, warningPercent: r.slaWarningPercent! }, r.pausedMinutes, cal);
      expect(r.responseWarnAt?.toISOString(), where).toBe(i.responseWarnAt.toISOString());
      expect(r.responseDueAt?.toISOString(), where).toBe(i.responseDueAt.toISOString());
      expect(r.resolutionWarnAt?.toISOString(), where).toBe(i.resolutionWarnAt.toISOString());
      expect(r.resolutionDueAt?.toISOString(), where).toBe(i.resolutionDueAt.toISOString());
      if (['resolved', 'closed', 'documented'].includes(r.status)) {
        expect([r.slaWarnAt, r.slaDueAt], where).toEqual([null, null]);
        expect(r.slaState, where).toBe(slaStateAt(r.resolvedAt!, i.resolutionWarnAt, i.resolutionDueAt));
      } else if (r.respondedAt) {
        expect(r.slaDueAt?.toISOString(), where).toBe(i.resolutionDueAt.toISOString());
      } else {
        expect(r.slaDueAt?.toISOString(), where).toBe(i.responseDueAt.toISOString());
      }

      // the audit trail: created, then moves the workflow table allows from each state, in time order
      const trail = audit.filter((a) => a.entityId === r.id && !a.action.startsWith('ticket.comment'));
      expect(trail[0], where).toMatchObject({ action: 'ticket.create', at: r.createdAt });
      let status: string = 'new';
      let last = r.createdAt.getTime();
      let paused = 0;
      let pausedAt: Date | null = null;
      for (const a of trail.slice(1)) {
        const move = a.action.slice('ticket.'.length) as TicketMove;
        const rule = TRANSITIONS[move];
        expect(rule, `${where}: ${a.action}`).toBeTruthy();
        expect(rule.roles, `${where}: ${a.action} by ${a.actorRole}`).toContain(a.actorRole);
        expect(rule.from, `${where}: ${a.action} from ${status}`).toContain(status);
        expect(a.at.getTime(), `${where}: ${a.action} in order`).toBeGreaterThan(last);
        if (pausedAt && rule.to !== 'pending') {
          paused += businessMinutesBetween(pausedAt, a.at, cal);
          pausedAt = null;
        }
        if (rule.to === 'pending') pausedAt = a.at;
        status = rule.to;
        last = a.at.getTime();
      }
      expect(status, where).toBe(r.status);
      expect(r.pausedMinutes, where).toBe(paused);
      expect(r.version, where).toBe(trail.length);
      expect(r.updatedAt.getTime(), where).toBe(last);
    }
  });

  it('the SLA job finds nothing to do right after seeding (states and alerts already consistent)', async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(slaEvents);
    expect(await runSlaScan(seededAt)).toBe(0);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(slaEvents)).toEqual(before);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const count = async () => {
      const [r] = await db.execute<{ t: number; a: number; c: number }>(sql`select (select count(*)::int from tickets) as t, (select count(*)::int from audit_log) as a, (select count(*)::int from ticket_comments) as c`);
      return r;
    };
    const before = await count();
    expect(await seedHelpdeskTickets(db)).toBe(0);
    await seedDemo(db);
    expect(await count()).toEqual(before);
  });

  it('only customers of the demo data are used, and no e-mail was queued for the history', async () => {
    const ids = [...new Set(rows.map((r) => r.customerId))];
    const found = await db.select({ id: customers.id }).from(customers).where(inArray(customers.id, ids));
    expect(found).toHaveLength(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const mails = await db.execute<{ payload: string }>(sql`select payload::text as payload from outbox where payload::text like '%/tickets/%'`);
    expect(mails.filter((m) => rows.some((r) => m.payload.includes(r.id)))).toEqual([]);
    const staffOnly = await db.select().from(ticketComments).where(and(eq(ticketComments.internal, true)));
    for (const c of staffOnly) {
      const [a] = await db.select({ role: users.role }).from(users).where(eq(users.id, c.authorId!));
      expect(a.role).not.toBe('customer');
    }
  });

  // Last: it adds tickets of its own.
  it('replaying each seeded history through openTicket and moveTicket at the same instants gives the same row', async () => {
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityType, 'ticket')).orderBy(asc(auditLog.at), asc(auditLog.id));
    const actors = new Map<string, CurrentUser>();
    const actor = async (id: string) => {
      if (!actors.has(id)) {
        const [u] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
        actors.set(id, await demoUser(u.email));
      }
      return actors.get(id)!;
    };
    const COMPARED = [
      'status', 'customerId', 'projectId', 'slaPlanId', 'servicePointId', 'assigneeId', 'createdBy', 'assignedBy', 'assignedAt', 'acceptedBy', 'acceptedAt',
      'dispatchedBy', 'dispatchedAt', 'confirmedBy', 'confirmedAt', 'startedAt', 'pendingBy', 'pendingAt', 'pendingReason', 'resolution', 'resolvedBy',
      'resolvedAt', 'closedBy', 'closedAt', 'documentedBy', 'documentedAt', 'declineReason', 'reopenCount', 'slaResponseMinutes', 'slaResolutionMinutes',
      'slaWarningPercent', 'slaPauseOnPending', 'respondedAt', 'responseWarnAt', 'responseDueAt', 'resolutionWarnAt', 'resolutionDueAt', 'pausedSince',
      'pausedMinutes', 'slaWarnAt', 'slaDueAt', 'version', 'createdAt', 'updatedAt',
    ] as const;
    for (const r of rows) {
      const trail = audit.filter((a) => a.entityId === r.id && !a.action.startsWith('ticket.comment'));
      const opened = await openTicket(
        await actor(trail[0].actorId!),
        { customerId: r.customerId, projectId: r.projectId, category: r.category, priority: r.priority, summary: r.summary, detail: r.detail, reporterName: r.reporterName, reporterPhone: r.reporterPhone, reporterEmail: r.reporterEmail, idempotencyKey: randomUUID() },
        r.createdAt,
      );
      for (const a of trail.slice(1)) {
        const after = (a.after ?? {}) as { servicePointId?: string; assigneeId?: string; reason?: string; resolution?: string };
        const move = a.action.slice('ticket.'.length) as TicketMove;
        const [{ version }] = await db.select({ version: tickets.version }).from(tickets).where(eq(tickets.id, opened.id));
        const input = { move, ticketId: opened.id, version, servicePointId: after.servicePointId, engineerId: after.assigneeId, reason: after.reason, resolution: after.resolution };
        await moveTicket(await actor(a.actorId!), Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as MoveValues, a.at);
      }
      const [replayed] = await db.select().from(tickets).where(eq(tickets.id, opened.id));
      // openTicket leaves updated_at to the database clock; every move sets it to the move's instant.
      const keys = COMPARED.filter((k) => k !== 'updatedAt' || r.status !== 'new');
      const pick = (x: Row) => Object.fromEntries(keys.map((k) => [k, x[k] instanceof Date ? (x[k] as Date).toISOString() : x[k]]));
      expect(pick(replayed), `${r.number} ${r.summary}`).toEqual(pick(r));
      // A stopped clock keeps the state it had at resolution; a running one is judged by the SLA job.
      if (['resolved', 'closed', 'documented'].includes(r.status)) expect(replayed.slaState).toBe(r.slaState);
    }
  }, 60_000);
});
