import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { holidays, ticketRatings, tickets } from '@/db/schema';
import { runAs } from '../../tests/helpers/session';
import { createHelpdeskWorld, setBusinessCalendar, type HelpdeskWorld } from '../../tests/helpers/helpdesk-factories';
import { getTicketReport } from './queries';

// Hand-made tickets with known instants (WIB), Mon–Fri 08:00–17:00, so every figure can be checked by hand.
const wib = (s: string) => new Date(`${s}+07:00`);
let w: HelpdeskWorld;
let n = 0;

async function ticket(o: Partial<typeof tickets.$inferInsert> & { createdAt: Date }) {
  const [r] = await db
    .insert(tickets)
    .values({ number: `TKT-2025-${String(800000 + n++)}`, customerId: w.customerA.id, reporterName: 'R', category: 'incident', summary: 's', detail: 'd', idempotencyKey: randomUUID(), ...o })
    .returning({ id: tickets.id });
  return r.id;
}

beforeAll(async () => {
  await setBusinessCalendar({ workingDays: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' }, { timeZone: 'Asia/Jakarta' });
  w = await createHelpdeskWorld();
  const [x, y] = [w.pointX.id, w.pointY.id];
  // 1: Mon 09:00, responded 10:00 (due 10:00, met), resolved 15:00 (due 17:00, met) → 1 bh / 6 bh
  const t1 = await ticket({ createdAt: wib('2025-10-06T09:00'), status: 'resolved', servicePointId: x, assigneeId: w.engA.id, respondedAt: wib('2025-10-06T10:00'), responseDueAt: wib('2025-10-06T10:00'), resolvedAt: wib('2025-10-06T15:00'), resolutionDueAt: wib('2025-10-06T17:00') });
  // 2: Fri 16:00, responded Mon 09:00 (late), resolved Mon 12:00 (late) → 2 bh / 5 bh; 65 h / 68 h wall
  const t2 = await ticket({ createdAt: wib('2025-10-10T16:00'), status: 'closed', category: 'request', servicePointId: x, assigneeId: w.engA.id, respondedAt: wib('2025-10-13T09:00'), responseDueAt: wib('2025-10-10T17:00'), resolvedAt: wib('2025-10-13T12:00'), resolutionDueAt: wib('2025-10-13T10:00') });
  // 3: responded in time, resolution overdue and still open
  await ticket({ createdAt: wib('2025-10-15T08:00'), status: 'in_progress', category: 'complaint', servicePointId: y, assigneeId: w.engC.id, respondedAt: wib('2025-10-15T08:30'), responseDueAt: wib('2025-10-15T09:00'), resolutionDueAt: wib('2025-10-16T08:00') });
  // 4: never responded (overdue); resolution clock not yet due → left out of that rate
  await ticket({ createdAt: wib('2025-10-21T13:00'), status: 'assigned', category: 'installation', servicePointId: y, responseDueAt: wib('2025-10-21T14:00'), resolutionDueAt: wib('2099-12-31T08:00') });
  // 5: no SLA clock at all
  await ticket({ createdAt: wib('2025-10-26T10:00') });
  // outside the period or deleted: never counted
  const t6 = await ticket({ createdAt: wib('2025-09-30T23:59'), status: 'resolved', servicePointId: y, assigneeId: w.engC.id });
  await ticket({ createdAt: wib('2025-11-01T00:00') });
  await ticket({ createdAt: wib('2025-10-16T10:00'), deletedAt: wib('2025-10-17T10:00') });
  // December: Friday 16:00 → Tuesday 09:00 over a Monday holiday is 1 h (Fri) + 1 h (Tue) of business time.
  await db.insert(holidays).values({ day: '2025-12-15', name: 'Libur uji' }).onConflictDoNothing();
  await ticket({ createdAt: wib('2025-12-12T16:00'), status: 'resolved', respondedAt: wib('2025-12-12T16:30'), resolvedAt: wib('2025-12-16T09:00') });
  await db.insert(ticketRatings).values([
    { ticketId: t1, customerId: w.customerA.id, rating: 5, engineerId: w.engA.id, servicePointId: x, createdAt: wib('2025-10-07T10:00') },
    { ticketId: t2, customerId: w.customerA.id, rating: 2, engineerId: w.engA.id, servicePointId: x, createdAt: wib('2025-11-02T10:00') },
    { ticketId: t6, customerId: w.customerA.id, rating: 4, engineerId: w.engC.id, servicePointId: y, createdAt: wib('2025-10-10T10:00') },
  ]);
});

const OCT = { from: '2025-10-01', to: '2025-10-31' };

describe('ticket report', () => {
  it('counts, SLA compliance, business and wall-clock times and CSAT match the hand count', async () => {
    const r = await runAs(w.manager, () => getTicketReport(OCT));
    expect(r.period).toMatchObject({ from: '2025-10-01', to: '2025-10-31' });
    expect(r.overall).toMatchObject({ total: 5, resolved: 2, responseMet: 2, responseDecided: 4, resolutionMet: 1, resolutionDecided: 3 });
    expect(r.overall.respondMeanBh).toBeCloseTo(3.5 / 3, 6);
    expect(r.overall.respondMedianBh).toBeCloseTo(1, 6);
    expect(r.overall.resolveMeanBh).toBeCloseTo(5.5, 6);
    expect(r.overall.respondMeanH).toBeCloseTo(66.5 / 3, 6);
    expect(r.overall.resolveMedianH).toBeCloseTo(37, 6);
    expect(Object.fromEntries(r.byStatus.map((s) => [s.status, s.count]))).toMatchObject({ new: 1, assigned: 1, in_progress: 1, resolved: 1, closed: 1, pending: 0 });
    expect(Object.fromEntries(r.byCategory.map((c) => [c.category, c.count]))).toEqual({ incident: 2, request: 1, complaint: 1, installation: 1 });
    const sp = Object.fromEntries(r.byServicePoint.map((g) => [g.id ?? 'none', g]));
    expect(sp[w.pointX.id]).toMatchObject({ total: 2, resolved: 2, responseMet: 1, responseDecided: 2, resolutionMet: 1, resolutionDecided: 2, csat: { average: 5, count: 1 } });
    expect(sp[w.pointY.id]).toMatchObject({ total: 2, resolved: 0, responseMet: 1, responseDecided: 2, resolutionMet: 0, resolutionDecided: 1, csat: { average: 4, count: 1 } });
    expect(sp.none).toMatchObject({ total: 1 });
    const eng = Object.fromEntries(r.byEngineer.map((g) => [g.id ?? 'none', g]));
    expect(eng[w.engA.id]).toMatchObject({ total: 2, resolveMeanBh: 5.5 });
    expect(eng[w.engC.id]).toMatchObject({ total: 1, responseMet: 1, responseDecided: 1 });
    expect(eng.none).toMatchObject({ total: 2, responseDecided: 1, responseMet: 0 });
    expect(r.csat.overall).toMatchObject({ average: 4.5, count: 2, distribution: { 5: 1, 4: 1, 2: 0 } });
  });

  it('business hours skip nights, weekends and holidays', async () => {
    const r = await runAs(w.manager, () => getTicketReport({ from: '2025-12-01', to: '2025-12-31' }));
    expect(r.overall.total).toBe(1);
    expect(r.overall.respondMeanBh).toBeCloseTo(0.5, 6);
    expect(r.overall.resolveMeanBh).toBeCloseTo(2, 6);
    expect(r.overall.resolveMeanH).toBeCloseTo(89, 6);
  });

  it('a service point coordinator sees only their own point; an engineer sees no report', async () => {
    const r = await runAs(w.spY, () => getTicketReport(OCT));
    expect(r.servicePoint?.id).toBe(w.pointY.id);
    expect(r.overall.total).toBe(2);
    expect(r.byServicePoint.map((g) => g.id)).toEqual([w.pointY.id]);
    expect(r.csat.overall).toMatchObject({ average: 4, count: 1 });
    await expect(runAs(w.engA, () => getTicketReport(OCT))).rejects.toThrow();
    await expect(runAs(w.helpdesk, () => getTicketReport(OCT))).rejects.toThrow();
  });
});
