import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db } from '@/db/client';
import { appointments, customers, ispApplications, subscriptions, tickets, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import type { BusinessCalendar } from '@/lib/sla/calendar';
import type { AppointmentKind, AppointmentStatus } from '@/lib/isp/constants';
import { OPEN_STATUSES } from '@/lib/tickets/constants';
import { fromZoned } from '@/lib/format/date';
import { VISIT_MINUTES } from './constants';
import { addDays, businessWindow, freeSlots, gridRows, localDateOf, weekStart, type LocalDate, type Range } from './slots';

export type Technician = { id: string; name: string; phone: string | null };

export type VisitRow = {
  id: string;
  resourceId: string;
  startsAt: Date;
  endsAt: Date;
  kind: AppointmentKind;
  status: AppointmentStatus;
  version: number;
  refType: string;
  refId: string;
  address: string | null;
  notes: string | null;
  customerName: string | null;
  customerPhone: string | null;
  /** REG-… or TKT-… */
  refNumber: string | null;
  /** The ticket's summary (complaint visits). */
  refSummary: string | null;
  /** The engineer a ticket is dispatched to (the technician can open it only then). */
  ticketAssigneeId: string | null;
};

const ticketRef = alias(tickets, 'ref_ticket');

/** Visits of the given technicians in [from, to), booked or done (cancelled ones are gone from the calendar). */
async function visitsBetween(from: Date, to: Date, resourceIds: string[] | null, opts: { withCancelled?: boolean } = {}): Promise<VisitRow[]> {
  if (resourceIds && !resourceIds.length) return [];
  return db
    .select({
      id: appointments.id,
      resourceId: appointments.resourceId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      kind: appointments.kind,
      status: appointments.status,
      version: appointments.version,
      refType: appointments.refType,
      refId: appointments.refId,
      address: appointments.address,
      notes: appointments.notes,
      customerName: customers.name,
      customerPhone: sql<string | null>`coalesce(${ispApplications.phone}, ${ticketRef.reporterPhone}, ${customers.phone})`,
      refNumber: sql<string | null>`coalesce(${ispApplications.number}, ${ticketRef.number})`,
      refSummary: ticketRef.summary,
      ticketAssigneeId: ticketRef.assigneeId,
    })
    .from(appointments)
    .leftJoin(customers, eq(customers.id, appointments.customerId))
    .leftJoin(ispApplications, and(eq(appointments.refType, 'isp_application'), eq(ispApplications.id, appointments.refId)))
    .leftJoin(ticketRef, and(eq(appointments.refType, 'ticket'), eq(ticketRef.id, appointments.refId)))
    .where(
      and(
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
        opts.withCancelled ? undefined : ne(appointments.status, 'cancelled'),
        resourceIds ? inArray(appointments.resourceId, resourceIds) : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

async function listTechnicians(): Promise<Technician[]> {
  return db
    .select({ id: users.id, name: users.name, phone: users.phone })
    .from(users)
    .where(and(eq(users.role, 'engineer'), eq(users.status, 'active')))
    .orderBy(asc(users.name), asc(users.id));
}

const dayStart = (cal: BusinessCalendar, day: LocalDate) => {
  const [y, m, d] = day.split('-').map(Number);
  return fromZoned(y, m, d, 0, 0, cal.timeZone);
};

const scheduleParams = z.object({
  view: z.enum(['day', 'week']).catch('day'),
  date: z.iso.date().optional().catch(undefined),
  move: z.uuid().optional().catch(undefined),
});

export type ScheduleDay = {
  date: LocalDate;
  working: boolean;
  /** Half-hour rows of the business day. */
  rows: Date[];
  /** Per technician: free starts for a complaint visit (booking) or for the visit being moved. */
  free: Record<string, Date[]>;
};

export type ScheduleView = {
  view: 'day' | 'week';
  date: LocalDate;
  today: LocalDate;
  timeZone: string;
  technicians: Technician[];
  days: ScheduleDay[];
  visits: VisitRow[];
  /** The visit being moved (reschedule mode), if any. */
  moving: VisitRow | null;
  /** Length of the visit the free slots are for, in minutes. */
  slotMinutes: number;
};

/**
 * The customer-support calendar: technicians × a day (half-hour grid) or a week, the booked visits
 * with customer and kind, and the free slots — for a complaint visit, or, in reschedule mode, for the
 * visit being moved (its own range does not count as busy).
 */
export async function getSchedule(raw: Record<string, string | undefined>): Promise<ScheduleView> {
  await requirePermission('schedule.manage');
  const p = scheduleParams.parse(raw);
  const cal = await loadCalendar(db);
  const now = new Date();
  const today = localDateOf(now, cal.timeZone);
  const date = p.date ?? today;
  const first = p.view === 'week' ? weekStart(date) : date;
  const count = p.view === 'week' ? 7 : 1;
  const technicians = await listTechnicians();
  const from = dayStart(cal, first);
  const to = dayStart(cal, addDays(first, count));
  const visits = await visitsBetween(from, to, technicians.map((t) => t.id));

  const m = p.move ? await visitById(p.move) : null;
  const moving = m && m.status === 'booked' ? m : null;
  const slotMinutes = moving ? Math.round((moving.endsAt.getTime() - moving.startsAt.getTime()) / 60_000) : VISIT_MINUTES.complaint;

  const days: ScheduleDay[] = [];
  for (let i = 0; i < count; i++) {
    const d = addDays(first, i);
    const free: Record<string, Date[]> = {};
    for (const t of technicians) {
      const busy: Range[] = visits
        .filter((v) => v.resourceId === t.id && v.status !== 'cancelled' && v.id !== moving?.id)
        .map((v) => ({ start: v.startsAt, end: v.endsAt }));
      free[t.id] = freeSlots(cal, d, busy, slotMinutes, { notBefore: now });
    }
    days.push({ date: d, working: !!businessWindow(cal, d), rows: gridRows(cal, d), free });
  }
  return { view: p.view, date, today, timeZone: cal.timeZone, technicians, days, visits, moving, slotMinutes };
}

async function visitById(id: string): Promise<VisitRow | null> {
  const [a] = await db.select({ startsAt: appointments.startsAt }).from(appointments).where(eq(appointments.id, id)).limit(1);
  if (!a) return null;
  const rows = await visitsBetween(a.startsAt, new Date(a.startsAt.getTime() + 1), null);
  return rows.find((r) => r.id === id) ?? null;
}

export type OpenComplaint = { id: string; number: string; summary: string; customerName: string; address: string | null; assigneeId: string | null };

/** Open complaint tickets a visit can be booked for (newest first). */
export async function listOpenComplaints(): Promise<OpenComplaint[]> {
  await requirePermission('schedule.manage');
  return db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      customerName: customers.name,
      address: sql<string | null>`coalesce(${subscriptions.addressLine}, ${customers.address})`,
      assigneeId: tickets.assigneeId,
    })
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
    .where(and(eq(tickets.category, 'complaint'), inArray(tickets.status, OPEN_STATUSES), isNull(tickets.deletedAt)))
    .orderBy(desc(tickets.createdAt))
    .limit(200);
}

/** The technician's visits today in the business zone, in visiting order (start time). */
export async function listMyVisitsToday(): Promise<{ date: LocalDate; timeZone: string; visits: VisitRow[] }> {
  const me = await requirePermission('visit.work');
  const cal = await loadCalendar(db);
  const today = localDateOf(new Date(), cal.timeZone);
  const visits = await visitsBetween(dayStart(cal, today), dayStart(cal, addDays(today, 1)), [me.id]);
  return { date: today, timeZone: cal.timeZone, visits };
}
