// Subscriptions: created from an activated application (start date = activation day in the business
// zone, history, audit, welcome mail, idempotent), status changes with reasons, and scoping — a
// customer never reads or acts on another customer's subscription (S02: 404, not 403).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, bandwidthHistory, bandwidthUpgrades, ispApplications, outbox, subscriptions, tickets, upgradeRequests } from '@/db/schema';
import { changeSubscriptionStatusAction, fileComplaintAction, requestUpgradeAction } from '@/lib/isp/subscriptions/actions';
import { getMySubscription, listMySubscriptions, getSubscriptionForStaff } from '@/lib/isp/subscriptions/queries';
import { createSubscriptionFromApplication } from '@/lib/isp/subscriptions/service';
import { countSegment } from '@/lib/segments/evaluate';
import { applyRuleUpgrade } from '@/lib/isp/upgrades/service';
import { openTicket } from '@/lib/tickets/service/create';
import { createCustomer, createUser, type TestUser } from '../helpers/factories';
import { runAs } from '../helpers/session';
import { asCurrent } from '../helpers/helpdesk-factories';
import { ensureOpsAreas, opsPlan, opsRule, opsSubscription, OTHER_VILLAGE, VILLAGE } from './ops-factories';

let helpdesk: TestUser;
let custA: TestUser;
let custB: TestUser;
beforeAll(async () => {
  await ensureOpsAreas();
  helpdesk = await createUser('helpdesk');
  custA = await createUser('customer');
  custB = await createUser('customer');
});

async function application(owner: TestUser, planId: string) {
  const [app] = await db
    .insert(ispApplications)
    .values({
      number: `REG-2098-${randomUUID().slice(0, 6)}`,
      customerId: owner.customerId!,
      userId: owner.id,
      fullName: owner.name,
      nik: `3374101501900${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`,
      birthDate: '1990-01-15',
      phone: '+6281234567890',
      email: owner.email,
      addressLine: 'Jl. Aktivasi No. 9',
      areaCode: VILLAGE,
      planId,
      preferredDate: '2026-12-01',
      consentAt: new Date(),
      status: 'active',
      idempotencyKey: randomUUID(),
    })
    .returning();
  return app;
}

describe('createSubscriptionFromApplication', () => {
  it('starts on the activation day in the business zone, with the plan’s speeds, history, audit and one welcome mail; twice = once', async () => {
    const owner = await createUser('customer');
    const plan = await opsPlan({ downloadMbps: 50, uploadMbps: 50 });
    const app = await application(owner, plan.id);
    // 20:00 UTC on the 30th is already 03:00 on the 1st in Jakarta.
    const activatedAt = new Date('2026-11-30T20:00:00Z');
    const first = await db.transaction((tx) => createSubscriptionFromApplication(tx, { ...app, activatedAt }, helpdesk));
    const again = await db.transaction((tx) => createSubscriptionFromApplication(tx, { ...app, activatedAt }, helpdesk));
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.id, first.id));
    expect(sub).toMatchObject({ customerId: owner.customerId, planId: plan.id, startDate: '2026-12-01', status: 'active', downloadMbps: 50, uploadMbps: 50, areaCode: VILLAGE });
    const hist = await db.select().from(bandwidthHistory).where(eq(bandwidthHistory.subscriptionId, sub.id));
    expect(hist.map((h) => h.reason)).toEqual(['activation']);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'subscription'), eq(auditLog.entityId, sub.id)));
    expect(audits.map((a) => a.action)).toEqual(['subscription.create']);
    const mails = await db.select().from(outbox).where(eq(outbox.dedupeKey, `subscription-welcome:${sub.id}`));
    expect(mails).toHaveLength(1);
    expect(mails[0].recipient).toBe(owner.email);
  });
});

