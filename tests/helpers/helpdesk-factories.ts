// Helpdesk fixtures: service points, staff on a point, SLA plans, the business calendar, and tickets
// walked through the real services (openTicket, moveTicket) to any status. Assertions still go through
// the real code; these only arrange.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, notifications, outbox, servicePoints, settings, slaPlans, staffProfiles, tickets } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import type { BusinessHours, RegionalSettings } from '@/lib/settings/schemas';
import type { TicketStatus } from '@/lib/tickets/constants';
import type { MoveValues } from '@/lib/tickets/schemas';
import { openTicket, type OpenTicketCommand } from '@/lib/tickets/service/create';
import { moveTicket } from '@/lib/tickets/service/move';
import { createCustomer, createUser, type TestUser } from './factories';

export type HelpdeskUser = TestUser & { servicePointId: string | null };

export async function createServicePoint(overrides: Partial<typeof servicePoints.$inferInsert> = {}) {
  const [row] = await db
    .insert(servicePoints)
    .values({ name: `SP ${randomBytes(3).toString('hex')}`, region: 'Jawa Tengah', cities: ['semarang'], ...overrides })
    .returning();
  return row;
}

export async function createSlaPlan(overrides: Partial<typeof slaPlans.$inferInsert> = {}) {
  const [row] = await db
    .insert(slaPlans)
    .values({ name: `Paket SLA ${randomBytes(3).toString('hex')}`, responseMinutes: 60, resolutionMinutes: 480, warningPercent: 75, ...overrides })
    .returning();
  return row;
}

/** A staff user with a staff profile (service point coordinators and engineers belong to a point). */
export async function createStaff(role: Exclude<Role, 'customer'>, servicePointId: string | null = null, opts: { name?: string; email?: string } = {}): Promise<HelpdeskUser> {
  const u = await createUser(role, opts);
  if (servicePointId) await db.insert(staffProfiles).values({ userId: u.id, servicePointId });
  return { ...u, servicePointId };
}

/** A customer contact (a new customer row unless one is given). */
export async function createContact(customerId?: string, opts: { name?: string; email?: string } = {}): Promise<HelpdeskUser> {
  const u = await createUser('customer', { ...opts, customerId: customerId ?? (await createCustomer({ city: 'Semarang' })).id });
  return { ...u, servicePointId: null };
}

/** What getCurrentUser() would return for this user (services take it directly). */
export function asCurrent(u: HelpdeskUser | TestUser): CurrentUser {
  return {
    id: u.id,
    role: u.role,
    name: u.name,
    email: u.email,
    customerId: u.customerId,
    servicePointId: 'servicePointId' in u ? u.servicePointId : null,
    locale: 'id',
  };
}

/** Business hours and zone for the SLA clock (settings rows, as the settings page writes them). */
export async function setBusinessCalendar(hours: Partial<BusinessHours>, regional: Partial<RegionalSettings> = {}) {
  const h = { workingDays: [1, 2, 3, 4, 5], open: '08:00', close: '17:00', ...hours };
  const r = { timeZone: 'Asia/Jakarta', defaultLocale: 'id', ...regional };
  for (const [key, value] of [
    ['hours', h],
    ['regional', r],
  ] as const) {
    await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
  }
}

/**
 * The cast of the helpdesk: one of each staff role, service points X and Y each with a coordinator,
 * engineers A and B on X and C on Y, customers A and B each with a contact, and one SLA plan.
 */
