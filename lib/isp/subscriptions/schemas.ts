import { z } from 'zod';
import { SUBSCRIPTION_STATUSES } from '@/lib/isp/constants';

/** Status change by staff; a reason is required for suspending and terminating. */
export const subscriptionStatusSchema = z
  .strictObject({
    subscriptionId: z.uuid(),
    version: z.coerce.number().int().min(1),
    status: z.enum(SUBSCRIPTION_STATUSES),
    reason: z.string().trim().max(500, 'validation.tooLong').default(''),
  })
  .refine((v) => v.status === 'active' || v.reason.length >= 3, { path: ['reason'], message: 'ispOps.subscriptions.errors.reasonRequired' });
export type SubscriptionStatusInput = z.input<typeof subscriptionStatusSchema>;
export type SubscriptionStatusValues = z.output<typeof subscriptionStatusSchema>;

/** A subscriber's complaint about their own subscription: becomes a helpdesk ticket (category complaint). */
export const complaintSchema = z.strictObject({
  subscriptionId: z.uuid(),
  summary: z.string().trim().min(5, 'tickets.errors.summaryTooShort').max(200, 'validation.tooLong'),
  detail: z.string().trim().min(10, 'tickets.errors.detailTooShort').max(10_000, 'validation.tooLong'),
  idempotencyKey: z.uuid(),
});
export type ComplaintInput = z.input<typeof complaintSchema>;

/** A subscriber asks for more bandwidth (one open request per subscription). */
export const upgradeRequestSchema = z.strictObject({
  subscriptionId: z.uuid(),
  note: z.string().trim().max(1000, 'validation.tooLong').default(''),
});
export type UpgradeRequestInput = z.input<typeof upgradeRequestSchema>;

export const subscriptionListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(SUBSCRIPTION_STATUSES).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  /** A regency/city code ("33.74") or a deeper area code. */
  area: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type SubscriptionListParams = z.output<typeof subscriptionListSchema>;
