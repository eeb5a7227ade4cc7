import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { customers, projects, slaPlans, tickets, users } from '@/db/schema';
import { sendInvitation } from '@/lib/accounts/tokens-flow';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import type { CustomerValues } from './schemas';

/** Postgres foreign-key violation, seen through Drizzle's wrapper. */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e?.cause?.code ?? e?.code) === '23503';
}

/** A plan the customer may be put on: an active one, or the one it already has. */
async function assertPlanUsable(tx: Tx, planId: string | null, currentPlanId: string | null = null) {
  if (!planId || planId === currentPlanId) return;
  const [plan] = await tx.select({ active: slaPlans.active }).from(slaPlans).where(eq(slaPlans.id, planId)).limit(1);
  if (!plan?.active) throw new ValidationError('customers.errors.planUnknown', { slaPlanId: ['customers.errors.planUnknown'] });
}

function columnsOf(v: CustomerValues) {
  return {
    name: v.name,
    type: v.type,
    address: v.address,
    city: v.city,
    region: v.region,
    phone: v.phone,
    email: v.email,
    personInCharge: v.personInCharge,
    salesperson: v.salesperson,
    productsUsed: v.productsUsed,
    tags: v.tags,
    notes: v.notes,
    slaPlanId: v.slaPlanId,
  };
}

export async function createCustomer(actor: CurrentUser, input: CustomerValues) {
  return db.transaction(async (tx) => {
    await assertPlanUsable(tx, input.slaPlanId);
    const [created] = await tx.insert(customers).values(columnsOf(input)).returning();
    await recordAudit(tx, actor, { action: 'customer.create', entityType: 'customer', entityId: created.id, after: columnsOf(input) });
    return created;
  });
}

/** Optimistic update: a form loaded at an older version gets CONFLICT and keeps its input (C21). */
export async function updateCustomer(actor: CurrentUser, input: CustomerValues & { id: string; version: number }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(customers).where(eq(customers.id, input.id)).limit(1);
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError();
    await assertPlanUsable(tx, input.slaPlanId, before.slaPlanId);
    const [after] = await tx
      .update(customers)
      .set({ ...columnsOf(input), version: sql`${customers.version} + 1` })
      .where(and(eq(customers.id, input.id), eq(customers.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, actor, { action: 'customer.update', entityType: 'customer', entityId: after.id, before, after });
    return after;
  });
}

/** Archived customers leave the default list and take no new contacts; their history stays. */
export async function setCustomerArchived(actor: CurrentUser, id: string, archived: boolean) {
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(customers)
      .set({ archivedAt: archived ? sql`coalesce(${customers.archivedAt}, now())` : null, version: sql`${customers.version} + 1` })
      .where(eq(customers.id, id))
      .returning({ id: customers.id, name: customers.name, archivedAt: customers.archivedAt });
    if (!after) throw new NotFoundError();
    await recordAudit(tx, actor, { action: archived ? 'customer.archive' : 'customer.unarchive', entityType: 'customer', entityId: id, after: { archived } });
    return after;
  });
}

/** Only a customer nothing refers to may go; the others are archived instead. */
export async function deleteCustomer(actor: CurrentUser, id: string) {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(customers).where(eq(customers.id, id)).for('update').limit(1);
      if (!before) throw new NotFoundError();
      const [[t], [p], [u]] = await Promise.all([
        tx.select({ n: count() }).from(tickets).where(eq(tickets.customerId, id)),
        tx.select({ n: count() }).from(projects).where(eq(projects.customerId, id)),
        tx.select({ n: count() }).from(users).where(eq(users.customerId, id)),
      ]);
      if (t.n + p.n + u.n > 0) throw new ValidationError('customers.errors.inUse');
      await tx.delete(customers).where(eq(customers.id, id));
      await recordAudit(tx, actor, { action: 'customer.delete', entityType: 'customer', entityId: id, before });
      return { id, name: before.name };
    });
  } catch (err) {
    // Rows of other modules (orders, bookings…) may refer to it too: the FK says no.
    if (isForeignKeyViolation(err)) throw new ValidationError('customers.errors.inUse');
    throw err;
  }
}

/** A contact account for the customer: role customer, no password yet, an invitation in the outbox. */
export async function inviteContact(actor: CurrentUser, input: { customerId: string; name: string; email: string; phone: string | null; locale: Locale }) {
  try {
    return await db.transaction(async (tx) => {
      const [customer] = await tx
        .select({ id: customers.id, archivedAt: customers.archivedAt })
        .from(customers)
        .where(eq(customers.id, input.customerId))
        .for('share')
        .limit(1);
      if (!customer) throw new NotFoundError();
      if (customer.archivedAt) throw new ValidationError('customers.errors.archived');
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, phone: input.phone, role: 'customer', customerId: customer.id, locale: input.locale, passwordHash: null })
        .returning({ id: users.id, email: users.email, name: users.name });
      await sendInvitation(tx, { ...user, locale: input.locale }, actor.name);
      await recordAudit(tx, actor, {
        action: 'customer.invite_contact',
        entityType: 'customer',
        entityId: customer.id,
        after: { userId: user.id, email: user.email },
      });
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_uq')) throw new ValidationError('errors.emailTaken', { email: ['errors.emailTaken'] });
    throw err;
  }
}

/** Another invitation for a contact who has not set a password yet; the older link stops working. */
export async function resendContactInvite(actor: CurrentUser, input: { customerId: string; userId: string }) {
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, hash: users.passwordHash, status: users.status })
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.customerId, input.customerId), eq(users.role, 'customer')))
      .limit(1);
    if (!user) throw new NotFoundError();
    if (user.hash || user.status !== 'active') throw new ValidationError('customers.errors.alreadyActive');
    await sendInvitation(tx, { id: user.id, email: user.email, name: user.name, locale: user.locale ?? 'id' }, actor.name);
    await recordAudit(tx, actor, { action: 'customer.resend_invite', entityType: 'customer', entityId: input.customerId, after: { userId: user.id } });
  });
}