export async function createHelpdeskWorld() {
  const plan = await createSlaPlan({ name: `Standar ${randomBytes(3).toString('hex')}` });
  const pointX = await createServicePoint({ name: `SP Semarang ${randomBytes(3).toString('hex')}`, cities: ['semarang'] });
  const pointY = await createServicePoint({ name: `SP Makassar ${randomBytes(3).toString('hex')}`, cities: ['makassar'], region: 'Sulawesi Selatan' });
  const customerA = await createCustomer({ name: 'PT Sinar Abadi', city: 'Semarang', slaPlanId: plan.id });
  const customerB = await createCustomer({ name: 'CV Maju Bersama', city: 'Makassar', slaPlanId: plan.id });
  const [admin, manager, helpdesk, spX, spY, engA, engB, engC, custA, custB] = await Promise.all([
    createStaff('admin'),
    createStaff('manager'),
    createStaff('helpdesk'),
    createStaff('service_point', pointX.id, { name: 'Koordinator X' }),
    createStaff('service_point', pointY.id, { name: 'Koordinator Y' }),
    createStaff('engineer', pointX.id, { name: 'Engineer A' }),
    createStaff('engineer', pointX.id, { name: 'Engineer B' }),
    createStaff('engineer', pointY.id, { name: 'Engineer C' }),
    createContact(customerA.id, { name: 'Kontak A' }),
    createContact(customerB.id, { name: 'Kontak B' }),
  ]);
  return { plan, pointX, pointY, customerA, customerB, admin, manager, helpdesk, spX, spY, engA, engB, engC, custA, custB };
}
export type HelpdeskWorld = Awaited<ReturnType<typeof createHelpdeskWorld>>;

/** Opens a ticket for customer A (or `customerId`) through the real service. */
export async function openTestTicket(
  w: HelpdeskWorld,
  overrides: Partial<OpenTicketCommand> & { actor?: HelpdeskUser } = {},
  now?: Date,
): Promise<{ id: string; number: string }> {
  const { actor, ...cmd } = overrides;
  return openTicket(
    asCurrent(actor ?? w.helpdesk),
    {
      customerId: w.customerA.id,
      projectId: null,
      category: 'incident',
      priority: 'normal',
      summary: 'Printer kantor tidak bisa mencetak',
      detail: 'Printer di lantai 2 menampilkan pesan paper jam padahal tidak ada kertas tersangkut.',
      reporterName: w.custA.name,
      reporterPhone: null,
      reporterEmail: w.custA.email,
      idempotencyKey: randomUUID(),
      ...cmd,
    },
    now,
  );
}

type MovePayload = MoveValues extends infer T ? (T extends unknown ? Omit<T, 'ticketId' | 'version'> : never) : never;
type Step = (w: HelpdeskWorld) => { actor: HelpdeskUser; input: MovePayload };

/** The usual path of a ticket, each step by the role that normally makes it. */
const STEPS: Record<Exclude<TicketStatus, 'new'>, Step[]> = (() => {
  const assign: Step = (w) => ({ actor: w.helpdesk, input: { move: 'assign', servicePointId: w.pointX.id } });
  const accept: Step = (w) => ({ actor: w.spX, input: { move: 'accept' } });
  const dispatch: Step = (w) => ({ actor: w.spX, input: { move: 'dispatch', engineerId: w.engA.id } });
  const confirm: Step = (w) => ({ actor: w.engA, input: { move: 'confirm' } });
  const start: Step = (w) => ({ actor: w.engA, input: { move: 'start' } });
  const pend: Step = (w) => ({ actor: w.engA, input: { move: 'pend', reason: 'Menunggu suku cadang dari pelanggan' } });
  const resolve: Step = (w) => ({ actor: w.engA, input: { move: 'resolve', resolution: 'Roller printer diganti, uji cetak berhasil.' } });
  const close: Step = (w) => ({ actor: w.helpdesk, input: { move: 'close' } });
  const document: Step = (w) => ({ actor: w.helpdesk, input: { move: 'document' } });
  const toProgress = [assign, accept, dispatch, confirm, start];
  return {
    assigned: [assign],
    accepted: [assign, accept],
    dispatched: [assign, accept, dispatch],
    confirmed: [assign, accept, dispatch, confirm],
    in_progress: toProgress,
    pending: [...toProgress, pend],
    resolved: [...toProgress, resolve],
    closed: [...toProgress, resolve, close],
    documented: [...toProgress, resolve, close, document],
  };
})();

export async function ticketRow(id: string) {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  return row;
}

/**
 * Walks a ticket from `new` to `status` through moveTicket, each step by its usual actor (helpdesk
 * assigns to X, X's coordinator accepts and dispatches engineer A, A confirms, starts, resolves…).
 * `clock` gives each step's time (defaults to now).
 */
