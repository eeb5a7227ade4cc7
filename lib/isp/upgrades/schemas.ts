import { z } from 'zod';

const date = z.iso.date('ispOps.upgrades.errors.date');

/** An upgrade rule ("Pelanggan setia 12 bulan: +10 Mbps selama 3 bulan"). */
export const ruleSchema = z
  .strictObject({
    id: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
    name: z.string().trim().min(3, 'ispOps.upgrades.errors.nameRequired').max(120, 'validation.tooLong'),
    minTenureMonths: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(0, 'validation.invalid').max(600, 'validation.invalid'),
    planIds: z.array(z.uuid()).max(50).default([]),
    extraMbps: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(1, 'ispOps.upgrades.errors.extraMbps').max(10_000, 'ispOps.upgrades.errors.extraMbps'),
    durationMonths: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(1, 'ispOps.upgrades.errors.duration').max(60, 'ispOps.upgrades.errors.duration'),
    offerStart: date,
    offerEnd: date,
    automatic: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .refine((v) => v.offerEnd >= v.offerStart, { path: ['offerEnd'], message: 'ispOps.upgrades.errors.offerEnd' });
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleValues = z.output<typeof ruleSchema>;

export const ruleIdSchema = z.strictObject({ ruleId: z.uuid() });

/** Apply a rule to the subscriptions ticked on the eligible list (one page at most). */
export const applyRuleSchema = z.strictObject({
  ruleId: z.uuid(),
  subscriptionIds: z.array(z.uuid()).min(1, 'ispOps.upgrades.errors.noneSelected').max(200),
});

/** Apply a rule to everyone eligible, one batch per call; the page calls again until nothing is left. */
export const applyAllSchema = z.strictObject({ ruleId: z.uuid(), afterId: z.union([z.literal(''), z.uuid()]).default('') });

export const approveRequestSchema = z.strictObject({
  requestId: z.uuid(),
  extraMbps: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(1, 'ispOps.upgrades.errors.extraMbps').max(10_000, 'ispOps.upgrades.errors.extraMbps'),
  durationMonths: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(1, 'ispOps.upgrades.errors.duration').max(60, 'ispOps.upgrades.errors.duration'),
});
export type ApproveRequestInput = z.input<typeof approveRequestSchema>;

export const rejectRequestSchema = z.strictObject({
  requestId: z.uuid(),
  reason: z.string().trim().min(3, 'ispOps.upgrades.errors.reasonRequired').max(500, 'validation.tooLong'),
});
export type RejectRequestInput = z.input<typeof rejectRequestSchema>;
