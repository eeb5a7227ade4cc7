import type { SubscriptionStatus } from '@/lib/isp/constants';

/** Status changes staff may make: active ↔ suspended, either → terminated (final). */
export const SUBSCRIPTION_MOVES: Record<SubscriptionStatus, readonly SubscriptionStatus[]> = {
  active: ['suspended', 'terminated'],
  suspended: ['active', 'terminated'],
  terminated: [],
};

/** Bandwidth history reasons (bandwidth_history.reason). */
export const BANDWIDTH_REASONS = ['activation', 'upgrade', 'upgrade-ended', 'plan-change'] as const;

export const SUBSCRIPTION_SORTS = ['start', 'customer', 'created'] as const;
