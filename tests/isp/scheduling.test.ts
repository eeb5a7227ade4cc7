// Technician scheduling: the exclusion constraint makes double booking impossible (S36-style race of
// 20 bookings of one slot), adjacent visits are fine, a cancelled slot is free again, visits stay
// inside business hours, and moving a visit mails the customer.
import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { appointments, auditLog, outbox } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { bookComplaintVisit, completeVisit, rescheduleVisit } from '@/lib/isp/scheduling/actions';
import { bookAppointment, cancelAppointment, rescheduleAppointment, SLOT_TAKEN } from '@/lib/isp/scheduling/service';
import { businessWindow, freeSlots, withinBusinessHours } from '@/lib/isp/scheduling/slots';
import type { BusinessCalendar } from '@/lib/sla/calendar';
import { createCustomer, createUser, type TestUser } from '../helpers/factories';
import { runAs } from '../helpers/session';
import { bookedVisit, complaintTicket, slotAt } from './ops-factories';

const MIN = 60_000;
let helpdesk: TestUser;

function book(resourceId: string, startsAt: Date, minutes = 60, customerId: string | null = null) {
  return db.transaction((tx) =>
    bookAppointment(tx, { resourceId, startsAt, endsAt: new Date(startsAt.getTime() + minutes * MIN), kind: 'complaint', customerId, refType: 'ticket', refId: crypto.randomUUID(), actor: helpdesk }),
  );
}

beforeAll(async () => {
  helpdesk = await createUser('helpdesk');
});

describe('slots (pure)', () => {
  const cal: BusinessCalendar = { timeZone: 'Asia/Jakarta', workingDays: [1, 2, 3, 4, 5], open: '08:00', close: '17:00', holidays: new Set(['2026-12-25']) };

  it('offers half-hour starts where the whole visit fits inside the day and misses every busy range', () => {
    // Monday 2026-11-30, 08:00–17:00 WIB = 01:00–10:00 UTC.
    const busy = [{ start: new Date('2026-11-30T02:00:00Z'), end: new Date('2026-11-30T03:00:00Z') }]; // 09:00–10:00 WIB
    const slots = freeSlots(cal, '2026-11-30', busy, 60).map((d) => d.toISOString().slice(11, 16));
    expect(slots[0]).toBe('01:00'); // 08:00 WIB
    expect(slots).not.toContain('01:30'); // 08:30–09:30 would overlap
    expect(slots).not.toContain('02:00');
    expect(slots).not.toContain('02:30');
    expect(slots).toContain('03:00'); // 10:00 starts exactly when the busy visit ends
    expect(slots.at(-1)).toBe('09:00'); // 16:00–17:00 is the last hour
    expect(freeSlots(cal, '2026-11-30', [], 120).at(-1)!.toISOString().slice(11, 16)).toBe('08:00'); // 15:00 for two hours
  });

  it('weekends and holidays have no slots; a visit must lie inside the hours of one working day', () => {
    expect(freeSlots(cal, '2026-11-29', [], 60)).toEqual([]); // Sunday
    expect(freeSlots(cal, '2026-12-25', [], 60)).toEqual([]); // holiday
    expect(businessWindow(cal, '2026-12-24')).not.toBeNull();
    expect(withinBusinessHours(cal, new Date('2026-11-30T09:30:00Z'), new Date('2026-11-30T10:00:00Z'))).toBe(true);
    expect(withinBusinessHours(cal, new Date('2026-11-30T09:30:00Z'), new Date('2026-11-30T10:30:00Z'))).toBe(false); // past 17:00
    expect(withinBusinessHours(cal, new Date('2026-11-30T00:30:00Z'), new Date('2026-11-30T01:30:00Z'))).toBe(false); // from 07:30
  });
});

