import 'server-only';
import { asc, count, desc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { customers, projects, slaPlans } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

const planColumns = {
  id: slaPlans.id,
  name: slaPlans.name,
  responseMinutes: slaPlans.responseMinutes,
  resolutionMinutes: slaPlans.resolutionMinutes,
  warningPercent: slaPlans.warningPercent,
  pauseOnPending: slaPlans.pauseOnPending,
  active: slaPlans.active,
};

/** All plans with how many customers and projects use them (a handful of rows). */
export async function listSlaPlans() {
  await requirePermission('sla.manage');
  const [plans, byCustomer, byProject] = await Promise.all([
    db.select(planColumns).from(slaPlans).orderBy(desc(slaPlans.active), asc(slaPlans.responseMinutes), asc(slaPlans.name)),
    db.select({ planId: customers.slaPlanId, n: count() }).from(customers).groupBy(customers.slaPlanId),
    db.select({ planId: projects.slaPlanId, n: count() }).from(projects).groupBy(projects.slaPlanId),
  ]);
  const c = new Map(byCustomer.map((r) => [r.planId, r.n]));
  const p = new Map(byProject.map((r) => [r.planId, r.n]));
  return plans.map((plan) => ({ ...plan, customers: c.get(plan.id) ?? 0, projects: p.get(plan.id) ?? 0 }));
}
export type SlaPlanRow = Awaited<ReturnType<typeof listSlaPlans>>[number];

export async function getSlaPlanForEdit(id: string) {
  await requirePermission('sla.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db.select(planColumns).from(slaPlans).where(eq(slaPlans.id, id)).limit(1);
  return row ?? null;
}

/**
 * Choices for the customer and project forms: active plans, plus the record's current plan even
 * when it has been deactivated since (so editing other fields does not silently drop it).
 */
export async function listSlaPlanOptions(currentId?: string | null) {
  await requirePermission('customer.read');
  const keep = currentId && z.uuid().safeParse(currentId).success ? eq(slaPlans.id, currentId) : undefined;
  return db
    .select({ id: slaPlans.id, name: slaPlans.name, active: slaPlans.active, responseMinutes: slaPlans.responseMinutes, resolutionMinutes: slaPlans.resolutionMinutes })
    .from(slaPlans)
    .where(keep ? or(eq(slaPlans.active, true), keep) : eq(slaPlans.active, true))
    .orderBy(asc(slaPlans.responseMinutes), asc(slaPlans.name));
}
export type SlaPlanOption = Awaited<ReturnType<typeof listSlaPlanOptions>>[number];
