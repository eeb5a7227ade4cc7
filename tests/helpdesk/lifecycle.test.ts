// Every workflow move × every kind of caller, through the real moveTicketAction (action() wrapper,
// getCurrentUser from PostgreSQL, the service, the database). Allowed callers move the ticket and
// write the who/when columns, one audit row, the in-app notifications and the outbox e-mails; the
// others get FORBIDDEN (role), NOT_FOUND (not their ticket, S02/S03) or INVALID_TRANSITION (wrong
// state, S08) and the ticket, its audit trail and its messages stay exactly as they were.
//
// The expectations below are written by hand from SPEC.md module 2, never derived from TRANSITIONS,
// so a wrong table is caught.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { customers, notifications, outbox, ratingTokens, servicePoints, tickets } from '@/db/schema';
import { TICKET_STATUSES, type TicketStatus } from '@/lib/tickets/constants';
import { moveTicketAction } from '@/lib/tickets/actions';
import type { MoveInput } from '@/lib/tickets/schemas';
import { moveTicket } from '@/lib/tickets/service/move';
import {
  advanceTicket,
  asCurrent,
  auditRows,
  createHelpdeskWorld,
  createSlaPlan,
  openTestTicket,
  setBusinessCalendar,
  ticketAt,
  ticketFootprint,
  ticketRow,
  type HelpdeskUser,
  type HelpdeskWorld,
} from '../helpers/helpdesk-factories';
import { runAs } from '../helpers/session';

type Move = MoveInput['move'];
type MovePayload = MoveInput extends infer T ? (T extends unknown ? Omit<T, 'ticketId' | 'version'> : never) : never;
type Caller = 'admin' | 'manager' | 'helpdesk' | 'spOwn' | 'spOther' | 'engAssignee' | 'engOther' | 'custOwn' | 'custOther';
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_TRANSITION';
const CALLERS: Caller[] = ['admin', 'manager', 'helpdesk', 'spOwn', 'spOther', 'engAssignee', 'engOther', 'custOwn', 'custOther'];

const who = (w: HelpdeskWorld, c: Caller): HelpdeskUser =>
  ({ admin: w.admin, manager: w.manager, helpdesk: w.helpdesk, spOwn: w.spX, spOther: w.spY, engAssignee: w.engA, engOther: w.engB, custOwn: w.custA, custOther: w.custB })[c];

const ok = 'ok' as const;
const F = 'FORBIDDEN' as const;
const N = 'NOT_FOUND' as const;
const I = 'INVALID_TRANSITION' as const;
/** [move, from, outcome per caller in CALLERS order]. The ticket belongs to customer A, point X, engineer A. */
const MATRIX: Array<[Move, TicketStatus, [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]]> = [
  //                      admin manager helpdesk spOwn spOther engA engOther custOwn custOther
  ['assign', 'new', [ok, F, ok, F, F, F, F, F, F]],
  ['assign', 'assigned', [ok, F, ok, F, F, F, F, F, F]],
  ['accept', 'assigned', [ok, F, F, ok, N, F, F, F, F]],
  ['dispatch', 'accepted', [ok, F, F, ok, N, F, F, F, F]],
  ['confirm', 'dispatched', [ok, F, F, F, F, ok, N, F, F]],
  ['decline', 'dispatched', [ok, F, F, F, F, ok, N, F, F]],
  ['start', 'confirmed', [ok, F, F, F, F, ok, N, F, F]],
  ['pend', 'in_progress', [ok, F, ok, F, F, ok, N, F, F]],
  ['resume', 'pending', [ok, F, ok, F, F, ok, N, F, F]],
  ['resolve', 'in_progress', [ok, F, ok, F, F, ok, N, F, F]],
  ['resolve', 'pending', [ok, F, ok, F, F, ok, N, F, F]],
  ['close', 'resolved', [ok, F, ok, F, F, F, F, F, F]],
  ['document', 'closed', [ok, F, ok, F, F, F, F, F, F]],
  ['reopen', 'resolved', [ok, F, ok, F, F, F, F, ok, N]],
  // a customer may reopen what is resolved, not what helpdesk already closed
  ['reopen', 'closed', [ok, F, ok, F, F, F, F, I, N]],
];

