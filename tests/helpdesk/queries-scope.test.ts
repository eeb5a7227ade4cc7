// S02/S03 on the read side (lib/tickets/queries.ts): a ticket outside the caller's scope is null (the
// page answers 404) exactly like one that does not exist; lists hold only what the caller may see;
// customers never see internal notes; the queue's search matches text literally (S25).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { tickets } from '@/db/schema';
import { parseTicketFilters } from '@/lib/tickets/filters';
import { getMyTicket, getTicket, listMyTickets, listTickets } from '@/lib/tickets/queries';
import { addComment } from '@/lib/tickets/service/comment';
import { deleteTicket } from '@/lib/tickets/service/delete';
import { moveTicket } from '@/lib/tickets/service/move';
import { asCurrent, createHelpdeskWorld, openTestTicket, ticketAt, type HelpdeskUser, type HelpdeskWorld } from '../helpers/helpdesk-factories';
import { runAs } from '../helpers/session';

let w: HelpdeskWorld;
let aWorked: Awaited<ReturnType<typeof ticketAt>>; // customer A, point X, engineer A, in progress
let bTicket: Awaited<ReturnType<typeof ticketAt>>; // customer B, point Y
let aNew: Awaited<ReturnType<typeof ticketAt>>;

const all = parseTicketFilters({ status: 'all' });
const ids = async (u: HelpdeskUser, f = all) => (await runAs(u, () => listTickets(f))).items.map((t) => t.id);

beforeAll(async () => {
  w = await createHelpdeskWorld();
  aWorked = await ticketAt(w, 'in_progress', { summary: 'Server file kantor A tidak bisa diakses' });
  await addComment(asCurrent(w.engA), { ticketId: aWorked.id, body: 'Catatan internal: kata sandi NAS ada di brankas.', internal: true });
  await addComment(asCurrent(w.engA), { ticketId: aWorked.id, body: 'Teknisi sedang dalam perjalanan.', internal: false });
  aNew = await ticketAt(w, 'new', { summary: 'Diskon 100% untuk pelanggan_baru? Mohon penjelasan' });
  const b = await openTestTicket(w, { customerId: w.customerB.id, reporterName: w.custB.name, reporterEmail: w.custB.email, summary: 'Internet cabang Makassar mati' });
  const [row] = await db.select().from(tickets).where(eq(tickets.id, b.id));
  await moveTicket(asCurrent(w.helpdesk), { move: 'assign', ticketId: b.id, version: row.version, servicePointId: w.pointY.id });
  [bTicket] = await db.select().from(tickets).where(eq(tickets.id, b.id));
});

describe('S02 customer pages', () => {
  it('S02 customer A reads their ticket with public comments only; customer B gets null, like for an unknown id', async () => {
    const mine = await runAs(w.custA, () => getMyTicket(aWorked.id));
    expect(mine).toMatchObject({ number: aWorked.number });
    const bodies = JSON.stringify(mine);
    expect(bodies).toContain('Teknisi sedang dalam perjalanan.');
    expect(bodies).not.toContain('kata sandi NAS');
    expect(await runAs(w.custB, () => getMyTicket(aWorked.id))).toBeNull();
    expect(await runAs(w.custB, () => getMyTicket(randomUUID()))).toBeNull();
    expect(await runAs(w.custB, () => getMyTicket('not-a-uuid'))).toBeNull();
  });

  it('S02 each customer’s list holds only their company’s tickets', async () => {
    const a = (await runAs(w.custA, () => listMyTickets())).items.map((t) => t.id);
    const b = (await runAs(w.custB, () => listMyTickets())).items.map((t) => t.id);
    expect(a).toEqual(expect.arrayContaining([aWorked.id, aNew.id]));
    expect(a).not.toContain(bTicket.id);
    expect(b).toEqual([bTicket.id]);
  });

  it('S02 staff accounts have no customer view', async () => {
    expect(await runAs(w.helpdesk, () => getMyTicket(aWorked.id))).toBeNull();
    expect((await runAs(w.admin, () => listMyTickets())).items).toEqual([]);
  });

  it('customers cannot open the staff queue or the staff ticket page (403 page, no data)', async () => {
    await expect(runAs(w.custA, () => getTicket(aWorked.id))).rejects.toThrow();
    await expect(runAs(w.custA, () => listTickets(all))).rejects.toThrow();
  });
});

