import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, projects, slaPlans, tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { isForeignKeyViolation } from '@/lib/customers/service';
import type { SlaPlanValues } from './schemas';

const nameTaken = () => new ValidationError('slaPlans.errors.nameTaken', { name: ['slaPlans.errors.nameTaken'] });

function columnsOf(v: SlaPlanValues) {
  return {
    name: v.name,
    responseMinutes: v.responseTotal,
    resolutionMinutes: v.resolutionTotal,
    warningPercent: v.warningPercent,
    pauseOnPending: v.pauseOnPending,
  };
}

/** Open tickets keep the targets they copied when they opened; a change applies to new tickets. */
export async function saveSlaPlan(actor: CurrentUser, input: SlaPlanValues) {
  try {
    return await db.transaction(async (tx) => {
      if (input.id) {
        const [before] = await tx.select().from(slaPlans).where(eq(slaPlans.id, input.id)).for('update').limit(1);
        if (!before) throw new NotFoundError();
        const [after] = await tx.update(slaPlans).set(columnsOf(input)).where(eq(slaPlans.id, input.id)).returning();
        await recordAudit(tx, actor, { action: 'sla_plan.update', entityType: 'sla_plan', entityId: after.id, before, after });
        return after;
      }
      const [created] = await tx.insert(slaPlans).values(columnsOf(input)).returning();
      await recordAudit(tx, actor, { action: 'sla_plan.create', entityType: 'sla_plan', entityId: created.id, after: created });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'sla_plans_name_uq')) throw nameTaken();
    throw err;
  }
}

/** An inactive plan is no longer offered for customers and projects; those already on it keep it. */
export async function setSlaPlanActive(actor: CurrentUser, id: string, active: boolean) {
  return db.transaction(async (tx) => {
    const [after] = await tx.update(slaPlans).set({ active }).where(eq(slaPlans.id, id)).returning({ id: slaPlans.id, name: slaPlans.name });
    if (!after) throw new NotFoundError();
    await recordAudit(tx, actor, { action: active ? 'sla_plan.activate' : 'sla_plan.deactivate', entityType: 'sla_plan', entityId: id, after: { active } });
    return after;
  });
}

/** Only a plan nothing uses may be deleted; tickets, customers and projects keep their plan, so it is deactivated instead. */
export async function deleteSlaPlan(actor: CurrentUser, id: string) {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(slaPlans).where(eq(slaPlans.id, id)).for('update').limit(1);
      if (!before) throw new NotFoundError();
      const [t, c, p] = await Promise.all([
        tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.slaPlanId, id)).limit(1),
        tx.select({ id: customers.id }).from(customers).where(eq(customers.slaPlanId, id)).limit(1),
        tx.select({ id: projects.id }).from(projects).where(eq(projects.slaPlanId, id)).limit(1),
      ]);
      if (t.length || c.length || p.length) throw new ValidationError('slaPlans.errors.inUse');
      await tx.delete(slaPlans).where(eq(slaPlans.id, id));
      await recordAudit(tx, actor, { action: 'sla_plan.delete', entityType: 'sla_plan', entityId: id, before });
      return { id, name: before.name };
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new ValidationError('slaPlans.errors.inUse');
    throw err;
  }
}
