// Who a bandwidth-upgrade rule may upgrade: tenure on calendar months in the business zone (the
// anniversary day counts, the day before does not; month-end starts clamp like PostgreSQL), plans,
// the offer window, no running upgrade, once per rule — all in the one SQL clause the preview uses,
// and re-checked on the locked row when an upgrade is applied.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { bandwidthUpgrades, subscriptions } from '@/db/schema';
import { fromZoned } from '@/lib/format/date';
import { addMonths } from '@/lib/isp/subscriptions/tenure';
import { countEligible, eligibleIdsAfter, listEligible } from '@/lib/isp/upgrades/eligibility';
import { applyRuleUpgrade } from '@/lib/isp/upgrades/service';
import { listRules } from '@/lib/isp/upgrades/queries';
import { runAs } from '../helpers/session';
import { createUser, type TestUser } from '../helpers/factories';
import { opsPlan, opsRule, opsSubscription } from './ops-factories';

let helpdesk: TestUser;
beforeAll(async () => {
  helpdesk = await createUser('helpdesk');
});

/** The rule's eligible subscriptions among `ids` on `today`. */
async function eligibleAmong(rule: Awaited<ReturnType<typeof opsRule>>, today: string, ids: string[]) {
  const all = await eligibleIdsAfter(db, rule, today, null, 10_000);
  return ids.filter((id) => all.includes(id));
}

/** 10:00 WIB on a local date. */
const at = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return fromZoned(y, m, day, 10, 0, 'Asia/Jakarta');
};

describe('tenure edge dates', () => {
  it('12 months: one day before the anniversary no, on it yes, after it yes', async () => {
    const plan = await opsPlan();
    const rule = await opsRule({ minTenureMonths: 12, planIds: [plan.id] });
    const s = await opsSubscription({ planId: plan.id, startDate: '2025-11-25' });
    expect(await eligibleAmong(rule, '2026-11-24', [s.id])).toEqual([]);
    expect(await eligibleAmong(rule, '2026-11-25', [s.id])).toEqual([s.id]);
    expect(await eligibleAmong(rule, '2026-11-26', [s.id])).toEqual([s.id]);
    expect(await countEligible(db, rule, '2026-11-24')).toBe(0);
    expect(await countEligible(db, rule, '2026-11-25')).toBe(1);
  });

  it('month-end starts (Jan 31, Mar 31, leap day) reach their anniversary on the clamped day', async () => {
    const plan = await opsPlan();
    const one = await opsRule({ minTenureMonths: 1, planIds: [plan.id] });
    const twelve = await opsRule({ minTenureMonths: 12, planIds: [plan.id] });
    const jan31 = await opsSubscription({ planId: plan.id, startDate: '2026-01-31' });
    const mar31 = await opsSubscription({ planId: plan.id, startDate: '2026-03-31' });
    const leap = await opsSubscription({ planId: plan.id, startDate: '2028-02-29' });
    // Jan 31 + 1 month = Feb 28 (2026 is not a leap year).
    expect(await eligibleAmong(one, '2026-02-27', [jan31.id])).toEqual([]);
    expect(await eligibleAmong(one, '2026-02-28', [jan31.id])).toEqual([jan31.id]);
    expect(await eligibleAmong(one, '2026-03-01', [jan31.id])).toEqual([jan31.id]);
    // Mar 31 + 1 month = Apr 30.
    expect(await eligibleAmong(one, '2026-04-29', [mar31.id])).toEqual([]);
    expect(await eligibleAmong(one, '2026-04-30', [mar31.id])).toEqual([mar31.id]);
    // Feb 29 2028 + 12 months = Feb 28 2029.
    expect(await eligibleAmong(twelve, '2029-02-27', [leap.id])).toEqual([]);
    expect(await eligibleAmong(twelve, '2029-02-28', [leap.id])).toEqual([leap.id]);
  });

  it('agrees with PostgreSQL’s own `start_date + interval` for every start in two years', async () => {
    const plan = await opsPlan();
    const rule = await opsRule({ minTenureMonths: 3, planIds: [plan.id] });
    const starts = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2025, 10, 1 + i * 6)).toISOString().slice(0, 10));
    const subs = [];
    for (const d of starts) subs.push(await opsSubscription({ planId: plan.id, startDate: d }));
    for (const today of ['2026-02-28', '2026-03-31', '2026-05-30', '2026-05-31', '2026-06-01']) {
      const got = (await eligibleIdsAfter(db, rule, today, null, 10_000)).sort();
      const rows = await db.execute<{ id: string }>(
        sql`select id from subscriptions where plan_id = ${plan.id} and (start_date + interval '3 months')::date <= ${today}::date order by id`,
      );
      expect(got, today).toEqual(rows.map((r) => r.id).sort());
      expect(got.length, today).toBe(subs.filter((s) => addMonths(s.startDate, 3) <= today).length);
    }
  });
});

