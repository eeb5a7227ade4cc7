import 'server-only';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '@/db/client';
import { customers, projects, servicePoints, staffProfiles, tickets, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { requirePermission, requireUser, type CurrentUser } from '@/lib/auth/session';
import { escapeLike, PAGE_SIZE } from '@/lib/db-utils';
import { fromZoned } from '@/lib/format/date';
import { getSettings } from '@/lib/settings/store';
import { OPEN_STATUSES, TICKET_STATUSES, type TicketStatus } from './constants';
import { loadCustomerTicket, loadStaffTicket } from './detail';
import type { CustomerTicket, MyTicketListItem, StaffTicket, TicketListItem, TicketPage } from './dto';
import { MAX_PAGE, type TicketFilters } from './filters';
import { ticketScope } from './scope';
import { slaStateNow } from './sla-sql';

const assignee = alias(users, 'assignee');
const COUNT_CAP = MAX_PAGE * PAGE_SIZE;
export const EXPORT_CAP = 50_000;

/**
 * A status list as SQL literals. The values come from the TICKET_STATUSES allowlist only (the filter
 * parser drops anything else); literals, not parameters, let the planner prove the predicate of the
 * partial index tickets_open_due_idx even on a cached generic plan.
 */
function statusIn(statuses: readonly TicketStatus[]): SQL {
  const allowed = statuses.filter((s) => (TICKET_STATUSES as readonly string[]).includes(s));
  if (!allowed.length) return sql`false`;
  // eslint-disable-next-line no-restricted-syntax -- values from the constant TICKET_STATUSES allowlist
  return sql`${tickets.status} in (${sql.join(allowed.map((s) => sql.raw(`'${s}'`)), sql`, `)})`;
}
const OPEN_SQL = () => statusIn(OPEN_STATUSES);

/** Every filter of the queue, as one WHERE, inside the caller's scope (C3). */
async function queueWhere(me: CurrentUser, f: TicketFilters): Promise<SQL> {
  const cond: SQL[] = [ticketScope(me)];
  if (f.statusMode === 'open') cond.push(OPEN_SQL());
  else if (f.statusMode === 'some') cond.push(statusIn(f.statuses));
  if (f.sla) cond.push(sql`${slaStateNow} = ${f.sla}::sla_state`);
  if (f.category) cond.push(eq(tickets.category, f.category));
  if (f.priority) cond.push(eq(tickets.priority, f.priority));
  if (f.customerId) cond.push(eq(tickets.customerId, f.customerId));
  if (f.servicePointId) cond.push(eq(tickets.servicePointId, f.servicePointId));
  if (f.engineerId) cond.push(eq(tickets.assigneeId, f.engineerId));
  if (f.from || f.to) {
    const tz = (await getSettings()).regional.timeZone;
    const at = (d: string, plusDays = 0) => {
      const [y, m, day] = d.split('-').map(Number);
      return fromZoned(y, m, day + plusDays, 0, 0, tz);
    };
    if (f.from) cond.push(gte(tickets.createdAt, at(f.from)));
    if (f.to) cond.push(lt(tickets.createdAt, at(f.to, 1)));
  }
  if (f.q) {
    const upper = f.q.toUpperCase();
    if (/^TKT-[0-9-]*$/.test(upper)) {
      // A ticket number, whole or its beginning: the unique btree on number serves the prefix (C collation).
      cond.push(like(tickets.number, `${escapeLike(upper)}%`));
    } else {
      const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
      // Customers first (trigram index on lower(name)), then tickets by summary (trigram) or those customers.
      const matched = await db
        .select({ id: customers.id })
        .from(customers)
        .where(sql`lower(${customers.name}) like ${pattern}`)
        .limit(200);
      const bySummary = sql`lower(${tickets.summary}) like ${pattern}`;
      cond.push(matched.length ? or(bySummary, inArray(tickets.customerId, matched.map((c) => c.id)))! : bySummary);
    }
  }
  return and(...cond)!;
}

function queueOrder(f: TicketFilters): SQL[] {
  const d = f.dir === 'asc' ? asc : desc;
  switch (f.sort) {
    case 'due':
      // Matches tickets_open_due_idx (sla_due_at, id): the default open queue reads the index in order.
      return [d(tickets.slaDueAt), d(tickets.id)];
    case 'created':
      return [d(tickets.createdAt), d(tickets.id)];
    case 'number':
      return [d(tickets.number)];
    case 'priority':
      return [d(tickets.priority), asc(tickets.slaDueAt), desc(tickets.createdAt), asc(tickets.id)];
    case 'status':
      return [d(tickets.status), desc(tickets.createdAt), asc(tickets.id)];
  }
}

const listColumns = {
  id: tickets.id,
  number: tickets.number,
  summary: tickets.summary,
  status: tickets.status,
  category: tickets.category,
  priority: tickets.priority,
  customerName: customers.name,
  servicePointName: servicePoints.name,
  assigneeName: assignee.name,
  slaState: slaStateNow,
  slaDueAt: tickets.slaDueAt,
  createdAt: tickets.createdAt,
};

/**
 * Two steps: the page's ids from tickets alone (the ORDER BY walks an index, and rows skipped by
 * OFFSET are never joined), then those rows with their names. The second read repeats the scope.
 */
function idsQuery(where: SQL, f: TicketFilters) {
  return db.select({ id: tickets.id }).from(tickets).where(where).orderBy(...queueOrder(f));
}

async function rowsFor(me: CurrentUser, ids: string[]): Promise<TicketListItem[]> {
  if (!ids.length) return [];
  const rows = await db
    .select(listColumns)
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(servicePoints, eq(servicePoints.id, tickets.servicePointId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .where(and(inArray(tickets.id, ids), ticketScope(me)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is TicketListItem => !!r);
}

/**
 * The staff queue: helpdesk, manager and admin see every ticket, a service point its own, an engineer
 * theirs (ticketScope). The count stops at MAX_PAGE pages so a million tickets never cost a full count.
 */
export async function listTickets(f: TicketFilters): Promise<TicketPage<TicketListItem>> {
  const me = await requirePermission('ticket.read');
  const where = await queueWhere(me, f);
  const [{ n }] = await db
    .select({ n: count() })
    .from(db.select({ one: sql`1` }).from(tickets).where(where).limit(COUNT_CAP + 1).as('capped'));
  const capped = n > COUNT_CAP;
  const total = Math.min(n, COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const ids = await idsQuery(where, f).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE);
  const items = await rowsFor(me, ids.map((r) => r.id));
  return { items, page, pages, total, capped };
}

/**
 * The same queue for the CSV export: the ordered ids in one read (at most EXPORT_CAP), then the rows
 * in batches that the route streams. The permission check runs here, before anything is read.
 */
export async function exportTickets(f: TicketFilters, batch = 1000): Promise<AsyncIterable<TicketListItem[]>> {
  const me = await requirePermission('ticket.read');
  const where = await queueWhere(me, f);
  const ids = (await idsQuery(where, f).limit(EXPORT_CAP)).map((r) => r.id);
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < ids.length; i += batch) yield await rowsFor(me, ids.slice(i, i + batch));
    },
  };
}

/** Choices for the queue's filter selects, limited to what the caller can see. */
export async function listQueueFilterOptions() {
  const me = await requirePermission('ticket.read');
  const wide = me.role === 'admin' || me.role === 'manager' || me.role === 'helpdesk';
  const points = wide
    ? await db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).orderBy(servicePoints.name)
    : [];
  const engineers =
    wide || (me.role === 'service_point' && me.servicePointId)
      ? await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
          .where(and(eq(users.role, 'engineer'), wide ? undefined : eq(staffProfiles.servicePointId, me.servicePointId!)))
          .orderBy(users.name)
          .limit(500)
      : [];
  return { points, engineers };
}

