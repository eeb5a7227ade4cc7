import 'server-only';
import { and, asc, count, desc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { areas, bandwidthHistory, bandwidthUpgrades, coverageAreas, customers, ispPlans, subscriptions, tickets, upgradeRequests, upgradeRules, users } from '@/db/schema';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import type { SubscriptionStatus, UPGRADE_REQUEST_STATUSES, UpgradeStatus } from '@/lib/isp/constants';

type UpgradeRequestStatus = (typeof UPGRADE_REQUEST_STATUSES)[number];
import type { TicketStatus } from '@/lib/tickets/constants';
import { loadSettings } from '@/lib/settings/store';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { subscriptionListSchema, type SubscriptionListParams } from './schemas';
import { tenureMonths } from './tenure';

/** Today's local date in the business zone (tenure is counted on it). */
export async function businessToday(): Promise<string> {
  const { timeZone } = (await loadSettings(db)).regional;
  return localDateOf(new Date(), timeZone);
}

function whereOf(p: SubscriptionListParams): SQL | undefined {
  const where: SQL[] = [];
  if (p.status) where.push(eq(subscriptions.status, p.status));
  if (p.plan) where.push(eq(subscriptions.planId, p.plan));
  if (p.area) where.push(or(eq(subscriptions.areaCode, p.area), like(subscriptions.areaCode, `${escapeLike(p.area)}.%`))!);
  if (p.q) {
    const q = `%${escapeLike(p.q.toLowerCase())}%`;
    where.push(or(sql`lower(${customers.name}) like ${q}`, sql`lower(${subscriptions.addressLine}) like ${q}`)!);
  }
  return where.length ? and(...where) : undefined;
}

export type SubscriptionListRow = {
  id: string;
  customerId: string;
  customerName: string;
  planName: string;
  status: SubscriptionStatus;
  startDate: string;
  tenureMonths: number;
  downloadMbps: number;
  uploadMbps: number;
  areaCode: string;
  areaName: string | null;
  addressLine: string;
};

const listColumns = {
  id: subscriptions.id,
  customerId: subscriptions.customerId,
  customerName: customers.name,
  planName: ispPlans.name,
  status: subscriptions.status,
  startDate: subscriptions.startDate,
  downloadMbps: subscriptions.downloadMbps,
  uploadMbps: subscriptions.uploadMbps,
  areaCode: subscriptions.areaCode,
  areaName: areas.name,
  addressLine: subscriptions.addressLine,
};

function baseList() {
  return db
    .select(listColumns)
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .leftJoin(areas, eq(areas.code, subscriptions.areaCode));
}

/** Staff list: filters from the URL (unknown values fall back to none), newest start first. */
export async function listSubscriptions(raw: Record<string, unknown>) {
  await requirePermission('customer.read');
  const p = subscriptionListSchema.parse(raw);
  const cond = whereOf(p);
  const [{ total }] = await db.select({ total: count() }).from(subscriptions).innerJoin(customers, eq(customers.id, subscriptions.customerId)).where(cond);
  const info = pageInfo(p.page, total);
  const today = await businessToday();
  const rows = await baseList().where(cond).orderBy(desc(subscriptions.startDate), desc(subscriptions.id)).limit(info.size).offset(info.offset);
  const items: SubscriptionListRow[] = rows.map((r) => ({ ...r, tenureMonths: tenureMonths(r.startDate, today) }));
  return { items, ...info, params: p, today };
}

export const EXPORT_MAX_ROWS = 250_000;
const EXPORT_BATCH = 2000;

/** The same filtered list for CSV, streamed in keyset batches (permission checked first). */
export async function openSubscriptionExport(raw: Record<string, unknown>) {
  await requirePermission('customer.read');
  const p = subscriptionListSchema.parse(raw);
  const cond = whereOf(p);
  const today = await businessToday();
  async function* batches(): AsyncGenerator<SubscriptionListRow[]> {
    let last: { startDate: string; id: string } | null = null;
    for (let n = 0; n < EXPORT_MAX_ROWS; n += EXPORT_BATCH) {
      const after: SQL | undefined = last ? sql`(${subscriptions.startDate}, ${subscriptions.id}) < (${last.startDate}::date, ${last.id}::uuid)` : undefined;
      const rows = await baseList().where(and(cond, after)).orderBy(desc(subscriptions.startDate), desc(subscriptions.id)).limit(EXPORT_BATCH);
      if (rows.length) yield rows.map((r) => ({ ...r, tenureMonths: tenureMonths(r.startDate, today) }));
      if (rows.length < EXPORT_BATCH) return;
      const l: { startDate: string; id: string } = rows[rows.length - 1];
      last = { startDate: l.startDate, id: l.id };
    }
  }
  return { today, rows: batches() };
}

export type Option = { id: string; name: string };

/** Plans for filters and rule forms. */
export async function listPlanOptions(): Promise<Option[]> {
  await requirePermission('staff.access');
  return db.select({ id: ispPlans.id, name: ispPlans.name }).from(ispPlans).orderBy(asc(ispPlans.sortOrder), asc(ispPlans.name));
}

/** Regencies/cities with coverage (the branches reports and filters are cut by). */
export async function listRegencyOptions(): Promise<Array<{ code: string; name: string }>> {
  await requirePermission('staff.access');
  const rows = await db.execute<{ code: string; name: string }>(sql`
    select a.code, a.name from areas a
     where a.code in (select distinct left(c.area_code, 5) from ${coverageAreas} c)
     order by a.name`);
  return rows.map((r) => ({ code: r.code, name: r.name }));
}

export type HistoryRow = { id: string; at: Date; downloadMbps: number; uploadMbps: number; reason: string; changedByName: string | null };
export type UpgradeRow = {
  id: string;
  ruleName: string | null;
  extraMbps: number;
  startsAt: Date;
  endsAt: Date;
  status: UpgradeStatus;
  appliedByName: string | null;
  revertedAt: Date | null;
};
export type ComplaintRow = { id: string; number: string; summary: string; status: TicketStatus; createdAt: Date };
export type RequestRow = { id: string; note: string | null; status: UpgradeRequestStatus; createdAt: Date; handledAt: Date | null };

async function historyOf(subscriptionId: string): Promise<HistoryRow[]> {
  return db
    .select({ id: bandwidthHistory.id, at: bandwidthHistory.at, downloadMbps: bandwidthHistory.downloadMbps, uploadMbps: bandwidthHistory.uploadMbps, reason: bandwidthHistory.reason, changedByName: users.name })
    .from(bandwidthHistory)
    .leftJoin(users, eq(users.id, bandwidthHistory.changedBy))
    .where(eq(bandwidthHistory.subscriptionId, subscriptionId))
    .orderBy(desc(bandwidthHistory.at), desc(bandwidthHistory.id));
}

async function upgradesOf(subscriptionId: string): Promise<UpgradeRow[]> {
  return db
    .select({
      id: bandwidthUpgrades.id,
      ruleName: upgradeRules.name,
      extraMbps: bandwidthUpgrades.extraMbps,
      startsAt: bandwidthUpgrades.startsAt,
      endsAt: bandwidthUpgrades.endsAt,
      status: bandwidthUpgrades.status,
      appliedByName: users.name,
      revertedAt: bandwidthUpgrades.revertedAt,
    })
    .from(bandwidthUpgrades)
    .leftJoin(upgradeRules, eq(upgradeRules.id, bandwidthUpgrades.ruleId))
    .leftJoin(users, eq(users.id, bandwidthUpgrades.appliedBy))
    .where(eq(bandwidthUpgrades.subscriptionId, subscriptionId))
    .orderBy(desc(bandwidthUpgrades.startsAt));
}

async function complaintsOf(subscriptionId: string, customerId?: string): Promise<ComplaintRow[]> {
  return db
    .select({ id: tickets.id, number: tickets.number, summary: tickets.summary, status: tickets.status, createdAt: tickets.createdAt })
    .from(tickets)
    .where(and(eq(tickets.subscriptionId, subscriptionId), isNull(tickets.deletedAt), customerId ? eq(tickets.customerId, customerId) : undefined))
    .orderBy(desc(tickets.createdAt))
    .limit(100);
}

async function requestsOf(subscriptionId: string): Promise<RequestRow[]> {
  return db
    .select({ id: upgradeRequests.id, note: upgradeRequests.note, status: upgradeRequests.status, createdAt: upgradeRequests.createdAt, handledAt: upgradeRequests.handledAt })
    .from(upgradeRequests)
    .where(eq(upgradeRequests.subscriptionId, subscriptionId))
    .orderBy(desc(upgradeRequests.createdAt))
    .limit(50);
}

const detailColumns = {
  id: subscriptions.id,
  customerId: subscriptions.customerId,
  customerName: customers.name,
  customerPhone: customers.phone,
  customerEmail: customers.email,
  applicationId: subscriptions.applicationId,
  planId: subscriptions.planId,
  planName: ispPlans.name,
  planDownloadMbps: ispPlans.downloadMbps,
  planUploadMbps: ispPlans.uploadMbps,
  addressLine: subscriptions.addressLine,
  areaCode: subscriptions.areaCode,
  startDate: subscriptions.startDate,
  status: subscriptions.status,
  statusReason: subscriptions.statusReason,
  downloadMbps: subscriptions.downloadMbps,
  uploadMbps: subscriptions.uploadMbps,
  version: subscriptions.version,
};

/** Staff detail: the subscription with its history, upgrades, complaints and upgrade requests. */
export async function getSubscriptionForStaff(id: string) {
  await requirePermission('customer.read');
  if (!z.uuid().safeParse(id).success) return null;
  const [sub] = await db
    .select(detailColumns)
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .where(eq(subscriptions.id, id))
    .limit(1);
  if (!sub) return null;
  const [history, upgrades, complaints, requests, today] = await Promise.all([historyOf(id), upgradesOf(id), complaintsOf(id), requestsOf(id), businessToday()]);
  return { ...sub, tenureMonths: tenureMonths(sub.startDate, today), today, history, upgrades, complaints, requests };
}

export type MySubscription = {
  id: string;
  planName: string;
  status: SubscriptionStatus;
  startDate: string;
  tenureMonths: number;
  downloadMbps: number;
  uploadMbps: number;
  addressLine: string;
  activeUpgrade: { extraMbps: number; endsAt: Date } | null;
};

/** The caller's company's subscriptions (customer contacts only; staff have none). */
export async function listMySubscriptions(): Promise<MySubscription[]> {
  const me = await requireUser();
  if (!me.customerId) return [];
  const rows = await db
    .select({
      id: subscriptions.id,
      planName: ispPlans.name,
      status: subscriptions.status,
      startDate: subscriptions.startDate,
      downloadMbps: subscriptions.downloadMbps,
      uploadMbps: subscriptions.uploadMbps,
      addressLine: subscriptions.addressLine,
      upExtra: bandwidthUpgrades.extraMbps,
      upEnds: bandwidthUpgrades.endsAt,
    })
    .from(subscriptions)
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .leftJoin(bandwidthUpgrades, and(eq(bandwidthUpgrades.subscriptionId, subscriptions.id), eq(bandwidthUpgrades.status, 'active')))
    .where(eq(subscriptions.customerId, me.customerId))
    .orderBy(desc(subscriptions.startDate));
  const today = await businessToday();
  return rows.map(({ upExtra, upEnds, ...r }) => ({
    ...r,
    tenureMonths: tenureMonths(r.startDate, today),
    activeUpgrade: upExtra != null && upEnds ? { extraMbps: upExtra, endsAt: upEnds } : null,
  }));
}

/**
 * One of the caller's subscriptions — `id` and `customer_id = me.customerId` in one query, so
 * another customer's id is simply not found (C3, 404).
 */
export async function getMySubscription(id: string) {
  const me = await requireUser();
  if (!me.customerId || !z.uuid().safeParse(id).success) return null;
  const [sub] = await db
    .select(detailColumns)
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .where(and(eq(subscriptions.id, id), eq(subscriptions.customerId, me.customerId)))
    .limit(1);
  if (!sub) return null;
  const [history, upgrades, complaints, requests, today] = await Promise.all([historyOf(id), upgradesOf(id), complaintsOf(id, me.customerId), requestsOf(id), businessToday()]);
  const active = upgrades.find((u) => u.status === 'active') ?? null;
  return {
    id: sub.id,
    planName: sub.planName,
    planDownloadMbps: sub.planDownloadMbps,
    planUploadMbps: sub.planUploadMbps,
    addressLine: sub.addressLine,
    startDate: sub.startDate,
    status: sub.status,
    statusReason: sub.statusReason,
    downloadMbps: sub.downloadMbps,
    uploadMbps: sub.uploadMbps,
    tenureMonths: tenureMonths(sub.startDate, today),
    activeUpgrade: active ? { extraMbps: active.extraMbps, endsAt: active.endsAt } : null,
    history: history.map(({ changedByName: _staff, ...h }) => h),
    upgrades: upgrades.map(({ appliedByName: _staff, ...u }) => u),
    complaints,
    openRequest: requests.find((r) => r.status === 'open') ?? null,
  };
}

/** Open upgrade requests for support, oldest first, with what the subscriber has now. */
export async function listOpenRequests() {
  await requirePermission('signup.review');
  const today = await businessToday();
  const rows = await db
    .select({
      id: upgradeRequests.id,
      note: upgradeRequests.note,
      createdAt: upgradeRequests.createdAt,
      subscriptionId: subscriptions.id,
      customerName: customers.name,
      planName: ispPlans.name,
      startDate: subscriptions.startDate,
      downloadMbps: subscriptions.downloadMbps,
      status: subscriptions.status,
      running: sql<boolean>`exists (select 1 from bandwidth_upgrades u where u.subscription_id = subscriptions.id and u.status = 'active')`,
    })
    .from(upgradeRequests)
    .innerJoin(subscriptions, eq(subscriptions.id, upgradeRequests.subscriptionId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(ispPlans, eq(ispPlans.id, subscriptions.planId))
    .where(eq(upgradeRequests.status, 'open'))
    .orderBy(asc(upgradeRequests.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r, tenureMonths: tenureMonths(r.startDate, today) }));
}
