import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { bandwidthHistory, bandwidthUpgrades, ispPlans, subscriptions, upgradeRequests, upgradeRules } from '@/db/schema';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { formatDate, fromZoned, zonedParts } from '@/lib/format/date';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { loadSettings } from '@/lib/settings/store';
import { appUrl } from '@/lib/urls';
import { customerRecipients } from '@/lib/isp/scheduling/notify';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { addMonths, tenureMonths } from '@/lib/isp/subscriptions/tenure';
import { eligibleIdsAfter, ruleOpen, type Rule } from './eligibility';
import type { RuleValues } from './schemas';

type Sub = typeof subscriptions.$inferSelect;

/** `at` + N calendar months at the same wall-clock time in the business zone. */
export function addMonthsAt(at: Date, months: number, timeZone: string): Date {
  const p = zonedParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = addMonths(`${p.year}-${pad(p.month)}-${pad(p.day)}`, months).split('-').map(Number);
  return new Date(fromZoned(y, m, d, p.hour, p.minute, timeZone).getTime() + p.second * 1000);
}

async function lockSubscription(tx: Tx, id: string): Promise<Sub> {
  const [s] = await tx.select().from(subscriptions).where(eq(subscriptions.id, id)).for('update').limit(1);
  if (!s) throw new NotFoundError();
  return s;
}

async function mailCustomer(tx: Tx, sub: Pick<Sub, 'id' | 'customerId'>, key: 'applied' | 'ended' | 'rejected', params: Record<string, string | number>, dedupeKey: string) {
  const { timeZone } = (await loadSettings(tx)).regional;
  for (const r of await customerRecipients(tx, sub.customerId)) {
    const t = translatorFor(r.locale, 'ispOpsMail');
    const p = { ...params, until: typeof params.until === 'string' ? formatDate(params.until, r.locale, timeZone) : '' };
    await enqueueMessage(tx, {
      to: r.email,
      template: 'notification',
      locale: r.locale,
      data: { name: r.name, title: t(`upgrade.${key}.title`, p), lines: [t(`upgrade.${key}.body`, p)], url: appUrl(`/account/subscriptions/${sub.id}`) },
      dedupeKey: `${dedupeKey}:${r.email}`,
    });
  }
}

/**
 * Raises a (locked) subscription's bandwidth for a while: the upgrade row with who/when/until, the
 * speed, a history row, the audit row and the customer's e-mail — all in the caller's transaction.
 * The partial unique index allows one running upgrade per subscription, so a race ends in CONFLICT.
 */
async function grantUpgrade(tx: Tx, sub: Sub, g: { ruleId: string | null; extraMbps: number; durationMonths: number; actor: Actor; now: Date }) {
  if (sub.status !== 'active') throw new ValidationError('ispOps.upgrades.errors.notActive');
  const { timeZone } = (await loadSettings(tx)).regional;
  const endsAt = addMonthsAt(g.now, g.durationMonths, timeZone);
  let upgrade: { id: string };
  try {
    upgrade = await tx.transaction(async (sp) => {
      const [u] = await sp
        .insert(bandwidthUpgrades)
        .values({ subscriptionId: sub.id, ruleId: g.ruleId, extraMbps: g.extraMbps, startsAt: g.now, endsAt, appliedBy: g.actor?.id ?? null, createdAt: g.now })
        .returning({ id: bandwidthUpgrades.id });
      return u;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'bandwidth_upgrades_active_uq')) throw new ConflictError('ispOps.upgrades.errors.alreadyRunning');
    throw err;
  }
  const [after] = await tx
    .update(subscriptions)
    .set({ downloadMbps: sql`${subscriptions.downloadMbps} + ${g.extraMbps}`, version: sql`${subscriptions.version} + 1` })
    .where(eq(subscriptions.id, sub.id))
    .returning({ downloadMbps: subscriptions.downloadMbps, uploadMbps: subscriptions.uploadMbps });
  await tx.insert(bandwidthHistory).values({
    subscriptionId: sub.id,
    downloadMbps: after.downloadMbps,
    uploadMbps: after.uploadMbps,
    reason: 'upgrade',
    upgradeId: upgrade.id,
    changedBy: g.actor?.id ?? null,
    at: g.now,
  });
  await recordAudit(tx, g.actor, {
    action: 'upgrade.apply',
    entityType: 'subscription',
    entityId: sub.id,
    before: { downloadMbps: sub.downloadMbps },
    after: { downloadMbps: after.downloadMbps, upgradeId: upgrade.id, ruleId: g.ruleId, extraMbps: g.extraMbps, endsAt, automatic: !g.actor },
  });
  await mailCustomer(tx, sub, 'applied', { extra: g.extraMbps, download: after.downloadMbps, until: localDateOf(endsAt, timeZone) }, `upgrade-applied:${upgrade.id}`);
  return { id: upgrade.id, endsAt, downloadMbps: after.downloadMbps };
}

