export type NewsState = 'scheduled' | 'live' | 'expired';

/** Where a news item is in its life, from its dates; computed per request, never stored. */
export function newsState(n: { publishAt: Date; expiresAt: Date | null }, now: Date): NewsState {
  if (n.publishAt > now) return 'scheduled';
  if (n.expiresAt && n.expiresAt <= now) return 'expired';
  return 'live';
}
