import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { campaigns, promos, segments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors';
import type { CampaignStatus } from '@/lib/promos/constants';
import { countSegment, parseCriteria } from '@/lib/segments/evaluate';
import type { z } from 'zod';
import { whatsappGatewayConfigured } from './channels';
import type { createCampaignSchema, CriteriaSnapshot, rejectCampaignSchema } from './schemas';

/** from → to, and who may take the step (C5). */
const STEPS = {
  submit: { from: ['draft'], to: 'pending_approval' },
  approve: { from: ['pending_approval'], to: 'approved' },
  reject: { from: ['pending_approval'], to: 'draft' },
  cancel: { from: ['draft', 'pending_approval', 'approved', 'sending'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly CampaignStatus[]; to: CampaignStatus }>;

export async function createCampaign(actor: CurrentUser, input: z.output<typeof createCampaignSchema>) {
  if (input.channel === 'whatsapp' && !whatsappGatewayConfigured()) throw new ValidationError('campaigns.errors.noGateway', { channel: ['campaigns.errors.noGateway'] });
  return db.transaction(async (tx) => {
    const [promo] = await tx.select({ id: promos.id, audience: promos.audience, segmentId: promos.segmentId }).from(promos).where(eq(promos.id, input.promoId)).limit(1);
    if (!promo) throw new ValidationError('campaigns.errors.promo', { promoId: ['campaigns.errors.promo'] });
    if (input.segmentId) {
      const [s] = await tx.select({ id: segments.id }).from(segments).where(eq(segments.id, input.segmentId)).limit(1);
      if (!s) throw new ValidationError('campaigns.errors.segment', { segmentId: ['campaigns.errors.segment'] });
    }
    const status = input.submit ? 'pending_approval' : 'draft';
    const [row] = await tx
      .insert(campaigns)
      .values({ promoId: promo.id, channel: input.channel, segmentId: input.segmentId ?? (promo.audience === 'segment' ? promo.segmentId : null), status, requestedBy: actor.id })
      .returning();
    await recordAudit(tx, actor, { action: 'campaign.create', entityType: 'campaign', entityId: row.id, after: { promoId: row.promoId, channel: row.channel, segmentId: row.segmentId, status } });
    return { id: row.id };
  });
}

/** The audience a campaign would reach now: its own segment, else the promo's, else every customer. */
async function resolveAudience(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], campaign: { segmentId: string | null; promoId: string }): Promise<CriteriaSnapshot> {
  const segId =
    campaign.segmentId ??
    (await tx.select({ audience: promos.audience, segmentId: promos.segmentId }).from(promos).where(eq(promos.id, campaign.promoId)).limit(1)).map((p) => (p.audience === 'segment' ? p.segmentId : null))[0] ??
    null;
  if (!segId) return { audience: 'all_customers', segmentName: null, criteria: [] };
  const [seg] = await tx.select({ name: segments.name, criteria: segments.criteria }).from(segments).where(eq(segments.id, segId)).limit(1);
  if (!seg) throw new ValidationError('campaigns.errors.segment');
  const { criteria } = await parseCriteria(seg.criteria);
  return { audience: 'segment', segmentName: seg.name, criteria };
}

async function step(actor: CurrentUser, name: keyof typeof STEPS, input: { campaignId: string; version: number }, extra: (before: typeof campaigns.$inferSelect, tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<Partial<typeof campaigns.$inferInsert>> = async () => ({})) {
  const rule = STEPS[name];
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).for('update');
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError('errors.conflict');
    if (!(rule.from as readonly string[]).includes(before.status)) throw new InvalidTransitionError('campaigns.errors.transition');
    const patch = await extra(before, tx);
    const [after] = await tx
      .update(campaigns)
      .set({ ...patch, status: rule.to, version: sql`${campaigns.version} + 1` })
      .where(and(eq(campaigns.id, before.id), eq(campaigns.version, before.version), inArray(campaigns.status, [...rule.from])))
      .returning();
    if (!after) throw new ConflictError('errors.conflict');
    await recordAudit(tx, actor, {
      action: `campaign.${name}`,
      entityType: 'campaign',
      entityId: after.id,
      before: { status: before.status },
      after: { status: after.status, ...(patch.reviewNote ? { note: patch.reviewNote } : {}), ...(patch.audienceCount != null ? { audienceCount: patch.audienceCount } : {}) },
    });
    return { status: after.status, version: after.version };
  });
}

export const submitCampaign = (actor: CurrentUser, input: { campaignId: string; version: number }) => step(actor, 'submit', input, async () => ({ requestedBy: actor.id, reviewNote: null }));

/**
 * A manager approves: the promo must be published and still running, the approver must not be the
 * requester (four eyes), and the audience criteria are frozen as the manager saw them. The worker
 * sends from the snapshot, never from the (editable) segment.
 */
export const approveCampaign = (actor: CurrentUser, input: { campaignId: string; version: number }) =>
  step(actor, 'approve', input, async (before, tx) => {
    if (before.requestedBy === actor.id) throw new ValidationError('campaigns.errors.ownApproval');
    const [promo] = await tx.select({ status: promos.status, endsAt: promos.endsAt }).from(promos).where(eq(promos.id, before.promoId)).limit(1);
    if (!promo || promo.status !== 'published') throw new ValidationError('campaigns.errors.promoNotPublished');
    if (promo.endsAt <= new Date()) throw new ValidationError('campaigns.errors.promoEnded');
    if (before.channel === 'whatsapp' && !whatsappGatewayConfigured()) throw new ValidationError('campaigns.errors.noGateway');
    const snapshot = await resolveAudience(tx, before);
    const audienceCount = await countSegment(snapshot.criteria, { conn: tx });
    return { criteriaSnapshot: snapshot, audienceCount, approvedBy: actor.id, approvedAt: new Date(), reviewNote: null };
  });

export const rejectCampaign = (actor: CurrentUser, input: z.output<typeof rejectCampaignSchema>) => step(actor, 'reject', input, async () => ({ reviewNote: input.note }));

export const cancelCampaign = (actor: CurrentUser, input: { campaignId: string; version: number }) => step(actor, 'cancel', input, async () => ({ finishedAt: new Date() }));
