import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { customers, outbox, projects, slaPlans, tickets, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { ticketScope } from '@/lib/tickets/scope';
import type { CustomerSort } from './constants';
import { listCustomersSchema, type ListCustomersParams } from './schemas';

type ListParams = z.output<typeof listCustomersSchema>;

/** Sort keys map to fixed expressions only (C18); the id breaks ties so pages never overlap. */
const SORT: Record<CustomerSort, SQL> = {
  name: sql`lower(${customers.name})`,
  city: sql`lower(${customers.city})`,
  type: sql`${customers.type}`,
  created: sql`${customers.createdAt}`,
};

function orderBy(p: ListParams) {
  const key = SORT[p.sort];
  return p.dir === 'desc' ? [sql`${key} desc nulls last`, desc(customers.id)] : [sql`${key} asc nulls last`, asc(customers.id)];
}

/** Digits of a phone-looking search ("0812-34", "+62 812") as stored after +62, for a LIKE on E.164. */
function phoneDigits(q: string): string | null {
  if (!/^[\d\s+().-]+$/.test(q)) return null;
  let d = q.replace(/\D/g, '');
  if (d.startsWith('62')) d = d.slice(2);
  else if (d.startsWith('0')) d = d.slice(1);
  return d.length >= 3 ? d : null;
}

function whereOf(p: ListParams): SQL | undefined {
  const where: SQL[] = [];
  if (p.q) {
    const like = `%${escapeLike(p.q.toLowerCase())}%`;
    // lower(name) LIKE … is what the trigram index on lower(name) serves.
    const any: SQL[] = [sql`lower(${customers.name}) like ${like}`, ilike(customers.email, like), ilike(customers.city, like)];
    const digits = phoneDigits(p.q);
    if (digits) any.push(sql`${customers.phone} like ${`%${escapeLike(digits)}%`}`);
    where.push(or(...any)!);
  }
  if (p.type) where.push(eq(customers.type, p.type));
  if (p.city) where.push(sql`lower(${customers.city}) = ${p.city.toLowerCase()}`);
  if (p.archived === 'active') where.push(isNull(customers.archivedAt));
  if (p.archived === 'archived') where.push(isNotNull(customers.archivedAt));
  return where.length ? and(...where) : undefined;
}

export type CustomerListRow = {
  id: string;
  name: string;
  type: 'company' | 'person';
  city: string | null;
  phone: string | null;
  email: string | null;
  slaPlanName: string | null;
  archivedAt: Date | null;
};

const listColumns = {
  id: customers.id,
  name: customers.name,
  type: customers.type,
  city: customers.city,
  phone: customers.phone,
  email: customers.email,
  slaPlanName: slaPlans.name,
  archivedAt: customers.archivedAt,
};

/** Takes the raw URL values: anything unknown falls back to the defaults (S25). */
export async function listCustomers(params: Partial<Record<keyof ListCustomersParams, unknown>>) {
  await requirePermission('customer.read');
  const p = listCustomersSchema.parse(params);
  const cond = whereOf(p);
  const [{ total }] = await db.select({ total: count() }).from(customers).where(cond);
  const info = pageInfo(p.page, total);
  const items: CustomerListRow[] = await db
    .select(listColumns)
    .from(customers)
    .leftJoin(slaPlans, eq(slaPlans.id, customers.slaPlanId))
    .where(cond)
    .orderBy(...orderBy(p))
    .limit(info.size)
    .offset(info.offset);
  return { items, ...info, params: p };
}

export type CustomerExportRow = CustomerListRow & {
  address: string | null;
  region: string | null;
  personInCharge: string | null;
  salesperson: string | null;
  productsUsed: string | null;
  tags: string[];
  createdAt: Date;
};

const EXPORT_BATCH = 1000;
/** A ceiling so one click cannot hold a connection for minutes; filters narrow bigger lists. */
export const EXPORT_MAX_ROWS = 100_000;

/**
 * The CSV export of the same filtered, sorted list. The permission is checked before anything is
 * returned; the rows then arrive in batches so a large list is streamed, not held in memory.
 */
export async function openCustomerExport(params: Partial<Record<keyof ListCustomersParams, unknown>>) {
  await requirePermission('customer.read');
  const p = listCustomersSchema.parse(params);
  const cond = whereOf(p);
  async function* batches(): AsyncGenerator<CustomerExportRow[]> {
    for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += EXPORT_BATCH) {
      const rows = await db
        .select({
          ...listColumns,
          address: customers.address,
          region: customers.region,
          personInCharge: customers.personInCharge,
          salesperson: customers.salesperson,
          productsUsed: customers.productsUsed,
          tags: customers.tags,
          createdAt: customers.createdAt,
        })
        .from(customers)
        .leftJoin(slaPlans, eq(slaPlans.id, customers.slaPlanId))
        .where(cond)
        .orderBy(...orderBy(p))
        .limit(EXPORT_BATCH)
        .offset(offset);
      if (rows.length) yield rows;
      if (rows.length < EXPORT_BATCH) return;
    }
  }
  return batches();
}

