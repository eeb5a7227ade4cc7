// The ISP operations demo data (db/seed/isp-ops.ts) on top of the rest of the demo: varied tenure,
// both rules, running and ended upgrades consistent with the speeds, complaints linked to
// subscriptions, open requests, and visits today for the demo engineer — and the jobs agree with it.
import { and, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { appointments, bandwidthHistory, bandwidthUpgrades, ispPlans, subscriptions, ticketRatings, tickets, upgradeRequests, upgradeRules, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { LOYAL_12_RULE, seedIspOps } from '@/db/seed/isp-ops';
import { demoPlanId } from '@/db/seed/isp-public';
import { fromZoned } from '@/lib/format/date';
import { localDateOf, addDays } from '@/lib/isp/scheduling/slots';
import { tenureMonths } from '@/lib/isp/subscriptions/tenure';
import { countEligible } from '@/lib/isp/upgrades/eligibility';
import { revertDueUpgrades, runAutomaticUpgrades } from '@/lib/isp/upgrades/jobs';
import { loadSettings } from '@/lib/settings/store';

let today: string;
let timeZone: string;

beforeAll(async () => {
  await seedDemo(db);
  ({ timeZone } = (await loadSettings(db)).regional);
  today = localDateOf(new Date(), timeZone);
}, 180_000);

describe('ISP operations demo data', () => {
  it('is seeded once', async () => {
    expect(await seedIspOps(db)).toBe(0);
    expect(await db.select().from(upgradeRules)).toHaveLength(2);
  });

  it('demo plans carry the same ids in every database (cached public pages keep offering them)', async () => {
    const plans = await db.select({ id: ispPlans.id, slug: ispPlans.slug }).from(ispPlans);
    expect(plans.length).toBe(4);
    for (const p of plans) expect(p.id, p.slug).toBe(demoPlanId(p.slug));
    expect(new Set(plans.map((p) => p.id)).size).toBe(4);
    expect(demoPlanId('rumah-50')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('subscriptions of varied tenure: some past 12 and 24 months, one reaching 12 today', async () => {
    const subs = await db.select().from(subscriptions);
    const tenure = subs.map((s) => tenureMonths(s.startDate, today));
    expect(subs.length).toBeGreaterThanOrEqual(25);
    expect(tenure.filter((m) => m >= 24).length).toBeGreaterThanOrEqual(5);
    expect(tenure.filter((m) => m >= 12 && m < 24).length).toBeGreaterThanOrEqual(5);
    expect(tenure.filter((m) => m < 12).length).toBeGreaterThanOrEqual(5);
    expect(tenure.filter((m) => m === 12).length).toBeGreaterThanOrEqual(1);
    expect(new Set(subs.map((s) => s.status))).toEqual(new Set(['active', 'suspended', 'terminated']));
  });

  it('speeds agree with the upgrades: running ones raise the plan speed, ended ones are back to it', async () => {
    const rows = await db
      .select({ sub: subscriptions, planDown: ispPlans.downloadMbps, running: sql<number | null>`(select u.extra_mbps from bandwidth_upgrades u where u.subscription_id = ${subscriptions.id} and u.status = 'active')` })
      .from(subscriptions)
      .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId));
    for (const r of rows) expect(r.sub.downloadMbps, r.sub.addressLine).toBe(r.planDown + Number(r.running ?? 0));
    const ups = await db.select().from(bandwidthUpgrades);
    expect(ups.filter((u) => u.status === 'active').length).toBeGreaterThanOrEqual(4);
    expect(ups.filter((u) => u.status === 'reverted').length).toBeGreaterThanOrEqual(3);
    const ended = await db.select().from(bandwidthHistory).where(eq(bandwidthHistory.reason, 'upgrade-ended'));
    expect(ended.length).toBe(ups.filter((u) => u.status === 'reverted').length);
    // Nothing is due yet: the reversal job has nothing to do right after seeding.
    expect(await revertDueUpgrades()).toBe(0);
  });

  it('the 12-month rule has eligible subscribers; the automatic 24-month rule is applied by the job, once', async () => {
    const [rule12] = await db.select().from(upgradeRules).where(eq(upgradeRules.name, LOYAL_12_RULE));
    expect(await countEligible(db, rule12, today)).toBeGreaterThan(3);
    const [auto] = await db.select().from(upgradeRules).where(eq(upgradeRules.automatic, true));
    const before = await countEligible(db, auto, today);
    expect(before).toBeGreaterThan(0);
    expect(await runAutomaticUpgrades()).toBe(before);
    expect(await countEligible(db, auto, today)).toBe(0);
    expect(await runAutomaticUpgrades()).toBe(0);
  });

  it('complaints are complaint tickets linked to subscriptions, open and rated ones among them; two requests are open', async () => {
    const rows = await db.select().from(tickets).where(and(eq(tickets.category, 'complaint'), sql`${tickets.subscriptionId} is not null`));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.some((t) => t.status === 'new')).toBe(true);
    expect(rows.some((t) => t.status === 'dispatched')).toBe(true);
    const rated = await db.select().from(ticketRatings).where(inArray(ticketRatings.ticketId, rows.map((t) => t.id)));
    expect(rated.length).toBeGreaterThanOrEqual(2);
    const own = await db.select({ customerId: subscriptions.customerId, id: subscriptions.id }).from(subscriptions).where(inArray(subscriptions.id, rows.map((t) => t.subscriptionId!)));
    for (const t of rows) expect(own.find((s) => s.id === t.subscriptionId)?.customerId).toBe(t.customerId);
    expect(await db.select().from(upgradeRequests).where(eq(upgradeRequests.status, 'open'))).toHaveLength(2);
  });

  it('the demo engineer has visits today and the technicians have visits this week', async () => {
    const [eng] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'engineer@relasi.test'));
    const [y, m, d] = today.split('-').map(Number);
    const start = fromZoned(y, m, d, 0, 0, timeZone);
    const [y2, m2, d2] = addDays(today, 1).split('-').map(Number);
    const end = fromZoned(y2, m2, d2, 0, 0, timeZone);
    const mine = await db.select().from(appointments).where(and(eq(appointments.resourceId, eng.id), gte(appointments.startsAt, start), lt(appointments.startsAt, end), ne(appointments.status, 'cancelled')));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const week = await db.select().from(appointments).where(and(gte(appointments.startsAt, start), lt(appointments.startsAt, new Date(start.getTime() + 7 * 86_400_000))));
    expect(new Set(week.map((a) => a.resourceId)).size).toBeGreaterThanOrEqual(3);
  });
});