/**
 * Applies a rule to one subscription, re-checking eligibility on the locked row (the list the user
 * saw may be stale): active, tenure, plan, offer window, no running upgrade, not rewarded by this
 * rule before. Two appliers of one subscription serialise on the row lock; the second is refused.
 */
export async function applyRuleUpgrade(tx: Tx, cmd: { subscriptionId: string; rule: Rule; actor: Actor; now?: Date }) {
  const now = cmd.now ?? new Date();
  const { timeZone } = (await loadSettings(tx)).regional;
  const today = localDateOf(now, timeZone);
  const sub = await lockSubscription(tx, cmd.subscriptionId);
  const notEligible = () => new ValidationError('ispOps.upgrades.errors.notEligible');
  if (!ruleOpen(cmd.rule, today) || sub.status !== 'active') throw notEligible();
  if (tenureMonths(sub.startDate, today) < cmd.rule.minTenureMonths) throw notEligible();
  if (cmd.rule.planIds.length && !cmd.rule.planIds.includes(sub.planId)) throw notEligible();
  const [prior] = await tx
    .select({ id: bandwidthUpgrades.id, status: bandwidthUpgrades.status, ruleId: bandwidthUpgrades.ruleId })
    .from(bandwidthUpgrades)
    .where(and(eq(bandwidthUpgrades.subscriptionId, sub.id), sql`(${bandwidthUpgrades.status} = 'active' or (${bandwidthUpgrades.ruleId} = ${cmd.rule.id} and ${bandwidthUpgrades.status} <> 'cancelled'))`))
    .limit(1);
  if (prior) throw prior.status === 'active' ? new ConflictError('ispOps.upgrades.errors.alreadyRunning') : notEligible();
  return grantUpgrade(tx, sub, { ruleId: cmd.rule.id, extraMbps: cmd.rule.extraMbps, durationMonths: cmd.rule.durationMonths, actor: cmd.actor, now });
}

export async function loadRule(conn: Tx | typeof db, ruleId: string): Promise<Rule> {
  const [rule] = await conn.select().from(upgradeRules).where(eq(upgradeRules.id, ruleId)).limit(1);
  if (!rule) throw new NotFoundError();
  return rule;
}

export type ApplyOutcome = { applied: number; skipped: number };

/** One transaction per subscription: a refusal (stale list, race) skips that one and keeps going. */
export async function applyRuleToMany(actor: Actor, ruleId: string, subscriptionIds: string[], now = new Date()): Promise<ApplyOutcome> {
  const rule = await loadRule(db, ruleId);
  let applied = 0;
  let skipped = 0;
  for (const id of [...new Set(subscriptionIds)]) {
    try {
      await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: id, rule, actor, now }));
      applied++;
    } catch (err) {
      if (err instanceof ValidationError || err instanceof ConflictError || err instanceof NotFoundError) skipped++;
      else throw err;
    }
  }
  return { applied, skipped };
}

/** How many subscriptions one "apply to all eligible" call handles before returning to the page. */
export const APPLY_ALL_BATCH = 100;

/**
 * One batch of "apply to all eligible": the next eligible ids after `afterId` (keyset, so refusals
 * are not fetched again), each in its own transaction. `done` when no eligible id is left after.
 */
export async function applyRuleToAllBatch(actor: Actor, ruleId: string, afterId: string | null, now = new Date()) {
  const rule = await loadRule(db, ruleId);
  const { timeZone } = (await loadSettings(db)).regional;
  const ids = await eligibleIdsAfter(db, rule, localDateOf(now, timeZone), afterId, APPLY_ALL_BATCH);
  const outcome = await applyRuleToMany(actor, ruleId, ids, now);
  return { ...outcome, lastId: ids.at(-1) ?? null, done: ids.length < APPLY_ALL_BATCH };
}

