import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { customers, projects, slaPlans, tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { ProjectValues } from './schemas';

function columnsOf(v: ProjectValues) {
  return {
    name: v.name,
    deliveryBegin: v.deliveryBegin,
    deliveryEnd: v.deliveryEnd,
    installationBegin: v.installationBegin,
    installationEnd: v.installationEnd,
    uatBegin: v.uatBegin,
    uatEnd: v.uatEnd,
    billingStart: v.billingStart,
    billingDue: v.billingDue,
    warrantyMonths: v.warrantyMonths,
    contractStart: v.contractStart,
    contractMonths: v.contractMonths,
    slaPlanId: v.slaPlanId,
    notes: v.notes,
  };
}

async function assertPlanUsable(tx: Tx, planId: string | null, currentPlanId: string | null = null) {
  if (!planId || planId === currentPlanId) return;
  const [plan] = await tx.select({ active: slaPlans.active }).from(slaPlans).where(eq(slaPlans.id, planId)).limit(1);
  if (!plan?.active) throw new ValidationError('customers.errors.planUnknown', { slaPlanId: ['customers.errors.planUnknown'] });
}

export async function createProject(actor: CurrentUser, input: ProjectValues) {
  return db.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: customers.id, archivedAt: customers.archivedAt })
      .from(customers)
      .where(eq(customers.id, input.customerId))
      .for('share')
      .limit(1);
    if (!customer) throw new NotFoundError();
    if (customer.archivedAt) throw new ValidationError('customers.errors.archived');
    await assertPlanUsable(tx, input.slaPlanId);
    const [created] = await tx
      .insert(projects)
      .values({ ...columnsOf(input), customerId: customer.id })
      .returning({ id: projects.id, version: projects.version });
    await recordAudit(tx, actor, { action: 'project.create', entityType: 'project', entityId: created.id, after: { customerId: customer.id, ...columnsOf(input) } });
    return created;
  });
}

/** Optimistic update scoped to the customer in the URL: another customer's project is a 404. */
export async function updateProject(actor: CurrentUser, input: ProjectValues & { id: string; version: number }) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.id, input.id), eq(projects.customerId, input.customerId)))
      .limit(1);
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError();
    await assertPlanUsable(tx, input.slaPlanId, before.slaPlanId);
    const [after] = await tx
      .update(projects)
      .set({ ...columnsOf(input), version: sql`${projects.version} + 1` })
      .where(and(eq(projects.id, input.id), eq(projects.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, actor, { action: 'project.update', entityType: 'project', entityId: after.id, before, after });
    return after;
  });
}

/** A project that tickets refer to stays: its history (warranty, contract) explains those tickets. */
export async function deleteProject(actor: CurrentUser, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(eq(projects.id, id)).for('update').limit(1);
    if (!before) throw new NotFoundError();
    const [{ n }] = await tx.select({ n: count() }).from(tickets).where(eq(tickets.projectId, id));
    if (n > 0) throw new ValidationError('projects.errors.inUse');
    await tx.delete(projects).where(eq(projects.id, id));
    await recordAudit(tx, actor, { action: 'project.delete', entityType: 'project', entityId: id, before });
    return { id, customerId: before.customerId, name: before.name };
  });
}