/** Where each move leads (from the spec's lifecycle). */
const TO: Record<Move, TicketStatus> = {
  assign: 'assigned',
  accept: 'accepted',
  dispatch: 'dispatched',
  confirm: 'confirmed',
  decline: 'accepted',
  start: 'in_progress',
  pend: 'pending',
  resume: 'in_progress',
  resolve: 'resolved',
  close: 'closed',
  document: 'documented',
  reopen: 'in_progress',
};

/** Who hears about each move ("each step notifies the next actor"), before the actor is left out. */
const AUDIENCE: Record<Move, Array<'helpdesk' | 'spX' | 'engA' | 'custA'>> = {
  assign: ['spX'],
  accept: ['custA'],
  dispatch: ['engA'],
  confirm: ['spX', 'custA'],
  decline: ['spX'],
  start: ['custA'],
  pend: ['custA', 'helpdesk'],
  resume: ['engA'],
  resolve: ['helpdesk', 'custA'],
  close: ['custA'],
  document: [],
  reopen: ['engA', 'spX', 'helpdesk'],
};

function payload(w: HelpdeskWorld, move: Move): MovePayload {
  switch (move) {
    case 'assign':
      return { move, servicePointId: w.pointX.id };
    case 'dispatch':
      return { move, engineerId: w.engA.id };
    case 'decline':
      return { move, reason: 'Sedang menangani gangguan lain di Kendal' };
    case 'pend':
      return { move, reason: 'Menunggu pelanggan menyiapkan akses ruang server' };
    case 'reopen':
      return { move, reason: 'Masalah muncul lagi pagi ini' };
    case 'resolve':
      return { move, resolution: 'Kabel LAN diganti dan koneksi stabil kembali.' };
    default:
      return { move } as MovePayload;
  }
}

async function callMove(caller: HelpdeskUser, ticketId: string, move: Move, version?: number) {
  const v = version ?? (await ticketRow(ticketId)).version;
  return runAs(caller, () => moveTicketAction({ ...payload(w, move), ticketId, version: v } as MoveInput));
}

const idsOf = async () => ({
  mails: new Set((await db.select({ id: outbox.id }).from(outbox)).map((r) => r.id)),
  notes: new Set((await db.select({ id: notifications.id }).from(notifications)).map((r) => r.id)),
});

let w: HelpdeskWorld;
/** One ticket per status, used by every refused call (a refusal must leave it as it is). */
const ladder = {} as Record<TicketStatus, string>;

beforeAll(async () => {
  await setBusinessCalendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' });
  w = await createHelpdeskWorld();
  for (const s of TICKET_STATUSES) ladder[s] = (await ticketAt(w, s)).id;
});

