// S02/S03 for tickets: another customer's ticket, another service point's ticket and a ticket not
// dispatched to the engineer are simply not found — for moves, comments, plan changes and deletes —
// and nothing is written. Managers read but never change tickets.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { ticketComments } from '@/db/schema';
import { addCommentAction, changeTicketPlanAction, deleteTicketAction, moveTicketAction } from '@/lib/tickets/actions';
import { addComment } from '@/lib/tickets/service/comment';
import {
  asCurrent,
  auditRows,
  createHelpdeskWorld,
  createStaff,
  ticketAt,
  ticketFootprint,
  ticketMails,
  ticketNotifications,
  ticketRow,
  type HelpdeskUser,
  type HelpdeskWorld,
} from '../helpers/helpdesk-factories';
import { runAs } from '../helpers/session';

let w: HelpdeskWorld;
let inProgress: Awaited<ReturnType<typeof ticketAt>>;
let assigned: Awaited<ReturnType<typeof ticketAt>>;

beforeAll(async () => {
  w = await createHelpdeskWorld();
  inProgress = await ticketAt(w, 'in_progress');
  assigned = await ticketAt(w, 'assigned');
});

const comment = (u: HelpdeskUser | null, ticketId: string, body = 'Apakah ada perkembangan?', internal = false) =>
  runAs(u, () => addCommentAction({ ticketId, body, internal }));

