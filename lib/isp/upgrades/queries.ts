import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { bandwidthUpgrades, customers, subscriptions, upgradeRequests, upgradeRules, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { pageInfo } from '@/lib/db-utils';
import { businessToday } from '@/lib/isp/subscriptions/queries';
import { tenureMonths } from '@/lib/isp/subscriptions/tenure';
import { countEligible, listEligible, ruleOpen } from './eligibility';

export type RuleRow = typeof upgradeRules.$inferSelect & { running: number; total: number; open: boolean };

/** Rules with how many upgrades each gave (running / in total). Support sees them to apply; admin edits. */
export async function listRules(): Promise<{ rules: RuleRow[]; today: string; canEdit: boolean; openRequests: number }> {
  const me = await requirePermission('signup.review');
  const today = await businessToday();
  const rows = await db
    .select({
      rule: upgradeRules,
      running: sql<number>`(select count(*)::int from bandwidth_upgrades u where u.rule_id = upgrade_rules.id and u.status = 'active')`,
      total: sql<number>`(select count(*)::int from bandwidth_upgrades u where u.rule_id = upgrade_rules.id and u.status <> 'cancelled')`,
    })
    .from(upgradeRules)
    .orderBy(desc(upgradeRules.active), desc(upgradeRules.createdAt));
  // (The subqueries name upgrade_rules.id literally: Drizzle leaves the columns of a one-table select
  // unqualified, and a bare "id" inside them would be the upgrade's own id.)
  const [{ n }] = await db.select({ n: count() }).from(upgradeRequests).where(eq(upgradeRequests.status, 'open'));
  return {
    rules: rows.map((r) => ({ ...r.rule, running: Number(r.running), total: Number(r.total), open: ruleOpen(r.rule, today) })),
    today,
    canEdit: can(me.role, 'isp.manage'),
    openRequests: Number(n),
  };
}

/** One rule for the edit form (isp.manage). */
export async function getRuleForEdit(id: string) {
  await requirePermission('isp.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [rule] = await db.select().from(upgradeRules).where(eq(upgradeRules.id, id)).limit(1);
  return rule ?? null;
}

export const ELIGIBLE_PAGE_SIZE = 50;

/**
 * The rule's eligible subscribers today: the preview count and one page of them (one query each,
 * both on the same WHERE clause — see eligibility.ts).
 */
export async function getEligiblePreview(ruleId: string, page?: number) {
  await requirePermission('signup.review');
  if (!z.uuid().safeParse(ruleId).success) return null;
  const [rule] = await db.select().from(upgradeRules).where(eq(upgradeRules.id, ruleId)).limit(1);
  if (!rule) return null;
  const today = await businessToday();
  const started = performance.now();
  const total = await countEligible(db, rule, today);
  const countMs = performance.now() - started;
  const info = pageInfo(page, total, ELIGIBLE_PAGE_SIZE);
  const rows = await listEligible(db, rule, today, { limit: info.size, offset: info.offset });
  const items = rows.map((r) => ({ ...r, tenureMonths: tenureMonths(r.startDate, today) }));
  return { rule, today, open: ruleOpen(rule, today), items, ...info, countMs };
}

/** The latest upgrades given under a rule (who, when, until, state). */
export async function listRuleUpgrades(ruleId: string, limit = 20) {
  await requirePermission('signup.review');
  return db
    .select({
      id: bandwidthUpgrades.id,
      subscriptionId: bandwidthUpgrades.subscriptionId,
      customerName: customers.name,
      extraMbps: bandwidthUpgrades.extraMbps,
      startsAt: bandwidthUpgrades.startsAt,
      endsAt: bandwidthUpgrades.endsAt,
      status: bandwidthUpgrades.status,
      appliedByName: users.name,
    })
    .from(bandwidthUpgrades)
    .innerJoin(subscriptions, eq(subscriptions.id, bandwidthUpgrades.subscriptionId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .leftJoin(users, eq(users.id, bandwidthUpgrades.appliedBy))
    .where(and(eq(bandwidthUpgrades.ruleId, ruleId)))
    .orderBy(desc(bandwidthUpgrades.createdAt))
    .limit(limit);
}

/** Rules that can be applied today (switched on, inside their offer window), for the apply-one form. */
export async function listOpenRuleOptions(): Promise<Array<{ id: string; name: string }>> {
  await requirePermission('signup.review');
  const today = await businessToday();
  const rows = await db.select().from(upgradeRules).where(eq(upgradeRules.active, true)).orderBy(upgradeRules.name);
  return rows.filter((r) => ruleOpen(r, today)).map((r) => ({ id: r.id, name: r.name }));
}