describe('ticket lifecycle × callers (moveTicketAction)', () => {
  const cells = MATRIX.flatMap(([move, from, outcomes]) => CALLERS.map((caller, i) => ({ move, from, caller, outcome: outcomes[i] })));

  it.each(cells.filter((c) => c.outcome === 'ok').map((c) => [c.move, c.from, c.caller, c] as const))('%s from %s by %s succeeds', async (_m, _f, _c, { move, from, caller }) => {
    const me = who(w, caller);
    let t = await ticketAt(w, from);
    if (move === 'assign' && from === 'assigned') {
      // A real re-assignment: the ticket sits at point Y and helpdesk moves it to X.
      await moveTicket(asCurrent(w.helpdesk), { move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointY.id });
      t = await ticketRow(t.id);
    }
    const auditBefore = (await auditRows(t.id)).length;
    const seen = await idsOf();
    const started = Date.now() - 1000;

    const result = await callMove(me, t.id, move);
    expect(result, JSON.stringify(result)).toEqual({ ok: true, data: { id: t.id, status: TO[move], version: t.version + 1 } });

    const after = await ticketRow(t.id);
    expect(after.status).toBe(TO[move]);
    expect(after.version).toBe(t.version + 1);
    const recent = (d: Date | null) => !!d && d.getTime() >= started && d.getTime() <= Date.now() + 1000;
    switch (move) {
      case 'assign':
        expect(after).toMatchObject({ servicePointId: w.pointX.id, assignedBy: me.id, assigneeId: null });
        expect(recent(after.assignedAt)).toBe(true);
        break;
      case 'accept':
        expect(after.acceptedBy).toBe(me.id);
        expect(recent(after.acceptedAt)).toBe(true);
        // Accepting is the SLA response: the running clock switches to resolution.
        expect(after.respondedAt?.getTime()).toBe(after.acceptedAt?.getTime());
        expect(after.slaDueAt?.getTime()).toBe(after.resolutionDueAt?.getTime());
        break;
      case 'dispatch':
        expect(after).toMatchObject({ assigneeId: w.engA.id, dispatchedBy: me.id, declineReason: null });
        expect(recent(after.dispatchedAt)).toBe(true);
        break;
      case 'confirm':
        expect(after.confirmedBy).toBe(me.id);
        expect(recent(after.confirmedAt)).toBe(true);
        break;
      case 'decline':
        expect(after).toMatchObject({ assigneeId: null, confirmedBy: null, declineReason: 'Sedang menangani gangguan lain di Kendal' });
        break;
      case 'start':
        expect(recent(after.startedAt)).toBe(true);
        break;
      case 'pend':
        expect(after).toMatchObject({ pendingBy: me.id, pendingReason: 'Menunggu pelanggan menyiapkan akses ruang server' });
        expect(recent(after.pendingAt)).toBe(true);
        expect(after.pausedSince?.getTime()).toBe(after.pendingAt?.getTime());
        break;
      case 'resume':
        expect(after.pausedSince).toBeNull();
        expect(after.pausedMinutes).toBeGreaterThanOrEqual(0);
        break;
      case 'resolve':
        expect(after).toMatchObject({ resolvedBy: me.id, resolution: 'Kabel LAN diganti dan koneksi stabil kembali.', slaWarnAt: null, slaDueAt: null, pausedSince: null });
        expect(recent(after.resolvedAt)).toBe(true);
        expect(await db.select().from(ratingTokens).where(eq(ratingTokens.ticketId, t.id))).toHaveLength(1);
        break;
      case 'close':
        expect(after.closedBy).toBe(me.id);
        expect(recent(after.closedAt)).toBe(true);
        break;
      case 'document':
        expect(after.documentedBy).toBe(me.id);
        expect(recent(after.documentedAt)).toBe(true);
        break;
      case 'reopen':
        expect(after).toMatchObject({ reopenCount: t.reopenCount + 1, resolvedAt: null, resolvedBy: null, closedAt: null, closedBy: null });
        break;
    }

    const audit = await auditRows(t.id);
    expect(audit).toHaveLength(auditBefore + 1);
    // The audit keeps what changed: the status, or for a re-assignment the service point.
    const change = from === TO[move] ? { before: { servicePointId: w.pointY.id }, after: { servicePointId: w.pointX.id } } : { before: { status: from }, after: { status: TO[move] } };
    expect(audit.at(-1)).toMatchObject({ action: `ticket.${move}`, actorId: me.id, actorRole: me.role, ...change });

    const expected = AUDIENCE[move].map((k) => w[k]).filter((u) => u.id !== me.id);
    const now = await idsOf();
    const newNotes = (await db.select().from(notifications)).filter((n) => !seen.notes.has(n.id));
    const newMails = (await db.select().from(outbox)).filter((m) => !seen.mails.has(m.id));
    expect(newNotes.map((n) => n.userId).sort()).toEqual(expected.map((u) => u.id).sort());
    for (const n of newNotes) {
      expect(n.kind).toMatch(/^ticket\./);
      expect(n.link).toMatch(new RegExp(`/tickets/${t.id}$`));
    }
    expect(newMails.map((m) => m.recipient).sort()).toEqual(expected.map((u) => u.email).sort());
    for (const m of newMails) expect(m).toMatchObject({ template: 'notification', status: 'pending' });
    if (move === 'resolve' && expected.some((u) => u.id === w.custA.id)) {
      // The customer's mail carries the single-use rating link (only its hash is stored).
      const mail = newMails.find((m) => m.recipient === w.custA.email)!;
      const url = new URL((mail.payload as { url: string }).url);
      expect(url.pathname).toBe('/rate');
      expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(now.mails.size).toBeGreaterThanOrEqual(seen.mails.size);
  });

  it.each(cells.filter((c) => c.outcome !== 'ok').map((c) => [c.move, c.from, c.caller, c.outcome, c] as const))(
    '%s from %s by %s is refused with %s',
    async (_m, _f, _c, _o, { move, from, caller, outcome }) => {
      const id = ladder[from];
      const before = await ticketFootprint(id);
      const result = await callMove(who(w, caller), id, move);
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(await ticketFootprint(id)).toEqual(before);
    },
  );
});

describe('S08 moves from the wrong state are INVALID_TRANSITION and change nothing', () => {
  const FROM: Record<Move, TicketStatus[]> = {
    assign: ['new', 'assigned'],
    accept: ['assigned'],
    dispatch: ['accepted'],
    confirm: ['dispatched'],
    decline: ['dispatched'],
    start: ['confirmed'],
    pend: ['in_progress'],
    resume: ['pending'],
    resolve: ['in_progress', 'pending'],
    close: ['resolved'],
    document: ['closed'],
    reopen: ['resolved', 'closed'],
  };
  const cells = (Object.keys(FROM) as Move[]).flatMap((move) => TICKET_STATUSES.filter((s) => !FROM[move].includes(s)).map((s) => [move, s] as const));

  it.each(cells)('admin: %s from %s', async (move, status) => {
    const id = ladder[status];
    const before = await ticketFootprint(id);
    const result = await callMove(w.admin, id, move);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await ticketFootprint(id)).toEqual(before);
  });

  it('S08 the assigned engineer resolving a dispatched (not yet started) ticket', async () => {
    const before = await ticketFootprint(ladder.dispatched);
    expect(await callMove(w.engA, ladder.dispatched, 'resolve')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await ticketFootprint(ladder.dispatched)).toEqual(before);
  });

  it('S08 closing twice', async () => {
    const t = await ticketAt(w, 'resolved');
    expect(await callMove(w.helpdesk, t.id, 'close')).toMatchObject({ ok: true });
    const before = await ticketFootprint(t.id);
    expect(await callMove(w.helpdesk, t.id, 'close')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await ticketFootprint(t.id)).toEqual(before);
  });

  it('S08 an engineer cannot act on a new ticket nobody dispatched to them (404, not a hint)', async () => {
    const before = await ticketFootprint(ladder.new);
    expect(await callMove(w.engA, ladder.new, 'resolve')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await ticketFootprint(ladder.new)).toEqual(before);
  });
});