describe('S02 customer B on customer A’s ticket', () => {
  it('S02 comment, reopen and every other move are NOT_FOUND; nothing written', async () => {
    const resolved = await ticketAt(w, 'resolved');
    for (const t of [inProgress, resolved]) {
      const before = await ticketFootprint(t.id);
      expect(await comment(w.custB, t.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await runAs(w.custB, () => moveTicketAction({ move: 'reopen', ticketId: t.id, version: t.version, reason: 'Masih rusak' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await ticketFootprint(t.id)).toEqual(before);
    }
  });

  it('S02 the NOT_FOUND reply is the same as for a ticket that does not exist', async () => {
    const mine = await comment(w.custB, inProgress.id);
    const none = await comment(w.custB, randomUUID());
    expect(mine).toEqual(none);
  });

  it('S02 staff-only actions stay FORBIDDEN for customers, whoever owns the ticket', async () => {
    for (const u of [w.custA, w.custB]) {
      const before = await ticketFootprint(inProgress.id);
      expect(await runAs(u, () => changeTicketPlanAction({ ticketId: inProgress.id, slaPlanId: w.plan.id, version: inProgress.version }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await runAs(u, () => deleteTicketAction({ ticketId: inProgress.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await ticketFootprint(inProgress.id)).toEqual(before);
    }
  });
});

describe('S03 service point Y, an engineer not on the job, a manager', () => {
  it('S03 service point Y cannot accept, dispatch or comment on X’s ticket (NOT_FOUND)', async () => {
    const before = await ticketFootprint(assigned.id);
    expect(await runAs(w.spY, () => moveTicketAction({ move: 'accept', ticketId: assigned.id, version: assigned.version }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await comment(w.spY, assigned.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await ticketFootprint(assigned.id)).toEqual(before);
    const accepted = await ticketAt(w, 'accepted');
    const b2 = await ticketFootprint(accepted.id);
    expect(await runAs(w.spY, () => moveTicketAction({ move: 'dispatch', ticketId: accepted.id, version: accepted.version, engineerId: w.engC.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await ticketFootprint(accepted.id)).toEqual(b2);
  });

  it('S03 a service point coordinator without a point sees nothing', async () => {
    const loose = await createStaff('service_point', null);
    expect(await runAs(loose, () => moveTicketAction({ move: 'accept', ticketId: assigned.id, version: assigned.version }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('S03 engineers B (same point) and C (other point) cannot touch A’s job; nobody can before dispatch', async () => {
    const before = await ticketFootprint(inProgress.id);
    for (const u of [w.engB, w.engC]) {
      expect(await comment(u, inProgress.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await runAs(u, () => moveTicketAction({ move: 'resolve', ticketId: inProgress.id, version: inProgress.version, resolution: 'Selesai oleh orang lain' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await comment(w.engA, assigned.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await ticketFootprint(inProgress.id)).toEqual(before);
  });

  it('S03 after a decline the engineer loses the ticket', async () => {
    const t = await ticketAt(w, 'dispatched');
    expect(await runAs(w.engA, () => moveTicketAction({ move: 'decline', ticketId: t.id, version: t.version, reason: 'Sedang cuti sakit' }))).toMatchObject({ ok: true });
    expect(await comment(w.engA, t.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('S03 a manager reads every ticket but cannot change one: moves, comments, plan, delete are FORBIDDEN', async () => {
    const before = await ticketFootprint(inProgress.id);
    expect(await runAs(w.manager, () => moveTicketAction({ move: 'pend', ticketId: inProgress.id, version: inProgress.version, reason: 'Coba tunda' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await comment(w.manager, inProgress.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await comment(w.manager, inProgress.id, 'Catatan internal manajer', true)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await runAs(w.manager, () => changeTicketPlanAction({ ticketId: inProgress.id, slaPlanId: w.plan.id, version: inProgress.version }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await runAs(w.manager, () => deleteTicketAction({ ticketId: inProgress.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await ticketFootprint(inProgress.id)).toEqual(before);
  });

  it('service points and engineers cannot change the plan or delete (FORBIDDEN)', async () => {
    const before = await ticketFootprint(inProgress.id);
    for (const u of [w.spX, w.engA, w.helpdesk]) {
      expect(await runAs(u, () => deleteTicketAction({ ticketId: inProgress.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    for (const u of [w.spX, w.engA]) {
      expect(await runAs(u, () => changeTicketPlanAction({ ticketId: inProgress.id, slaPlanId: w.plan.id, version: inProgress.version }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await ticketFootprint(inProgress.id)).toEqual(before);
  });
});

describe('comments', () => {
  it('a customer’s comment is always public and reaches the people working on it', async () => {
    const t = await ticketAt(w, 'in_progress');
    const r = await comment(w.custA, t.id, 'Mohon teknisi datang setelah jam makan siang.', true);
    expect(r).toMatchObject({ ok: true });
    const [c] = await db.select().from(ticketComments).where(eq(ticketComments.ticketId, t.id));
    expect(c).toMatchObject({ authorId: w.custA.id, internal: false, body: 'Mohon teknisi datang setelah jam makan siang.' });
    const notes = await ticketNotifications(t.id, 'ticket.customer_commented');
    expect(notes.map((n) => n.userId).sort()).toEqual([w.helpdesk.id, w.spX.id, w.engA.id].sort());
    expect((await auditRows(t.id)).at(-1)).toMatchObject({ action: 'ticket.comment', actorId: w.custA.id });
  });

  it('an internal staff note reaches no one and is audited as internal', async () => {
    const t = await ticketAt(w, 'in_progress');
    const mailsBefore = (await ticketMails(t.id)).length;
    const notesBefore = (await ticketNotifications(t.id)).length;
    expect(await comment(w.engA, t.id, 'Switch di lantai 2 perlu diganti bulan depan.', true)).toMatchObject({ ok: true });
    const [c] = await db.select().from(ticketComments).where(eq(ticketComments.ticketId, t.id));
    expect(c.internal).toBe(true);
    expect(await ticketMails(t.id)).toHaveLength(mailsBefore);
    expect(await ticketNotifications(t.id)).toHaveLength(notesBefore);
    expect((await auditRows(t.id)).at(-1)).toMatchObject({ action: 'ticket.comment_internal', actorId: w.engA.id });
  });

  it('a public staff comment reaches the customer contact only', async () => {
    const t = await ticketAt(w, 'in_progress');
    expect(await comment(w.spX, t.id, 'Teknisi kami tiba sekitar pukul 14.00.')).toMatchObject({ ok: true });
    const notes = await ticketNotifications(t.id, 'ticket.staff_commented');
    expect(notes.map((n) => n.userId)).toEqual([w.custA.id]);
  });

  it('comments on a deleted ticket are NOT_FOUND for everyone, admin included', async () => {
    const t = await ticketAt(w, 'new');
    expect(await runAs(w.admin, () => deleteTicketAction({ ticketId: t.id }))).toMatchObject({ ok: true, data: { deleted: true } });
    expect(await ticketRow(t.id)).toMatchObject({ deletedBy: w.admin.id, slaDueAt: null });
    expect((await auditRows(t.id)).at(-1)).toMatchObject({ action: 'ticket.delete', actorId: w.admin.id });
    for (const u of [w.admin, w.helpdesk, w.custA]) {
      expect(await comment(u, t.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await runAs(w.admin, () => deleteTicketAction({ ticketId: t.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(addComment(asCurrent(w.helpdesk), { ticketId: t.id, body: 'x', internal: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('S19 comment bodies round-trip exactly (emoji, RTL, combining marks) and the schema limits length', async () => {
    const t = await ticketAt(w, 'in_progress');
    const body = 'Terima kasih 🙏🏽 — مرحبا — e\u0301 — 👩‍🔧';
    expect(await comment(w.custA, t.id, body)).toMatchObject({ ok: true });
    const rows = await db.select().from(ticketComments).where(eq(ticketComments.ticketId, t.id));
    expect(rows.map((r) => r.body)).toContain(body);
    expect(await comment(w.custA, t.id, 'x'.repeat(10_001))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await comment(w.custA, t.id, '   ')).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
