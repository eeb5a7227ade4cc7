import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { areas, ispApplications, ispPlanAreas, ispPlans, subscriptions, waitingList } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { isForeignKeyViolation } from '@/lib/customers/service';
import type { PlanValues } from './schemas';

const slugTaken = () => new ValidationError('isp.plans.errors.slugTaken', { slug: ['isp.plans.errors.slugTaken'] });

function columnsOf(v: PlanValues) {
  return {
    name: v.name,
    slug: v.slug,
    downloadMbps: v.downloadMbps,
    uploadMbps: v.uploadMbps,
    monthlyPriceIdr: v.monthlyPriceIdr,
    installationFeeIdr: v.installationFeeIdr,
    description: v.description,
    active: v.active,
    sortOrder: v.sortOrder,
  };
}

async function replaceAreas(tx: Tx, planId: string, codes: string[]) {
  if (codes.length) {
    const known = await tx.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes));
    if (known.length !== codes.length) throw new ValidationError('isp.plans.errors.unknownArea', { areaCodes: ['isp.plans.errors.unknownArea'] });
  }
  await tx.delete(ispPlanAreas).where(eq(ispPlanAreas.planId, planId));
  if (codes.length) await tx.insert(ispPlanAreas).values(codes.map((areaCode) => ({ planId, areaCode })));
}

/** Create or edit a plan with the areas where it is sold. Applications keep the plan they chose. */
export async function savePlan(actor: CurrentUser, input: PlanValues) {
  try {
    return await db.transaction(async (tx) => {
      if (input.id) {
        const [before] = await tx.select().from(ispPlans).where(eq(ispPlans.id, input.id)).for('update').limit(1);
        if (!before) throw new NotFoundError();
        const beforeAreas = await tx.select({ code: ispPlanAreas.areaCode }).from(ispPlanAreas).where(eq(ispPlanAreas.planId, input.id));
        const [after] = await tx.update(ispPlans).set(columnsOf(input)).where(eq(ispPlans.id, input.id)).returning();
        await replaceAreas(tx, after.id, input.areaCodes);
        await recordAudit(tx, actor, {
          action: 'isp_plan.update',
          entityType: 'isp_plan',
          entityId: after.id,
          before: { ...before, areaCodes: beforeAreas.map((a) => a.code).sort() },
          after: { ...after, areaCodes: [...input.areaCodes].sort() },
        });
        return after;
      }
      const [created] = await tx.insert(ispPlans).values(columnsOf(input)).returning();
      await replaceAreas(tx, created.id, input.areaCodes);
      await recordAudit(tx, actor, { action: 'isp_plan.create', entityType: 'isp_plan', entityId: created.id, after: { ...created, areaCodes: input.areaCodes } });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'isp_plans_slug_uq')) throw slugTaken();
    throw err;
  }
}

/** An inactive plan disappears from /internet and the sign-up form; subscribers on it keep it. */
export async function setPlanActive(actor: CurrentUser, id: string, active: boolean) {
  return db.transaction(async (tx) => {
    const [after] = await tx.update(ispPlans).set({ active }).where(eq(ispPlans.id, id)).returning({ id: ispPlans.id, name: ispPlans.name });
    if (!after) throw new NotFoundError();
    await recordAudit(tx, actor, { action: active ? 'isp_plan.activate' : 'isp_plan.deactivate', entityType: 'isp_plan', entityId: id, after: { active } });
    return after;
  });
}

/** Only a plan nobody chose may be deleted (applications, subscriptions and leads keep theirs): deactivate it instead. */
export async function deletePlan(actor: CurrentUser, id: string) {
  try {
    return await deletePlanTx(actor, id);
  } catch (err) {
    // Someone chose the plan between the check and the delete.
    if (isForeignKeyViolation(err)) throw new ValidationError('isp.plans.errors.inUse');
    throw err;
  }
}

async function deletePlanTx(actor: CurrentUser, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(ispPlans).where(eq(ispPlans.id, id)).for('update').limit(1);
    if (!before) throw new NotFoundError();
    const [{ used }] = await tx.execute<{ used: boolean }>(sql`
      select exists (select 1 from ${ispApplications} where plan_id = ${id})
          or exists (select 1 from ${subscriptions} where plan_id = ${id})
          or exists (select 1 from ${waitingList} where plan_id = ${id}) as used`);
    if (used) throw new ValidationError('isp.plans.errors.inUse');
    await tx.delete(ispPlans).where(eq(ispPlans.id, id));
    await recordAudit(tx, actor, { action: 'isp_plan.delete', entityType: 'isp_plan', entityId: id, before });
    return { id, name: before.name };
  });
}