describe('move inputs the workflow refuses', () => {
  it('a stale version is CONFLICT and changes nothing', async () => {
    const t = await ticketAt(w, 'assigned');
    const before = await ticketFootprint(t.id);
    expect(await callMove(w.spX, t.id, 'accept', t.version - 1)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await ticketFootprint(t.id)).toEqual(before);
  });

  it('dispatching an engineer of another service point is a field error', async () => {
    const t = await ticketAt(w, 'accepted');
    const before = await ticketFootprint(t.id);
    const r = await runAs(w.spX, () => moveTicketAction({ move: 'dispatch', ticketId: t.id, version: t.version, engineerId: w.engC.id }));
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { engineerId: [expect.any(String)] } });
    expect(await ticketFootprint(t.id)).toEqual(before);
  });

  it('assigning an inactive service point is a field error', async () => {
    const t = await ticketAt(w, 'new');
    const [inactive] = await db.insert(servicePoints).values({ name: 'SP Tutup', active: false }).returning();
    const before = await ticketFootprint(t.id);
    const r = await runAs(w.helpdesk, () => moveTicketAction({ move: 'assign', ticketId: t.id, version: t.version, servicePointId: inactive.id }));
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await ticketFootprint(t.id)).toEqual(before);
  });

  it('S06 extra fields (status, assigneeId, version games) are refused by the strict schema', async () => {
    const t = await ticketAt(w, 'new');
    const before = await ticketFootprint(t.id);
    for (const extra of [{ status: 'closed' }, { assigneeId: w.engA.id }, { customerId: w.customerB.id }, { resolvedBy: w.admin.id }]) {
      const r = await runAs(w.helpdesk, () => moveTicketAction({ move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointX.id, ...extra } as MoveInput));
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    // reason is not a field of accept; move names outside the table are not moves
    for (const bad of [{ move: 'accept', reason: 'x' }, { move: 'delete' }, { move: '__proto__' }]) {
      const r = await runAs(w.spX, () => moveTicketAction({ ticketId: t.id, version: t.version, ...bad } as unknown as MoveInput));
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    expect(await ticketFootprint(t.id)).toEqual(before);
  });

  it('signed out callers are UNAUTHENTICATED', async () => {
    const before = await ticketFootprint(ladder.new);
    const r = await runAs(null, () => moveTicketAction({ move: 'assign', ticketId: ladder.new, version: 1, servicePointId: w.pointX.id }));
    expect(r).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await ticketFootprint(ladder.new)).toEqual(before);
  });
});