describe('no double booking (exclusion constraint appointments_no_overlap)', () => {
  it('S36 20 concurrent bookings of one slot: exactly one succeeds, the other 19 get slotTaken', async () => {
    const tech = await createUser('engineer');
    const at = await slotAt(2, 10);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => book(tech.id, at)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(ValidationError);
      expect((r.reason as ValidationError).messageKey).toBe(SLOT_TAKEN);
    }
    const rows = await db.select().from(appointments).where(eq(appointments.resourceId, tech.id));
    expect(rows).toHaveLength(1);
    // Only the winner left an audit row; the refused ones rolled back completely.
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'appointment'), eq(auditLog.entityId, rows[0].id)));
    expect(audits).toHaveLength(1);
  });

  it('20 concurrent bookings of overlapping (not identical) ranges: one wins', async () => {
    const tech = await createUser('engineer');
    const base = await slotAt(2, 9);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => book(tech.id, new Date(base.getTime() + (i % 4) * 15 * MIN), 90)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('adjacent slots are both allowed ([start, end) ranges); another technician may take the same slot', async () => {
    const tech = await createUser('engineer');
    const other = await createUser('engineer');
    const nine = await slotAt(2, 9);
    const ten = await slotAt(2, 10);
    await book(tech.id, nine);
    await book(tech.id, ten);
    await book(other.id, nine);
    await expect(book(tech.id, new Date(nine.getTime() + 30 * MIN))).rejects.toMatchObject({ messageKey: SLOT_TAKEN });
  });

  it('a cancelled slot can be booked again', async () => {
    const tech = await createUser('engineer');
    const at = await slotAt(3, 13);
    const first = await book(tech.id, at);
    await expect(book(tech.id, at)).rejects.toMatchObject({ messageKey: SLOT_TAKEN });
    await db.transaction((tx) => cancelAppointment(tx, { appointmentId: first.id, reason: 'Pelanggan tidak di rumah', actor: helpdesk }));
    const again = await book(tech.id, at);
    expect(again.id).not.toBe(first.id);
  });

  it('the refusal leaves the caller’s transaction usable (savepoint)', async () => {
    const tech = await createUser('engineer');
    const at = await slotAt(3, 9);
    await book(tech.id, at);
    const later = await slotAt(3, 11);
    const id = await db.transaction(async (tx) => {
      await expect(bookAppointment(tx, { resourceId: tech.id, startsAt: at, kind: 'survey', customerId: null, refType: 'isp_application', refId: crypto.randomUUID(), actor: helpdesk })).rejects.toMatchObject({ messageKey: SLOT_TAKEN });
      const b = await bookAppointment(tx, { resourceId: tech.id, startsAt: later, kind: 'installation', customerId: null, refType: 'isp_application', refId: crypto.randomUUID(), actor: helpdesk });
      return b.id;
    });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
    // Installation defaults to 120 minutes.
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(120 * MIN);
  });

  it('refuses visits outside business hours, in the past, or for someone who is not a technician', async () => {
    const tech = await createUser('engineer');
    await expect(book(tech.id, await slotAt(2, 16, 30))).rejects.toMatchObject({ messageKey: 'ispOps.schedule.errors.outsideHours' });
    await expect(book(tech.id, await slotAt(2, 7))).rejects.toMatchObject({ messageKey: 'ispOps.schedule.errors.outsideHours' });
    await expect(book(tech.id, new Date(Date.now() - 86_400_000))).rejects.toMatchObject({ messageKey: 'ispOps.schedule.errors.inPast' });
    await expect(book(helpdesk.id, await slotAt(2, 10))).rejects.toMatchObject({ messageKey: 'ispOps.schedule.errors.notTechnician' });
  });
});

describe('through the actions', () => {
  it('booking a complaint visit into a taken slot answers VALIDATION with the friendly message', async () => {
    const customer = await createCustomer();
    const contact = await createUser('customer', { customerId: customer.id });
    const t = await complaintTicket(customer.id);
    const tech = await createUser('engineer');
    const at = await slotAt(2, 14);
    const first = await runAs(helpdesk, () => bookComplaintVisit({ ticketId: t.id, resourceId: tech.id, startsAt: at.toISOString(), notes: 'Bawa ONT cadangan' }));
    expect(first).toMatchObject({ ok: true });
    const second = await runAs(helpdesk, () => bookComplaintVisit({ ticketId: t.id, resourceId: tech.id, startsAt: at.toISOString(), notes: '' }));
    expect(second).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((second as { message: string }).message).toMatch(/sudah punya jadwal/);
    // The customer was told about the booked visit, once.
    const mails = await db.select().from(outbox).where(and(eq(outbox.recipient, contact.email), like(outbox.dedupeKey, 'visit-booked:%')));
    expect(mails).toHaveLength(1);
  });

  it('rescheduling moves the visit, bumps the version and mails the customer; a stale version is a conflict', async () => {
    const customer = await createCustomer();
    const contact = await createUser('customer', { customerId: customer.id, locale: 'en' });
    const tech = await createUser('engineer');
    const other = await createUser('engineer');
    const a = await bookedVisit(tech.id, await slotAt(2, 9), { customerId: customer.id });
    const to = await slotAt(4, 15);
    const r = await runAs(helpdesk, () => rescheduleVisit({ appointmentId: a.id, version: 1, resourceId: other.id, startsAt: to.toISOString() }));
    expect(r).toMatchObject({ ok: true });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, a.id));
    expect(row).toMatchObject({ resourceId: other.id, version: 2 });
    expect(row.startsAt.getTime()).toBe(to.getTime());
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(60 * MIN);
    const mails = await db.select().from(outbox).where(and(eq(outbox.recipient, contact.email), like(outbox.dedupeKey, 'visit-rescheduled:%')));
    expect(mails).toHaveLength(1);
    expect(mails[0].locale).toBe('en');
    expect(JSON.stringify(mails[0].payload)).toMatch(/rescheduled/);
    const later = (await slotAt(5, 9)).toISOString();
    const stale = await runAs(helpdesk, () => rescheduleVisit({ appointmentId: a.id, version: 1, resourceId: tech.id, startsAt: later }));
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('rescheduling onto a booked slot is refused and changes nothing', async () => {
    const tech = await createUser('engineer');
    const busy = await slotAt(3, 10);
    await bookedVisit(tech.id, busy);
    const a = await bookedVisit(tech.id, await slotAt(3, 13));
    await expect(db.transaction((tx) => rescheduleAppointment(tx, { appointmentId: a.id, startsAt: busy, actor: helpdesk }))).rejects.toMatchObject({ messageKey: SLOT_TAKEN });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, a.id));
    expect(row.version).toBe(1);
  });

  it('a technician marks only their own visit done, once', async () => {
    const tech = await createUser('engineer');
    const other = await createUser('engineer');
    const a = await bookedVisit(tech.id, await slotAt(1, 9));
    expect(await runAs(other, () => completeVisit({ appointmentId: a.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await runAs(tech, () => completeVisit({ appointmentId: a.id }))).toMatchObject({ ok: true });
    expect(await runAs(tech, () => completeVisit({ appointmentId: a.id }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, a.id));
    expect(row.status).toBe('done');
  });
});