describe('S02 a customer cannot read or act on another customer’s subscription', () => {
  it('own subscription is visible; another customer’s id is not found (404) in every read and action', async () => {
    const mine = await opsSubscription({ customerId: custA.customerId! });
    const theirs = await opsSubscription({ customerId: custB.customerId! });
    expect((await runAs(custA, () => getMySubscription(mine.id)))?.id).toBe(mine.id);
    expect(await runAs(custA, () => getMySubscription(theirs.id))).toBeNull();
    expect(await runAs(custA, () => getMySubscription('not-a-uuid'))).toBeNull();
    expect((await runAs(custA, () => listMySubscriptions())).map((s) => s.id)).toEqual([mine.id]);
    // Staff have no subscriptions of their own.
    expect(await runAs(helpdesk, () => getMySubscription(mine.id))).toBeNull();

    const complaint = await runAs(custA, () => fileComplaintAction({ subscriptionId: theirs.id, summary: 'Internet mati total', detail: 'Sudah dua jam tidak ada koneksi.', idempotencyKey: randomUUID() }));
    expect(complaint).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const request = await runAs(custA, () => requestUpgradeAction({ subscriptionId: theirs.id, note: '' }));
    expect(request).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.select().from(tickets).where(eq(tickets.subscriptionId, theirs.id))).toEqual([]);
    expect(await db.select().from(upgradeRequests).where(eq(upgradeRequests.subscriptionId, theirs.id))).toEqual([]);
    // openTicket itself refuses a subscription of another customer.
    await expect(
      openTicket(asCurrent(helpdesk), {
        customerId: custA.customerId!,
        projectId: null,
        category: 'complaint',
        priority: 'normal',
        summary: 'Keluhan salah alamat',
        detail: 'Langganan milik pelanggan lain.',
        reporterName: 'X',
        reporterPhone: null,
        reporterEmail: null,
        idempotencyKey: randomUUID(),
        subscriptionId: theirs.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a complaint on one’s own subscription is a complaint ticket linked to it, listed on the subscription', async () => {
    const mine = await opsSubscription({ customerId: custA.customerId! });
    const r = await runAs(custA, () => fileComplaintAction({ subscriptionId: mine.id, summary: 'Internet sering putus', detail: 'Putus-sambung tiap sore sejak Senin.', idempotencyKey: randomUUID() }));
    expect(r).toMatchObject({ ok: true });
    const [t] = await db.select().from(tickets).where(eq(tickets.subscriptionId, mine.id));
    expect(t).toMatchObject({ category: 'complaint', customerId: custA.customerId, status: 'new' });
    const detail = await runAs(custA, () => getMySubscription(mine.id));
    expect(detail?.complaints.map((c) => c.id)).toEqual([t.id]);
    // One open upgrade request per subscription.
    expect(await runAs(custA, () => requestUpgradeAction({ subscriptionId: mine.id, note: 'Kerja dari rumah' }))).toMatchObject({ ok: true });
    expect(await runAs(custA, () => requestUpgradeAction({ subscriptionId: mine.id, note: 'Lagi' }))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('the subscriber sees a running upgrade as "+N Mbps until …"', async () => {
    const plan = await opsPlan({ downloadMbps: 20, uploadMbps: 20 });
    const mine = await opsSubscription({ customerId: custA.customerId!, planId: plan.id, startDate: '2020-01-01' });
    const rule = await opsRule({ planIds: [plan.id], extraMbps: 10 });
    await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: mine.id, rule, actor: helpdesk }));
    const detail = await runAs(custA, () => getMySubscription(mine.id));
    expect(detail).toMatchObject({ downloadMbps: 30, planDownloadMbps: 20, activeUpgrade: { extraMbps: 10 } });
    expect(detail!.tenureMonths).toBeGreaterThan(60);
  });
});

describe('status changes', () => {
  it('active → suspended (reason) → active → terminated (final); the running upgrade is cancelled; stale versions conflict', async () => {
    const contact = await createUser('customer');
    const plan = await opsPlan();
    const s = await opsSubscription({ customerId: contact.customerId!, planId: plan.id, startDate: '2020-01-01' });
    const noReason = await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: 1, status: 'suspended', reason: '' }));
    expect(noReason).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: 1, status: 'suspended', reason: 'Permintaan pelanggan' }))).toMatchObject({ ok: true, data: { status: 'suspended', version: 2 } });
    expect(await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: 1, status: 'active', reason: '' }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: 2, status: 'active', reason: '' }))).toMatchObject({ ok: true });
    const rule = await opsRule({ planIds: [plan.id] });
    await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: s.id, rule, actor: helpdesk }));
    const [now] = await db.select().from(subscriptions).where(eq(subscriptions.id, s.id));
    expect(await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: now.version, status: 'terminated', reason: 'Pindah ke kota lain' }))).toMatchObject({ ok: true });
    const [up] = await db.select().from(bandwidthUpgrades).where(eq(bandwidthUpgrades.subscriptionId, s.id));
    expect(up.status).toBe('cancelled');
    const [after] = await db.select().from(subscriptions).where(eq(subscriptions.id, s.id));
    expect(await runAs(helpdesk, () => changeSubscriptionStatusAction({ subscriptionId: s.id, version: after.version, status: 'active', reason: '' }))).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'subscription.status')));
    expect(audits).toHaveLength(3);
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, contact.email));
    expect(mails.filter((m) => m.dedupeKey?.startsWith('subscription-status:'))).toHaveLength(3);
    const staffView = await runAs(helpdesk, () => getSubscriptionForStaff(s.id));
    expect(staffView?.upgrades.map((u) => u.status)).toEqual(['cancelled']);
  });
});

describe('promo segment criteria', () => {
  it('plan, tenure ≥ N months (on today’s business date) and area count customers with an active subscription', async () => {
    const plan = await opsPlan();
    const other = await opsPlan();
    const ctx = { timeZone: 'Asia/Jakarta', now: new Date('2026-11-24T20:00:00Z') }; // 25 Nov in Jakarta
    const loyal = await createCustomer();
    const fresh = await createCustomer();
    const gone = await createCustomer();
    await opsSubscription({ customerId: loyal.id, planId: plan.id, startDate: '2025-11-25' });
    await opsSubscription({ customerId: fresh.id, planId: plan.id, startDate: '2025-11-26', areaCode: OTHER_VILLAGE });
    await opsSubscription({ customerId: gone.id, planId: plan.id, startDate: '2020-01-01', status: 'terminated' });
    expect(await countSegment([{ key: 'isp.plan', value: [plan.id] }], { ctx })).toBe(2);
    expect(await countSegment([{ key: 'isp.plan', value: [other.id] }], { ctx })).toBe(0);
    expect(await countSegment([{ key: 'isp.plan', value: [plan.id] }, { key: 'isp.tenure_months', value: 12 }], { ctx })).toBe(1);
    expect(await countSegment([{ key: 'isp.plan', value: [plan.id] }, { key: 'isp.area', value: '32.77' }], { ctx })).toBe(1);
    expect(await countSegment([{ key: 'isp.plan', value: [plan.id] }, { key: 'isp.area', value: '33' }], { ctx })).toBe(1);
    await expect(countSegment([{ key: 'isp.plan', value: [randomUUID()] }], { ctx })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