export async function advanceTicket(w: HelpdeskWorld, ticketId: string, status: TicketStatus, clock?: () => Date) {
  if (status === 'new') return ticketRow(ticketId);
  for (const step of STEPS[status]) {
    const { actor, input } = step(w);
    const { version } = await ticketRow(ticketId);
    await moveTicket(asCurrent(actor), { ...input, ticketId, version } as MoveValues, clock?.() ?? new Date());
  }
  return ticketRow(ticketId);
}

/** A fresh ticket of customer A at `status`. */
export async function ticketAt(w: HelpdeskWorld, status: TicketStatus, overrides: Parameters<typeof openTestTicket>[1] = {}) {
  const t = await openTestTicket(w, overrides);
  return advanceTicket(w, t.id, status);
}

/** What a refused call must leave untouched: the ticket row and every row that hangs off it. */
export async function ticketFootprint(ticketId: string) {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  const [counts] = await db.execute<{ audit: number; notes: number; mails: number; comments: number; ratings: number; events: number }>(sql`
    select
      (select count(*)::int from audit_log where entity_type = 'ticket' and entity_id = ${ticketId}) as audit,
      (select count(*)::int from notifications where link like ${`%/tickets/${ticketId}`}) as notes,
      (select count(*)::int from outbox where payload->>'url' like ${`%/tickets/${ticketId}%`}) as mails,
      (select count(*)::int from ticket_comments where ticket_id = ${ticketId}) as comments,
      (select count(*)::int from rating_tokens where ticket_id = ${ticketId}) as ratings,
      (select count(*)::int from sla_events where ticket_id = ${ticketId}) as events`);
  return { row: JSON.parse(JSON.stringify(row)) as unknown, ...counts };
}

export async function auditRows(ticketId: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.entityType, 'ticket'), eq(auditLog.entityId, ticketId))).orderBy(auditLog.id);
}

/** In-app notifications about a ticket (their link points at it). */
export async function ticketNotifications(ticketId: string, kind?: string) {
  const rows = await db
    .select()
    .from(notifications)
    .where(sql`${notifications.link} like ${`%/tickets/${ticketId}`}`);
  return kind ? rows.filter((r) => r.kind === kind) : rows;
}

/** Outbox e-mails about a ticket (their link points at it). */
export async function ticketMails(ticketId: string) {
  return db
    .select()
    .from(outbox)
    .where(sql`${outbox.payload}->>'url' like ${`%/tickets/${ticketId}%`}`);
}

let rawSeq = 900_000;
/**
 * Tickets written straight into the table (no audit, no mail), for tests that need many rows in a
 * given state quickly: the SLA scan's 200 tickets. Numbers come from a range openTicket never reaches
 * in a test. Every column not given takes a consistent default for customer A.
 */
export async function insertTicketRows(w: HelpdeskWorld, n: number, values: (i: number) => Partial<typeof tickets.$inferInsert> = () => ({})) {
  const rows = Array.from({ length: n }, (_, i) => ({
    number: `TKT-2099-${String(++rawSeq).padStart(6, '0')}`,
    customerId: w.customerA.id,
    slaPlanId: w.plan.id,
    reporterName: w.custA.name,
    reporterEmail: w.custA.email,
    category: 'incident' as const,
    priority: 'normal' as const,
    summary: `Gangguan massal #${i + 1}`,
    detail: 'Koneksi putus di beberapa lokasi sekaligus.',
    createdBy: w.helpdesk.id,
    slaResponseMinutes: w.plan.responseMinutes,
    slaResolutionMinutes: w.plan.resolutionMinutes,
    slaWarningPercent: w.plan.warningPercent,
    idempotencyKey: randomUUID(),
    ...values(i),
  }));
  const out: Array<typeof tickets.$inferSelect> = [];
  for (let i = 0; i < rows.length; i += 100) out.push(...(await db.insert(tickets).values(rows.slice(i, i + 100)).returning()));
  return out;
}