const editColumns = {
  id: customers.id,
  name: customers.name,
  type: customers.type,
  address: customers.address,
  city: customers.city,
  region: customers.region,
  phone: customers.phone,
  email: customers.email,
  personInCharge: customers.personInCharge,
  salesperson: customers.salesperson,
  productsUsed: customers.productsUsed,
  tags: customers.tags,
  notes: customers.notes,
  slaPlanId: customers.slaPlanId,
  archivedAt: customers.archivedAt,
  version: customers.version,
};
export async function getCustomerForEdit(id: string) {
  await requirePermission('customer.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db.select(editColumns).from(customers).where(eq(customers.id, id)).limit(1);
  return row ?? null;
}

/**
 * Everything the 360° page shows: details, contacts, projects, latest tickets and messages sent.
 * Outbox payloads are never read here (invitation links carry tokens); only their metadata.
 */
export async function getCustomer360(id: string) {
  const me = await requirePermission('customer.read');
  if (!z.uuid().safeParse(id).success) return null;
  const [customer] = await db
    .select({ ...editColumns, slaPlanName: slaPlans.name, createdAt: customers.createdAt, updatedAt: customers.updatedAt })
    .from(customers)
    .leftJoin(slaPlans, eq(slaPlans.id, customers.slaPlanId))
    .where(eq(customers.id, id))
    .limit(1);
  if (!customer) return null;

  const [contacts, projectRows, ticketRows, counts] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        phone: users.phone,
        status: users.status,
        activated: sql<boolean>`${users.passwordHash} is not null`,
        lastLoginAt: users.lastLoginAt,
      })
      .from(users)
      .where(eq(users.customerId, id))
      .orderBy(asc(users.name), asc(users.id))
      .limit(200),
    db
      .select({
        id: projects.id,
        name: projects.name,
        deliveryBegin: projects.deliveryBegin,
        deliveryEnd: projects.deliveryEnd,
        installationBegin: projects.installationBegin,
        installationEnd: projects.installationEnd,
        uatBegin: projects.uatBegin,
        uatEnd: projects.uatEnd,
        billingStart: projects.billingStart,
        billingDue: projects.billingDue,
        warrantyMonths: projects.warrantyMonths,
        contractStart: projects.contractStart,
        contractMonths: projects.contractMonths,
        slaPlanName: slaPlans.name,
      })
      .from(projects)
      .leftJoin(slaPlans, eq(slaPlans.id, projects.slaPlanId))
      .where(eq(projects.customerId, id))
      .orderBy(desc(projects.createdAt), asc(projects.id))
      .limit(200),
    db
      .select({ id: tickets.id, number: tickets.number, status: tickets.status, summary: tickets.summary, createdAt: tickets.createdAt })
      .from(tickets)
      .where(and(eq(tickets.customerId, id), ticketScope(me)))
      .orderBy(desc(tickets.createdAt), desc(tickets.id))
      .limit(20),
    db
      .select({ n: count() })
      .from(tickets)
      .where(eq(tickets.customerId, id))
      .then(([r]) => r.n),
  ]);

  const emails = [...new Set([customer.email, ...contacts.map((c) => c.email)].filter((e): e is string => !!e))];
  const messages = emails.length
    ? await db
        .select({ id: outbox.id, recipient: outbox.recipient, template: outbox.template, channel: outbox.channel, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
        .from(outbox)
        .where(inArray(outbox.recipient, emails))
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(20)
    : [];

  return {
    customer,
    contacts,
    projects: projectRows,
    tickets: ticketRows,
    messages,
    // Delete is offered only when nothing refers to the customer (the service checks again).
    deletable: counts === 0 && contacts.length === 0 && projectRows.length === 0,
  };
}
export type Customer360 = NonNullable<Awaited<ReturnType<typeof getCustomer360>>>;
