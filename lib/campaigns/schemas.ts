import { z } from 'zod';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES } from '@/lib/promos/constants';

export const createCampaignSchema = z.strictObject({
  promoId: z.uuid('campaigns.errors.promo'),
  channel: z.enum(CAMPAIGN_CHANNELS),
  /** Empty: the promo's own audience (its segment, or every customer). */
  segmentId: z.union([z.uuid(), z.literal('')]).transform((v) => v || null),
  /** Send straight to a manager for approval instead of keeping a draft. */
  submit: z.boolean().optional(),
});
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;

export const campaignStepSchema = z.strictObject({ campaignId: z.uuid(), version: z.coerce.number().int().min(1) });

export const rejectCampaignSchema = z.strictObject({
  campaignId: z.uuid(),
  version: z.coerce.number().int().min(1),
  note: z.string().trim().min(3, 'campaigns.errors.noteShort').max(1000, 'validation.tooLong'),
});

export const campaignListSchema = z.object({
  status: z.enum([...CAMPAIGN_STATUSES, 'all']).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** What approval freezes: the audience as the manager saw it. */
export const criteriaSnapshotSchema = z.object({
  audience: z.enum(['all_customers', 'segment']),
  segmentName: z.string().nullable(),
  criteria: z.array(z.object({ key: z.string(), value: z.unknown() })),
});
export type CriteriaSnapshot = z.infer<typeof criteriaSnapshotSchema>;
