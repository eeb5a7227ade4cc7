// An upgrade ends exactly once (C25): two reverters in this process and two real worker processes
// claim due upgrades at the same moment; each upgrade gets one "upgrade-ended" history row, one audit
// row, one e-mail per contact, and the speed goes back to the plan's — never lowered twice.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, bandwidthHistory, bandwidthUpgrades, outbox, subscriptions } from '@/db/schema';
import { revertDueUpgrades } from '@/lib/isp/upgrades/jobs';
import { applyRuleUpgrade } from '@/lib/isp/upgrades/service';
import { createCustomer, createUser } from '../helpers/factories';
import { spawnWorker, waitFor, type WorkerProcess } from '../security/helpers/workers';
import { opsPlan, opsRule, opsSubscription } from './ops-factories';

const DAY = 86_400_000;
const workers: WorkerProcess[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
});

/** `n` subscribers on a 20/20 plan, each with a contact and a +10 Mbps upgrade given 100 days ago for 3 months (so due now). */
async function upgradedSubscribers(n: number, opts: { due: boolean }) {
  const plan = await opsPlan({ downloadMbps: 20, uploadMbps: 20 });
  const rule = await opsRule({ planIds: [plan.id], extraMbps: 10, durationMonths: 3 });
  const given = new Date(Date.now() - (opts.due ? 100 : 10) * DAY);
  const out: Array<{ subId: string; upgradeId: string; email: string }> = [];
  for (let i = 0; i < n; i++) {
    const customer = await createCustomer();
    const contact = await createUser('customer', { customerId: customer.id });
    const s = await opsSubscription({ customerId: customer.id, planId: plan.id, startDate: '2020-03-01' });
    const u = await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: s.id, rule, actor: null, now: given }));
    out.push({ subId: s.id, upgradeId: u.id, email: contact.email });
  }
  return out;
}

async function expectRevertedOnce(list: Awaited<ReturnType<typeof upgradedSubscribers>>) {
  const ids = list.map((l) => l.upgradeId);
  const ups = await db.select().from(bandwidthUpgrades).where(inArray(bandwidthUpgrades.id, ids));
  expect(ups.every((u) => u.status === 'reverted' && u.revertedAt)).toBe(true);
  const ended = await db
    .select({ upgradeId: bandwidthHistory.upgradeId, n: sql<number>`count(*)::int` })
    .from(bandwidthHistory)
    .where(and(inArray(bandwidthHistory.upgradeId, ids), eq(bandwidthHistory.reason, 'upgrade-ended')))
    .groupBy(bandwidthHistory.upgradeId);
  expect(ended).toHaveLength(ids.length);
  expect(ended.every((e) => Number(e.n) === 1)).toBe(true);
  const subs = await db.select().from(subscriptions).where(inArray(subscriptions.id, list.map((l) => l.subId)));
  expect(subs.map((s) => s.downloadMbps)).toEqual(subs.map(() => 20));
  const audits = await db
    .select({ id: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'upgrade.revert'), inArray(auditLog.entityId, list.map((l) => l.subId))));
  expect(audits).toHaveLength(ids.length);
  const mails = await db.select({ to: outbox.recipient, key: outbox.dedupeKey }).from(outbox).where(like(outbox.dedupeKey, 'upgrade-ended:%'));
  for (const l of list) expect(mails.filter((m) => m.key!.startsWith(`upgrade-ended:${l.upgradeId}:`)).map((m) => m.to)).toEqual([l.email]);
}

describe('bandwidth upgrade reversal exactly once', () => {
  it('applying raised the speed, wrote history, audit and the e-mail', async () => {
    const [one] = await upgradedSubscribers(1, { due: false });
    const [s] = await db.select().from(subscriptions).where(eq(subscriptions.id, one.subId));
    expect(s.downloadMbps).toBe(30);
    const hist = await db.select().from(bandwidthHistory).where(eq(bandwidthHistory.subscriptionId, one.subId));
    expect(hist.map((h) => [h.reason, h.downloadMbps])).toEqual([['upgrade', 30]]);
    const mails = await db.select().from(outbox).where(eq(outbox.dedupeKey, `upgrade-applied:${one.upgradeId}:${one.email}`));
    expect(mails).toHaveLength(1);
  });

  it('two concurrent reverters in one process: each due upgrade once; upgrades not yet due untouched', async () => {
    const due = await upgradedSubscribers(25, { due: true });
    const running = await upgradedSubscribers(3, { due: false });
    const [a, b] = await Promise.all([revertDueUpgrades(), revertDueUpgrades()]);
    expect(a + b).toBe(25);
    await expectRevertedOnce(due);
    const still = await db.select().from(bandwidthUpgrades).where(inArray(bandwidthUpgrades.id, running.map((r) => r.upgradeId)));
    expect(still.every((u) => u.status === 'active')).toBe(true);
    // A third run finds nothing.
    expect(await revertDueUpgrades()).toBe(0);
  });

  it('two worker processes and two in-process reverters at the same moment', async () => {
    // Enough due upgrades that the workers' first round is still running when the local reverters join.
    const due = await upgradedSubscribers(150, { due: true });
    const ids = due.map((d) => d.upgradeId);
    const active = async () =>
      (await db.select({ id: bandwidthUpgrades.id }).from(bandwidthUpgrades).where(and(inArray(bandwidthUpgrades.id, ids), eq(bandwidthUpgrades.status, 'active')))).length;
    const env = { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: process.env.AUTH_SECRET!, APP_URL: process.env.APP_URL!, DATABASE_POOL_MAX: '3' };
    const pair = [spawnWorker(env), spawnWorker(env)];
    workers.push(...pair);
    // The workers run their periodic jobs (the reversal among them) as soon as their loop starts:
    // once the first upgrade has ended, two more reverters start here.
    await waitFor(async () => (await active()) < ids.length, 60_000, 'the workers to start reverting').catch((err) => {
      throw new Error(`${(err as Error).message}\n${pair.map((p) => p.output()).join('\n---\n')}`);
    });
    const [a, b] = await Promise.all([revertDueUpgrades(), revertDueUpgrades()]);
    expect(a + b).toBeLessThan(ids.length);
    await waitFor(async () => (await active()) === 0, 60_000, 'every due upgrade to be reverted');
    // Give the workers a moment to finish whatever round they were in, then check.
    await new Promise((r) => setTimeout(r, 1500));
    await Promise.all(pair.map((p) => p.stop()));
    await expectRevertedOnce(due);
  });
});