/** A customer contact's own tickets (their company's), newest first. */
export async function listMyTickets(page = 1): Promise<TicketPage<MyTicketListItem>> {
  const me = await requireUser();
  if (me.role !== 'customer' || !me.customerId) return { items: [], page: 1, pages: 1, total: 0, capped: false };
  const where = and(ticketScope(me), eq(tickets.customerId, me.customerId))!;
  const [{ n }] = await db.select({ n: count() }).from(tickets).where(where);
  const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      status: tickets.status,
      category: tickets.category,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
      updatedAt: tickets.updatedAt,
    })
    .from(tickets)
    .where(where)
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(PAGE_SIZE)
    .offset((current - 1) * PAGE_SIZE);
  return { items, page: current, pages, total: n, capped: false };
}

const idSchema = z.uuid();

/**
 * (Memoized per request: the page and its metadata read it once.)
 * Everything the staff ticket page shows, or null when the id is malformed, unknown, deleted or
 * outside the caller's scope (the page answers 404 for all of them, C3).
 */
export const getTicket = cache(async (id: string): Promise<StaffTicket | null> => {
  const me = await requirePermission('ticket.read');
  if (!idSchema.safeParse(id).success) return null;
  return loadStaffTicket(me, id);
});

/** The customer's view of one of their company's tickets: public comments only; null otherwise. */
export const getMyTicket = cache(async (id: string): Promise<CustomerTicket | null> => {
  const me = await requireUser();
  if (me.role !== 'customer' || !me.customerId || !idSchema.safeParse(id).success) return null;
  return loadCustomerTicket(me, id);
});

