// Ticket numbers, double submits and lost updates under real concurrency (several pooled
// connections to PostgreSQL at once): TKT-YYYY-NNNNNN gap-free and unique, one ticket per
// idempotency key (S34-like), and the optimistic lock on the version (S33).
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { customers, outbox, projects, ticketCounters, tickets, uploads } from '@/db/schema';
import { changeTicketPlanAction, moveTicketAction, openTicketForCustomer, submitTicket } from '@/lib/tickets/actions';
import { openTicket } from '@/lib/tickets/service/create';
import { moveTicket } from '@/lib/tickets/service/move';
import { createUser } from '../helpers/factories';
import {
  asCurrent,
  auditRows,
  createHelpdeskWorld,
  createSlaPlan,
  openTestTicket,
  ticketAt,
  ticketRow,
  type HelpdeskUser,
  type HelpdeskWorld,
} from '../helpers/helpdesk-factories';
import { runAs } from '../helpers/session';

let w: HelpdeskWorld;
let helpdesk2: HelpdeskUser;

beforeAll(async () => {
  w = await createHelpdeskWorld();
  helpdesk2 = { ...(await createUser('helpdesk', { name: 'Helpdesk Dua' })), servicePointId: null };
});

const seqOf = (number: string) => Number(number.slice(-6));

async function allNumbers(): Promise<string[]> {
  return (await db.select({ number: tickets.number }).from(tickets).orderBy(tickets.number)).map((r) => r.number);
}

function expectGapFree(numbers: string[], year: number) {
  const seqs = numbers.map(seqOf).sort((a, b) => a - b);
  expect(new Set(numbers).size).toBe(numbers.length);
  for (const n of numbers) expect(n).toMatch(new RegExp(`^TKT-${year}-\\d{6}$`));
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
}