describe('S03 staff pages', () => {
  it('S03 the staff ticket page: in scope it shows internal notes; out of scope it is null', async () => {
    for (const u of [w.admin, w.manager, w.helpdesk, w.spX, w.engA]) {
      const t = await runAs(u, () => getTicket(aWorked.id));
      expect(t, u.role).toMatchObject({ number: aWorked.number });
      expect(JSON.stringify(t)).toContain('kata sandi NAS');
    }
    for (const u of [w.spY, w.engB, w.engC]) expect(await runAs(u, () => getTicket(aWorked.id)), u.name).toBeNull();
    // not yet assigned: no service point and no engineer sees it
    for (const u of [w.spX, w.spY, w.engA]) expect(await runAs(u, () => getTicket(aNew.id)), u.name).toBeNull();
    expect(await runAs(w.helpdesk, () => getTicket('x'))).toBeNull();
  });

  it('S03 queues: a service point sees its point’s tickets, an engineer their own, helpdesk all', async () => {
    expect(await ids(w.helpdesk)).toEqual(expect.arrayContaining([aWorked.id, aNew.id, bTicket.id]));
    const x = await ids(w.spX);
    expect(x).toContain(aWorked.id);
    expect(x).not.toContain(bTicket.id);
    expect(x).not.toContain(aNew.id);
    expect(await ids(w.spY)).toEqual([bTicket.id]);
    expect(await ids(w.engA)).toEqual([aWorked.id]);
    expect(await ids(w.engB)).toEqual([]);
    // Filters cannot widen the scope.
    expect(await ids(w.spY, parseTicketFilters({ status: 'all', sp: w.pointX.id }))).toEqual([]);
    expect(await ids(w.engB, parseTicketFilters({ status: 'all', engineer: w.engA.id }))).toEqual([]);
    expect(await ids(w.spY, parseTicketFilters({ status: 'all', customer: w.customerA.id }))).toEqual([]);
  });

  it('a deleted ticket is gone for everyone, admin included', async () => {
    const t = await ticketAt(w, 'assigned');
    await deleteTicket(asCurrent(w.admin), t.id);
    for (const u of [w.admin, w.helpdesk, w.spX]) expect(await runAs(u, () => getTicket(t.id))).toBeNull();
    expect(await runAs(w.custA, () => getMyTicket(t.id))).toBeNull();
    expect(await ids(w.admin)).not.toContain(t.id);
  });
});

describe('S25 the queue search is literal', () => {
  it.each(['%', '_', "' OR 1=1--", '\\'])('q=%s', async (q) => {
    const expected = q === '%' || q === '_' ? [aNew] : [];
    const got = await ids(w.helpdesk, parseTicketFilters({ status: 'all', q }));
    expect(got).toEqual(expected.map((t) => t.id));
    expect((await db.select().from(tickets)).length).toBeGreaterThanOrEqual(3);
  });

  it('a number prefix finds the ticket; an unknown sort falls back to the default', async () => {
    expect(await ids(w.helpdesk, parseTicketFilters({ status: 'all', q: aWorked.number.toLowerCase() }))).toEqual([aWorked.id]);
    const f = parseTicketFilters({ status: 'all', sort: 'name;DROP TABLE tickets', dir: 'asc;' });
    expect(f.sort).toBe('created');
    expect((await ids(w.helpdesk, f)).length).toBeGreaterThanOrEqual(3);
  });
});
