import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { forbidden } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, campaignRecipients, campaigns, outbox, promos, segments, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { requireUser, type CurrentUser } from '@/lib/auth/session';
import { pageInfo } from '@/lib/db-utils';
import { countSegment, parseCriteria } from '@/lib/segments/evaluate';
import { whatsappGatewayConfigured } from './channels';
import { campaignListSchema, criteriaSnapshotSchema, type CriteriaSnapshot } from './schemas';

/** Campaign pages serve both who prepares (promo.manage) and who approves (promo.approve). */
export async function requireCampaignReader(): Promise<CurrentUser> {
  const me = await requireUser();
  if (!can(me.role, 'promo.manage') && !can(me.role, 'promo.approve')) forbidden();
  return me;
}

export type CampaignRow = {
  id: string;
  status: string;
  channel: string;
  promoTitle: string;
  segmentName: string | null;
  audienceCount: number | null;
  createdAt: Date;
  approvedAt: Date | null;
};

export async function listCampaigns(raw: Record<string, unknown>) {
  await requireCampaignReader();
  const p = campaignListSchema.parse(raw);
  const where = p.status === 'all' ? undefined : eq(campaigns.status, p.status);
  const [{ total }] = await db.select({ total: count() }).from(campaigns).where(where);
  const info = pageInfo(p.page, total);
  const items = await db
    .select({
      id: campaigns.id,
      status: campaigns.status,
      channel: campaigns.channel,
      promoTitle: promos.title,
      segmentName: segments.name,
      audienceCount: campaigns.audienceCount,
      createdAt: campaigns.createdAt,
      approvedAt: campaigns.approvedAt,
    })
    .from(campaigns)
    .innerJoin(promos, eq(promos.id, campaigns.promoId))
    .leftJoin(segments, eq(segments.id, campaigns.segmentId))
    .where(where)
    .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
    .limit(info.size)
    .offset(info.offset);
  return { items: items as CampaignRow[], filters: p, ...info };
}

export type DeliveryCounts = { sent: number; failed: number; optedOut: number; pending: number; total: number };

/** Sent / failed / opted-out / pending, from the recipient rows joined to their outbox messages. */
export async function deliveryCounts(campaignId: string): Promise<DeliveryCounts> {
  await requireCampaignReader();
  const rows = await db
    .select({
      state: sql<string>`case when ${campaignRecipients.status} = 'opted_out' then 'optedOut'
        when ${campaignRecipients.status} = 'sent' or ${outbox.status} = 'sent' then 'sent'
        when ${campaignRecipients.status} = 'failed' or ${outbox.status} = 'dead' then 'failed'
        else 'pending' end`,
      n: count(),
    })
    .from(campaignRecipients)
    .leftJoin(outbox, eq(outbox.id, campaignRecipients.outboxId))
    .where(eq(campaignRecipients.campaignId, campaignId))
    .groupBy(sql`1`);
  const out: DeliveryCounts = { sent: 0, failed: 0, optedOut: 0, pending: 0, total: 0 };
  for (const r of rows) {
    out[r.state as keyof Omit<DeliveryCounts, 'total'>] += r.n;
    out.total += r.n;
  }
  return out;
}

export async function getCampaign(id: string) {
  const me = await requireCampaignReader();
  if (!z.uuid().safeParse(id).success) return null;
  const requester = alias(users, 'requester');
  const approver = alias(users, 'approver');
  const [c] = await db
    .select({
      id: campaigns.id,
      status: campaigns.status,
      channel: campaigns.channel,
      version: campaigns.version,
      promoId: campaigns.promoId,
      promoTitle: promos.title,
      promoStatus: promos.status,
      promoAudience: promos.audience,
      promoStartsAt: promos.startsAt,
      promoEndsAt: promos.endsAt,
      segmentId: campaigns.segmentId,
      segmentName: segments.name,
      segmentCriteria: segments.criteria,
      promoSegmentId: promos.segmentId,
      snapshot: campaigns.criteriaSnapshot,
      audienceCount: campaigns.audienceCount,
      reviewNote: campaigns.reviewNote,
      requestedById: campaigns.requestedBy,
      requestedBy: requester.name,
      approvedBy: approver.name,
      approvedAt: campaigns.approvedAt,
      startedAt: campaigns.startedAt,
      enqueuedAt: campaigns.enqueuedAt,
      finishedAt: campaigns.finishedAt,
      createdAt: campaigns.createdAt,
    })
    .from(campaigns)
    .innerJoin(promos, eq(promos.id, campaigns.promoId))
    .leftJoin(segments, eq(segments.id, campaigns.segmentId))
    .leftJoin(requester, eq(requester.id, campaigns.requestedBy))
    .leftJoin(approver, eq(approver.id, campaigns.approvedBy))
    .where(eq(campaigns.id, id))
    .limit(1);
  if (!c) return null;

  // The audience: frozen at approval; before that, what it would be now (with a live count).
  let audience: CriteriaSnapshot;
  let liveCount: number | null = null;
  const snap = criteriaSnapshotSchema.safeParse(c.snapshot);
  if (snap.success) audience = snap.data;
  else {
    const segId = c.segmentId ?? (c.promoAudience === 'segment' ? c.promoSegmentId : null);
    let criteria: CriteriaSnapshot['criteria'] = [];
    let name: string | null = null;
    if (segId) {
      const [seg] = await db.select({ name: segments.name, criteria: segments.criteria }).from(segments).where(eq(segments.id, segId)).limit(1);
      name = seg?.name ?? null;
      criteria = seg ? await parseCriteria(seg.criteria).then((r) => r.criteria).catch(() => []) : [];
    }
    audience = { audience: segId ? 'segment' : 'all_customers', segmentName: name, criteria };
    liveCount = await countSegment(audience.criteria).catch(() => null);
  }
  const counts = await deliveryCounts(c.id);
  const history = await db
    .select({ action: auditLog.action, at: auditLog.at, actor: users.name, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'campaign'), eq(auditLog.entityId, c.id)))
    .orderBy(desc(auditLog.at))
    .limit(20);
  return {
    ...c,
    segmentCriteria: undefined,
    audience,
    liveCount,
    counts,
    history: history.map((h) => ({ action: h.action, at: h.at, actor: h.actor, note: (h.after as { note?: string } | null)?.note ?? null })),
    can: {
      manage: can(me.role, 'promo.manage'),
      approve: can(me.role, 'promo.approve') && c.requestedById !== me.id,
      ownRequest: c.requestedById === me.id,
    },
  };
}

export function campaignChannels() {
  return { email: true, whatsapp: whatsappGatewayConfigured() };
}