describe('the SLA clock through the lifecycle (fixed instants, Monday–Friday 08:00–17:00 WIB)', () => {
  it('response stops at accept, pending pauses resolution, resume pushes it by the paused business minutes', async () => {
    await setBusinessCalendar({ workingDays: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' }, { timeZone: 'Asia/Jakarta' });
    try {
      const at = (s: string) => new Date(s);
      // Plan: response 60, resolution 600, warning 75 % (the world's plan is 60/480; use a dedicated one).
      const plan = await createSlaPlan({ responseMinutes: 60, resolutionMinutes: 600, warningPercent: 75 });
      await db.update(customers).set({ slaPlanId: plan.id }).where(eq(customers.id, w.customerA.id));
      const opened = await openTestTicket(w, {}, at('2026-03-02T09:00:00+07:00'));
      let t = await ticketRow(opened.id);
      expect(t.number).toMatch(/^TKT-2026-\d{6}$/);
      expect(t).toMatchObject({ slaPlanId: plan.id, slaResponseMinutes: 60, slaResolutionMinutes: 600, slaWarningPercent: 75, slaState: 'ok' });
      expect(t.slaWarnAt?.toISOString()).toBe(at('2026-03-02T09:45:00+07:00').toISOString());
      expect(t.slaDueAt?.toISOString()).toBe(at('2026-03-02T10:00:00+07:00').toISOString());

      const step = async (move: Move, actor: HelpdeskUser, when: string) => {
        t = await ticketRow(opened.id);
        await moveTicket(asCurrent(actor), { ...payload(w, move), ticketId: t.id, version: t.version } as never, at(when));
        t = await ticketRow(opened.id);
      };
      await step('assign', w.helpdesk, '2026-03-02T09:10:00+07:00');
      await step('accept', w.spX, '2026-03-02T09:50:00+07:00');
      expect(t.respondedAt?.toISOString()).toBe(at('2026-03-02T09:50:00+07:00').toISOString());
      expect(t.slaWarnAt?.toISOString()).toBe(at('2026-03-02T16:30:00+07:00').toISOString());
      expect(t.slaDueAt?.toISOString()).toBe(at('2026-03-03T10:00:00+07:00').toISOString());
      expect(t.slaState).toBe('ok');
      await step('dispatch', w.spX, '2026-03-02T09:55:00+07:00');
      await step('confirm', w.engA, '2026-03-02T09:56:00+07:00');
      await step('start', w.engA, '2026-03-02T09:58:00+07:00');
      await step('pend', w.engA, '2026-03-02T10:00:00+07:00');
      expect(t.pausedSince?.toISOString()).toBe(at('2026-03-02T10:00:00+07:00').toISOString());
      // Paused 10:00 Monday → 10:00 Tuesday = 7 h + 2 h = 540 business minutes.
      await step('resume', w.helpdesk, '2026-03-03T10:00:00+07:00');
      expect(t).toMatchObject({ pausedSince: null, pausedMinutes: 540, slaState: 'ok' });
      expect(t.resolutionWarnAt?.toISOString()).toBe(at('2026-03-03T16:30:00+07:00').toISOString());
      expect(t.resolutionDueAt?.toISOString()).toBe(at('2026-03-04T10:00:00+07:00').toISOString());
      expect(t.slaDueAt?.toISOString()).toBe(t.resolutionDueAt?.toISOString());
      // Response instants never move.
      expect(t.responseDueAt?.toISOString()).toBe(at('2026-03-02T10:00:00+07:00').toISOString());
      await step('resolve', w.engA, '2026-03-04T11:00:00+07:00');
      expect(t).toMatchObject({ status: 'resolved', slaState: 'breached', slaWarnAt: null, slaDueAt: null });
    } finally {
      await setBusinessCalendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' });
      await db.update(customers).set({ slaPlanId: w.plan.id }).where(eq(customers.id, w.customerA.id));
    }
  });

  it('closing and documenting later keep the SLA state the ticket had when it was resolved', async () => {
    const t = await ticketAt(w, 'in_progress');
    // Resolved well within the plan (60/480 min, every minute a business minute here)…
    const resolvedAt = new Date(t.createdAt.getTime() + 30 * 60_000);
    await moveTicket(asCurrent(w.engA), { move: 'resolve', ticketId: t.id, version: t.version, resolution: 'Selesai tepat waktu.' }, resolvedAt);
    expect(await ticketRow(t.id)).toMatchObject({ status: 'resolved', slaState: 'ok' });
    // …closed three days and documented a week later: that is not a breach of the resolution SLA.
    let r = await ticketRow(t.id);
    await moveTicket(asCurrent(w.helpdesk), { move: 'close', ticketId: t.id, version: r.version }, new Date(resolvedAt.getTime() + 3 * 86_400_000));
    r = await ticketRow(t.id);
    expect(r).toMatchObject({ status: 'closed', slaState: 'ok' });
    await moveTicket(asCurrent(w.helpdesk), { move: 'document', ticketId: t.id, version: r.version }, new Date(resolvedAt.getTime() + 7 * 86_400_000));
    expect(await ticketRow(t.id)).toMatchObject({ status: 'documented', slaState: 'ok' });
  });

  it('a plan that does not pause on pending keeps the clock running', async () => {
    const plan = await createSlaPlan({ pauseOnPending: false });
    const t = await ticketAt(w, 'in_progress');
    await db.update(tickets).set({ slaPauseOnPending: plan.pauseOnPending }).where(eq(tickets.id, t.id));
    const r = await callMove(w.engA, t.id, 'pend');
    expect(r).toMatchObject({ ok: true });
    expect((await ticketRow(t.id)).pausedSince).toBeNull();
  });
});

describe('advanceTicket keeps the who/when trail of the usual path', () => {
  it('documented ticket carries every step', async () => {
    const t = await ticketAt(w, 'new');
    const done = await advanceTicket(w, t.id, 'documented');
    expect(done).toMatchObject({
      status: 'documented',
      assignedBy: w.helpdesk.id,
      acceptedBy: w.spX.id,
      dispatchedBy: w.spX.id,
      confirmedBy: w.engA.id,
      resolvedBy: w.engA.id,
      closedBy: w.helpdesk.id,
      documentedBy: w.helpdesk.id,
    });
    for (const k of ['assignedAt', 'acceptedAt', 'dispatchedAt', 'confirmedAt', 'startedAt', 'resolvedAt', 'closedAt', 'documentedAt'] as const) expect(done[k]).toBeInstanceOf(Date);
    expect((await auditRows(t.id)).map((a) => a.action)).toEqual([
      'ticket.create',
      'ticket.assign',
      'ticket.accept',
      'ticket.dispatch',
      'ticket.confirm',
      'ticket.start',
      'ticket.resolve',
      'ticket.close',
      'ticket.document',
    ]);
  });
});