describe('the other conditions', () => {
  it('plans, status, offer window, active flag', async () => {
    const [a, b] = [await opsPlan(), await opsPlan()];
    const onA = await opsSubscription({ planId: a.id, startDate: '2020-01-01' });
    const onB = await opsSubscription({ planId: b.id, startDate: '2020-01-01' });
    const suspended = await opsSubscription({ planId: a.id, startDate: '2020-01-01', status: 'suspended' });
    const onlyA = await opsRule({ planIds: [a.id] });
    expect(await eligibleAmong(onlyA, '2026-06-01', [onA.id, onB.id, suspended.id])).toEqual([onA.id]);
    const both = await opsRule({ planIds: [a.id, b.id] });
    expect(await eligibleAmong(both, '2026-06-01', [onA.id, onB.id, suspended.id])).toEqual([onA.id, onB.id]);
    const window = await opsRule({ planIds: [a.id], offerStart: '2026-06-01', offerEnd: '2026-06-30' });
    expect(await eligibleAmong(window, '2026-05-31', [onA.id])).toEqual([]);
    expect(await eligibleAmong(window, '2026-06-01', [onA.id])).toEqual([onA.id]);
    expect(await eligibleAmong(window, '2026-06-30', [onA.id])).toEqual([onA.id]);
    expect(await eligibleAmong(window, '2026-07-01', [onA.id])).toEqual([]);
    const off = await opsRule({ planIds: [a.id], active: false });
    expect(await countEligible(db, off, '2026-06-01')).toBe(0);
  });

  it('no running upgrade, and a rule rewards a subscription once; the list shows the longest tenure first', async () => {
    const plan = await opsPlan();
    const rule = await opsRule({ planIds: [plan.id] });
    const other = await opsRule({ planIds: [plan.id] });
    const old = await opsSubscription({ planId: plan.id, startDate: '2019-05-01' });
    const mid = await opsSubscription({ planId: plan.id, startDate: '2022-05-01' });
    expect((await listEligible(db, rule, '2026-06-01', { limit: 10, offset: 0 })).map((r) => r.id)).toEqual([old.id, mid.id]);
    await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: old.id, rule: other, actor: helpdesk, now: at('2026-06-01') }));
    // A running upgrade (from another rule) keeps it out of every rule.
    expect(await eligibleAmong(rule, '2026-06-01', [old.id, mid.id])).toEqual([mid.id]);
    // Once it ended, other rules see it again, but the rule that gave it does not.
    await db.update(bandwidthUpgrades).set({ status: 'reverted', revertedAt: new Date() }).where(eq(bandwidthUpgrades.subscriptionId, old.id));
    expect(await eligibleAmong(rule, '2026-06-01', [old.id, mid.id])).toEqual([old.id, mid.id]);
    expect(await eligibleAmong(other, '2026-06-01', [old.id, mid.id])).toEqual([mid.id]);
    // The rules list counts what each rule gave (running / in total).
    await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: mid.id, rule: other, actor: helpdesk, now: at('2026-06-01') }));
    const { rules } = await runAs(helpdesk, () => listRules());
    expect(rules.find((r) => r.id === other.id)).toMatchObject({ running: 1, total: 2 });
    expect(rules.find((r) => r.id === rule.id)).toMatchObject({ running: 0, total: 0 });
  });
});

describe('applying re-checks eligibility on the locked row', () => {
  it('refuses one day before the anniversary and applies on it (business-zone date of `now`)', async () => {
    const plan = await opsPlan({ downloadMbps: 30, uploadMbps: 30 });
    const rule = await opsRule({ minTenureMonths: 12, planIds: [plan.id], extraMbps: 10 });
    const s = await opsSubscription({ planId: plan.id, startDate: '2025-11-25' });
    await expect(db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: s.id, rule, actor: helpdesk, now: at('2026-11-24') }))).rejects.toMatchObject({
      messageKey: 'ispOps.upgrades.errors.notEligible',
    });
    // 2026-11-24T17:30Z is already the 25th in Jakarta (UTC+7).
    const u = await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: s.id, rule, actor: helpdesk, now: new Date('2026-11-24T17:30:00Z') }));
    expect(u.downloadMbps).toBe(40);
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, s.id));
    expect(row.downloadMbps).toBe(40);
    // Until three calendar months later, same wall-clock time.
    expect(u.endsAt.toISOString()).toBe('2027-02-24T17:30:00.000Z');
    await expect(db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: s.id, rule, actor: helpdesk, now: at('2026-12-01') }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
