export const OUTBOX_CHANNELS = ['email', 'whatsapp', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** Resend keeps an Idempotency-Key for 24 h; past 23 h a retry could double-send, so it stops (C26). */
export const OUTBOX_GIVE_UP_AFTER_MS = 23 * 60 * 60 * 1000;
export const OUTBOX_LEASE_MS = 2 * 60 * 1000;
export const OUTBOX_BACKOFF_BASE_MS = 30 * 1000;
export const OUTBOX_BACKOFF_CAP_MS = 6 * 60 * 60 * 1000;