/** Customer picker of the staff "new ticket" form: active customers by name, phone or e-mail. */
export async function searchCustomersForTicket(q: string | undefined) {
  await requirePermission('ticket.assign');
  const term = q?.trim().slice(0, 100);
  if (!term) return [];
  const pattern = `%${escapeLike(term.toLowerCase())}%`;
  return db
    .select({ id: customers.id, name: customers.name, city: customers.city, phone: customers.phone, email: customers.email })
    .from(customers)
    .where(and(isNull(customers.archivedAt), or(sql`lower(${customers.name}) like ${pattern}`, ilike(customers.email, pattern), like(customers.phone, pattern))))
    .orderBy(customers.name)
    .limit(20);
}

/** The chosen customer of the staff form, with its projects; null when unknown or archived. */
export async function getCustomerForNewTicket(customerId: string | undefined) {
  await requirePermission('ticket.assign');
  if (!customerId || !idSchema.safeParse(customerId).success) return null;
  const [c] = await db
    .select({ id: customers.id, name: customers.name, city: customers.city, phone: customers.phone, email: customers.email, personInCharge: customers.personInCharge })
    .from(customers)
    .where(and(eq(customers.id, customerId), isNull(customers.archivedAt)))
    .limit(1);
  if (!c) return null;
  const projectList = await db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.customerId, c.id)).orderBy(projects.name);
  return { ...c, projects: projectList };
}

/** Projects of the caller's company, for the customer's form. */
export async function listMyProjects() {
  const me = await requireUser();
  if (me.role !== 'customer' || !me.customerId) return [];
  return db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.customerId, me.customerId)).orderBy(projects.name);
}

/** Whether the caller may open tickets for customers (the queue's "New ticket" button). */
export async function canOpenForCustomers(): Promise<boolean> {
  const me = await requirePermission('ticket.read');
  return can(me.role, 'ticket.assign');
}

/** The name for the queue's "customer: …" filter chip. */
export async function getCustomerName(customerId: string | undefined): Promise<string | null> {
  await requirePermission('ticket.read');
  if (!customerId || !idSchema.safeParse(customerId).success) return null;
  const [c] = await db.select({ name: customers.name }).from(customers).where(eq(customers.id, customerId)).limit(1);
  return c?.name ?? null;
}

/** The caller's own phone, to prefill "phone we can call" on the customer's form. */
export async function getMyPhone(): Promise<string> {
  const me = await requireUser();
  const [u] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, me.id)).limit(1);
  return u?.phone ?? '';
}
