export const PROMO_AUDIENCES = ['public', 'all_customers', 'segment'] as const;
export type PromoAudience = (typeof PROMO_AUDIENCES)[number];
export const DISCOUNT_TYPES = ['percent', 'amount'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'pending_approval', 'approved', 'sending', 'done', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_CHANNELS = ['email', 'whatsapp'] as const;
export const RECIPIENT_STATUSES = ['pending', 'sent', 'failed', 'opted_out'] as const;

/** Cache tag of every public promo read (unstable_cache); each promo save revalidates it. */
export const PROMOS_TAG = 'promos';
export const PROMO_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
