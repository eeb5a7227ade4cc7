import 'server-only';
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { customers, ispPlans, subscriptions, upgradeRules } from '@/db/schema';
import { tenureCutoff, type IsoDate } from '@/lib/isp/subscriptions/tenure';

export type Rule = Pick<typeof upgradeRules.$inferSelect, 'id' | 'minTenureMonths' | 'planIds' | 'offerStart' | 'offerEnd' | 'active' | 'extraMbps' | 'durationMonths' | 'name' | 'automatic'>;

/** The rule can be applied today: switched on and inside its offer window (local dates, inclusive). */
export function ruleOpen(rule: Pick<Rule, 'active' | 'offerStart' | 'offerEnd'>, today: IsoDate): boolean {
  return rule.active && rule.offerStart <= today && today <= rule.offerEnd;
}

/**
 * Who a rule may upgrade on `today`, as one WHERE clause on `subscriptions`:
 * - active subscriptions with tenure ≥ N months on today's local date — `start_date <= cutoff`,
 *   which is exactly `start_date + N months <= today` (see tenureCutoff) and runs on the
 *   (status, start_date) index;
 * - on one of the rule's plans (none listed = every plan);
 * - no running upgrade (the partial unique index bandwidth_upgrades_active_uq answers that);
 * - not upgraded by this rule before: a rule is a one-time reward, so an automatic rule does not
 *   start again the day its upgrade ends.
 * A rule outside its offer window (or switched off) matches nobody.
 */
export function eligibleWhere(rule: Rule, today: IsoDate): SQL {
  if (!ruleOpen(rule, today)) return sql`false`;
  const cutoff = tenureCutoff(today, rule.minTenureMonths);
  return and(
    eq(subscriptions.status, 'active'),
    sql`${subscriptions.startDate} <= ${cutoff}::date`,
    rule.planIds.length ? inArray(subscriptions.planId, rule.planIds) : undefined,
    sql`not exists (select 1 from bandwidth_upgrades u where u.subscription_id = subscriptions.id and u.status = 'active')`,
    sql`not exists (select 1 from bandwidth_upgrades u where u.subscription_id = subscriptions.id and u.rule_id = ${rule.id} and u.status <> 'cancelled')`,
  )!;
}

export async function countEligible(conn: Conn, rule: Rule, today: IsoDate): Promise<number> {
  if (!ruleOpen(rule, today)) return 0;
  const [r] = await conn.select({ n: count() }).from(subscriptions).where(eligibleWhere(rule, today));
  return Number(r?.n ?? 0);
}

export type EligibleRow = {
  id: string;
  customerId: string;
  customerName: string;
  planName: string;
  startDate: string;
  areaCode: string;
  downloadMbps: number;
  uploadMbps: number;
};

/** One page of eligible subscribers, longest tenure first. */
export async function listEligible(conn: Conn, rule: Rule, today: IsoDate, opts: { limit: number; offset: number }): Promise<EligibleRow[]> {
  if (!ruleOpen(rule, today)) return [];
  return conn
    .select({
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      customerName: customers.name,
      planName: ispPlans.name,
      startDate: subscriptions.startDate,
      areaCode: subscriptions.areaCode,
      downloadMbps: subscriptions.downloadMbps,
      uploadMbps: subscriptions.uploadMbps,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .where(eligibleWhere(rule, today))
    .orderBy(asc(subscriptions.startDate), asc(subscriptions.id))
    .limit(opts.limit)
    .offset(opts.offset);
}

/** Ids of eligible subscriptions after `afterId` (keyset), for applying to all of them in batches. */
export async function eligibleIdsAfter(conn: Conn, rule: Rule, today: IsoDate, afterId: string | null, limit: number): Promise<string[]> {
  if (!ruleOpen(rule, today)) return [];
  const rows = await conn
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eligibleWhere(rule, today), afterId ? gt(subscriptions.id, afterId) : undefined))
    .orderBy(asc(subscriptions.id))
    .limit(limit);
  return rows.map((r) => r.id);
}