/** Create or edit a rule (isp.manage). */
export async function saveRule(actor: CurrentUser, v: RuleValues) {
  return db.transaction(async (tx) => {
    if (v.planIds.length) {
      const known = await tx.select({ id: ispPlans.id }).from(ispPlans).where(inArray(ispPlans.id, [...new Set(v.planIds)]));
      if (known.length !== new Set(v.planIds).size) throw new ValidationError('ispOps.upgrades.errors.unknownPlan', { planIds: ['ispOps.upgrades.errors.unknownPlan'] });
    }
    const values = {
      name: v.name,
      minTenureMonths: v.minTenureMonths,
      planIds: [...new Set(v.planIds)],
      extraMbps: v.extraMbps,
      durationMonths: v.durationMonths,
      offerStart: v.offerStart,
      offerEnd: v.offerEnd,
      automatic: v.automatic,
      active: v.active,
    };
    if (v.id) {
      const [before] = await tx.select().from(upgradeRules).where(eq(upgradeRules.id, v.id)).for('update').limit(1);
      if (!before) throw new NotFoundError();
      const [after] = await tx.update(upgradeRules).set(values).where(eq(upgradeRules.id, v.id)).returning();
      await recordAudit(tx, actor, { action: 'upgradeRule.update', entityType: 'upgrade_rule', entityId: v.id, before, after });
      return { id: after.id };
    }
    const [row] = await tx.insert(upgradeRules).values({ ...values, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'upgradeRule.create', entityType: 'upgrade_rule', entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Deletes a rule nobody was upgraded by; a used rule stays for the history (switch it off instead). */
export async function deleteRule(actor: CurrentUser, ruleId: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(upgradeRules).where(eq(upgradeRules.id, ruleId)).for('update').limit(1);
    if (!before) throw new NotFoundError();
    const [used] = await tx.select({ id: bandwidthUpgrades.id }).from(bandwidthUpgrades).where(eq(bandwidthUpgrades.ruleId, ruleId)).limit(1);
    if (used) throw new ConflictError('ispOps.upgrades.errors.ruleInUse');
    await tx.delete(upgradeRules).where(eq(upgradeRules.id, ruleId));
    await recordAudit(tx, actor, { action: 'upgradeRule.delete', entityType: 'upgrade_rule', entityId: ruleId, before });
    return { id: ruleId };
  });
}

/** A subscriber asks for more bandwidth on their own active subscription; one open request each. */
export async function requestUpgrade(me: CurrentUser, input: { subscriptionId: string; note: string }) {
  if (!me.customerId) throw new NotFoundError();
  const customerId = me.customerId;
  return db.transaction(async (tx) => {
    const [sub] = await tx
      .select({ id: subscriptions.id, status: subscriptions.status })
      .from(subscriptions)
      .where(and(eq(subscriptions.id, input.subscriptionId), eq(subscriptions.customerId, customerId)))
      .limit(1);
    if (!sub) throw new NotFoundError();
    if (sub.status !== 'active') throw new ValidationError('ispOps.upgrades.errors.notActive');
    let row: { id: string };
    try {
      row = await tx.transaction(async (sp) => {
        const [r] = await sp.insert(upgradeRequests).values({ subscriptionId: sub.id, customerId, note: input.note || null }).returning({ id: upgradeRequests.id });
        return r;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'upgrade_requests_open_uq')) throw new ConflictError('ispOps.requests.errors.alreadyOpen');
      throw err;
    }
    await recordAudit(tx, me, { action: 'upgradeRequest.create', entityType: 'upgrade_request', entityId: row.id, after: { subscriptionId: sub.id, note: input.note || null } });
    return row;
  });
}

async function lockOpenRequest(tx: Tx, requestId: string) {
  const [req] = await tx.select().from(upgradeRequests).where(eq(upgradeRequests.id, requestId)).for('update').limit(1);
  if (!req) throw new NotFoundError();
  if (req.status !== 'open') throw new ConflictError('ispOps.requests.errors.handled');
  return req;
}

/** Support approves a request: the upgrade is applied (staff decide; no tenure rule needed). */
export async function approveRequest(actor: CurrentUser, input: { requestId: string; extraMbps: number; durationMonths: number }, now = new Date()) {
  return db.transaction(async (tx) => {
    const req = await lockOpenRequest(tx, input.requestId);
    const sub = await lockSubscription(tx, req.subscriptionId);
    const upgrade = await grantUpgrade(tx, sub, { ruleId: null, extraMbps: input.extraMbps, durationMonths: input.durationMonths, actor, now });
    await tx.update(upgradeRequests).set({ status: 'approved', handledBy: actor.id, handledAt: now }).where(eq(upgradeRequests.id, req.id));
    await recordAudit(tx, actor, { action: 'upgradeRequest.approve', entityType: 'upgrade_request', entityId: req.id, before: { status: 'open' }, after: { status: 'approved', upgradeId: upgrade.id } });
    return { id: req.id, upgradeId: upgrade.id };
  });
}

/** Support declines a request with a reason the customer reads in the e-mail. */
export async function rejectRequest(actor: CurrentUser, input: { requestId: string; reason: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const req = await lockOpenRequest(tx, input.requestId);
    await tx.update(upgradeRequests).set({ status: 'rejected', handledBy: actor.id, handledAt: now }).where(eq(upgradeRequests.id, req.id));
    await recordAudit(tx, actor, { action: 'upgradeRequest.reject', entityType: 'upgrade_request', entityId: req.id, before: { status: 'open' }, after: { status: 'rejected', reason: input.reason } });
    await mailCustomer(tx, { id: req.subscriptionId, customerId: req.customerId }, 'rejected', { reason: input.reason.slice(0, 500) }, `upgrade-request-rejected:${req.id}`);
    return { id: req.id };
  });
}