describe('ticket numbers', () => {
  // Fixed instants: the year comes from the business zone (1 January 00:30 WIB is still 31 December UTC).
  const NOW = new Date('2027-01-01T00:30:00+07:00');

  it('50 concurrent creations get TKT-YYYY-000001…000050, with failures mid-transaction leaving no gap', async () => {
    const good = Array.from({ length: 50 }, (_, i) =>
      openTestTicket(w, { summary: `Gangguan jaringan cabang ${i + 1}`, actor: i % 2 ? w.helpdesk : helpdesk2 }, NOW),
    );
    // These fail after their number was drawn (the insert violates NOT NULL / the enum): rolled back with it.
    const bad = [
      openTestTicket(w, { reporterName: null as unknown as string }, NOW),
      openTestTicket(w, { category: 'bencana' as never }, NOW),
      openTestTicket(w, { priority: 'darurat' as never }, NOW),
      openTestTicket(w, { reporterName: null as unknown as string }, NOW),
      openTestTicket(w, { customerId: randomUUID() }, NOW),
    ];
    const results = await Promise.allSettled([...good.slice(0, 20), ...bad.slice(0, 3), ...good.slice(20), ...bad.slice(3)]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ number: string }>).value);
    expect(fulfilled).toHaveLength(50);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(5);

    const numbers = (await db.select({ number: tickets.number }).from(tickets).where(sql`${tickets.number} like 'TKT-2027-%'`)).map((r) => r.number);
    expect(numbers.sort()).toEqual(fulfilled.map((f) => f.number).sort());
    expectGapFree(numbers, 2027);
    const [counter] = await db.select().from(ticketCounters).where(eq(ticketCounters.year, 2027));
    expect(counter.last).toBe(50);
    // One audit row per ticket, none for the failures.
    const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'ticket.create' and after->>'number' like 'TKT-2027-%'`);
    expect(n).toBe(50);
  });

  it('the next one after a failed batch continues the sequence', async () => {
    await expect(openTestTicket(w, { reporterName: null as unknown as string }, NOW)).rejects.toThrow();
    const t = await openTestTicket(w, {}, NOW);
    expect(t.number).toBe('TKT-2027-000051');
  });

  it('each business year has its own sequence', async () => {
    const a = await openTestTicket(w, {}, new Date('2028-06-01T10:00:00+07:00'));
    const b = await openTestTicket(w, {}, new Date('2028-12-31T23:59:00+07:00'));
    expect([a.number, b.number]).toEqual(['TKT-2028-000001', 'TKT-2028-000002']);
    expectGapFree((await allNumbers()).filter((x) => x.startsWith('TKT-2028-')), 2028);
  });
});

describe('idempotent opening (S34-like)', () => {
  it('the same idempotency key ×5 in parallel: one ticket, one number for every reply, one audit row, one mail per helpdesk', async () => {
    const key = randomUUID();
    const before = await allNumbers();
    const input = {
      projectId: '',
      category: 'incident' as const,
      priority: 'high' as const,
      summary: 'Internet kantor putus total',
      detail: 'Semua komputer di kantor pusat tidak bisa terhubung ke internet sejak pukul 08.00.',
      reporterPhone: '',
      idempotencyKey: key,
    };
    const replies = await Promise.all(Array.from({ length: 5 }, () => runAs(w.custA, () => submitTicket(input))));
    for (const r of replies) expect(r.ok, JSON.stringify(r)).toBe(true);
    const data = replies.map((r) => (r as { data: { id: string; number: string } }).data);
    expect(new Set(data.map((d) => d.id)).size).toBe(1);
    expect(new Set(data.map((d) => d.number)).size).toBe(1);

    const rows = await db.select().from(tickets).where(eq(tickets.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ customerId: w.customerA.id, createdBy: w.custA.id, reporterName: w.custA.name, reporterEmail: w.custA.email });
    expect(await auditRows(rows[0].id)).toHaveLength(1);
    const mails = await db.select().from(outbox).where(sql`${outbox.payload}->>'url' like ${`%/tickets/${rows[0].id}`}`);
    expect(mails.map((m) => m.recipient).sort()).toEqual([w.helpdesk.email, helpdesk2.email].sort());
    // No number was burnt by the four losers.
    const after = await allNumbers();
    expect(after.filter((n) => !before.includes(n))).toEqual([rows[0].number]);
    expectGapFree(after.filter((n) => n.startsWith(rows[0].number.slice(0, 9))), Number(rows[0].number.slice(4, 8)));
  });

  it('the same key ×5 in parallel with attachments: one ticket, the attachments on it, nothing else written', async () => {
    const key = randomUUID();
    const files = await db
      .insert(uploads)
      .values([1, 2].map((i) => ({ uploadedBy: w.custA.id, purpose: 'ticket-attachment' as const, storedName: `${randomUUID()}.png`, originalName: `foto-${i}.png`, contentType: 'image/png', size: 68 })))
      .returning({ id: uploads.id });
    const cmd = {
      customerId: w.customerA.id, projectId: null, category: 'incident' as const, priority: 'normal' as const,
      summary: 'Printer kantor tidak mau mencetak', detail: 'Printer lantai 2 menampilkan pesan kertas macet padahal kosong.',
      reporterName: w.custA.name, reporterPhone: null, reporterEmail: w.custA.email, idempotencyKey: key, attachmentIds: files.map((f) => f.id),
    };
    const replies = await Promise.all(Array.from({ length: 5 }, () => openTicket(asCurrent(w.custA), cmd)));
    expect(new Set(replies.map((r) => r.id)).size).toBe(1);
    expect(new Set(replies.map((r) => r.number)).size).toBe(1);
    const rows = await db.select().from(tickets).where(eq(tickets.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(replies[0].id);
    const attached = await db.select({ ticketId: uploads.ticketId }).from(uploads).where(sql`${uploads.id} in ${files.map((f) => f.id)}`);
    expect(attached.map((a) => a.ticketId)).toEqual([rows[0].id, rows[0].id]);
    expect(await auditRows(rows[0].id)).toHaveLength(1);
  });

  it('the same key from two customers makes two tickets (the key is per customer)', async () => {
    const key = randomUUID();
    const base = { projectId: '', category: 'request' as const, priority: 'normal' as const, summary: 'Minta pemasangan titik akses baru', detail: 'Mohon dipasang satu access point tambahan di ruang rapat lantai 3.', reporterPhone: '', idempotencyKey: key };
    const [a, b] = await Promise.all([runAs(w.custA, () => submitTicket(base)), runAs(w.custB, () => submitTicket(base))]);
    expect(a.ok && b.ok).toBe(true);
    expect((a as { data: { id: string } }).data.id).not.toBe((b as { data: { id: string } }).data.id);
  });

  it('helpdesk double submit for a customer ×3 in parallel gives one ticket', async () => {
    const key = randomUUID();
    const input = {
      customerId: w.customerB.id,
      projectId: '',
      category: 'complaint' as const,
      priority: 'normal' as const,
      summary: 'Tagihan tidak sesuai pemakaian',
      detail: 'Pelanggan menelepon: tagihan bulan ini dua kali lipat dari biasanya.',
      reporterName: 'Bu Ratna',
      reporterPhone: '0811-2345-678',
      reporterEmail: 'Ratna@Example.test',
      idempotencyKey: key,
    };
    const replies = await Promise.all([1, 2, 3].map(() => runAs(w.helpdesk, () => openTicketForCustomer(input))));
    expect(replies.every((r) => r.ok)).toBe(true);
    const rows = await db.select().from(tickets).where(eq(tickets.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reporterPhone: '+628112345678', reporterEmail: 'ratna@example.test' });
  });
});

describe('S33 optimistic lock', () => {
  it('S33 two staff assign the same ticket at the same version: one ok, one CONFLICT, version +1, one audit row', async () => {
    const t = await ticketAt(w, 'new');
    const auditBefore = (await auditRows(t.id)).length;
    const [a, b] = await Promise.all([
      runAs(w.helpdesk, () => moveTicketAction({ move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointX.id })),
      runAs(helpdesk2, () => moveTicketAction({ move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointY.id })),
    ]);
    const outcomes = [a, b].map((r) => (r.ok ? 'ok' : r.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const after = await ticketRow(t.id);
    expect(after.version).toBe(t.version + 1);
    expect(after.servicePointId).toBe(a.ok ? w.pointX.id : w.pointY.id);
    expect(after.assignedBy).toBe(a.ok ? w.helpdesk.id : helpdesk2.id);
    expect(await auditRows(t.id)).toHaveLength(auditBefore + 1);
  });

  it('S33 two staff change the SLA plan at the same version: one ok, one CONFLICT', async () => {
    const t = await ticketAt(w, 'accepted');
    const [p1, p2] = await Promise.all([createSlaPlan({ resolutionMinutes: 960 }), createSlaPlan({ resolutionMinutes: 1440 })]);
    const auditBefore = (await auditRows(t.id)).length;
    const [a, b] = await Promise.all([
      runAs(w.helpdesk, () => changeTicketPlanAction({ ticketId: t.id, slaPlanId: p1.id, version: t.version })),
      runAs(w.admin, () => changeTicketPlanAction({ ticketId: t.id, slaPlanId: p2.id, version: t.version })),
    ]);
    expect([a, b].map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const after = await ticketRow(t.id);
    expect(after.version).toBe(t.version + 1);
    expect(after.slaPlanId).toBe(a.ok ? p1.id : p2.id);
    expect(after.slaResolutionMinutes).toBe(a.ok ? 960 : 1440);
    expect(await auditRows(t.id)).toHaveLength(auditBefore + 1);
  });

  it('S33 a move and a plan change racing on one version: exactly one wins', async () => {
    const t = await ticketAt(w, 'assigned');
    const auditBefore = (await auditRows(t.id)).length;
    const [a, b] = await Promise.all([
      runAs(w.spX, () => moveTicketAction({ move: 'accept', ticketId: t.id, version: t.version })),
      runAs(w.helpdesk, () => changeTicketPlanAction({ ticketId: t.id, slaPlanId: w.plan.id, version: t.version })),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
    expect((await ticketRow(t.id)).version).toBe(t.version + 1);
    expect(await auditRows(t.id)).toHaveLength(auditBefore + 1);
  });

  it('ten parallel saves at one version: exactly one succeeds', async () => {
    const t = await ticketAt(w, 'new');
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runAs(i % 2 ? w.helpdesk : helpdesk2, () => moveTicketAction({ move: 'assign', ticketId: t.id, version: t.version, servicePointId: i % 3 ? w.pointX.id : w.pointY.id })),
      ),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'CONFLICT')).toBe(true);
    expect((await ticketRow(t.id)).version).toBe(t.version + 1);
  });

  it('the service refuses a stale version even when called directly', async () => {
    const t = await ticketAt(w, 'new');
    await moveTicket(asCurrent(w.helpdesk), { move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointX.id });
    await expect(moveTicket(asCurrent(helpdesk2), { move: 'assign', ticketId: t.id, version: t.version, servicePointId: w.pointY.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await ticketRow(t.id)).servicePointId).toBe(w.pointX.id);
  });
});

describe('openTicket keeps its promises', () => {
  it('an archived customer cannot get a new ticket', async () => {
    const [c] = await db.insert(customers).values({ name: 'PT Lama', archivedAt: new Date() }).returning();
    await expect(openTicket(asCurrent(w.helpdesk), { customerId: c.id, projectId: null, category: 'incident', priority: 'low', summary: 'Uji pelanggan arsip', detail: 'Tidak boleh membuat tiket baru.', reporterName: 'X', reporterPhone: null, reporterEmail: null, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("another customer's project is refused", async () => {
    const [p] = await db.insert(projects).values({ customerId: w.customerB.id, name: 'Proyek B' }).returning();
    await expect(openTestTicket(w, { projectId: p.id })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('a customer contact cannot open a ticket for another customer (the customer id comes from the session)', async () => {
    const r = await runAs(w.custB, () =>
      submitTicket({ projectId: '', category: 'incident', priority: 'low', summary: 'Coba tiket pelanggan lain', detail: 'Ini mencoba menyusupkan customerId lain.', reporterPhone: '', idempotencyKey: randomUUID(), customerId: w.customerA.id } as never),
    );
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
