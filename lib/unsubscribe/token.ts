// One-click unsubscribe links for marketing e-mail (SPEC platform, RFC 8058). The token is
// `<customerId>.<HMAC-SHA256(key, purpose ‖ customerId)>` with a key derived from AUTH_SECRET for this
// use only (HKDF, its own info string), so it is tamper-proof (another id, another purpose or a
// shortened signature fails) and single-purpose (it cannot stand in for any other token). It is
// stateless on purpose: links in old promo mails must keep working, and the only thing one can do
// with it is opt that customer out of promotions, which is idempotent and harmless to repeat.
import 'server-only';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { appUrl } from '@/lib/urls';

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe-marketing';
export type UnsubscribePurpose = typeof UNSUBSCRIBE_PURPOSE;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let cachedKey: Buffer | null = null;

function key(): Buffer {
  cachedKey ??= Buffer.from(hkdfSync('sha256', env.AUTH_SECRET, 'relasi', 'relasi/unsubscribe-link/v1', 32));
  return cachedKey;
}

function mac(purpose: string, customerId: string): Buffer {
  return createHmac('sha256', key()).update(`${purpose}\n${customerId}`).digest();
}

export function signUnsubscribeToken(customerId: string, purpose: UnsubscribePurpose = UNSUBSCRIBE_PURPOSE): string {
  const id = customerId.toLowerCase();
  if (!UUID.test(id)) throw new Error('customer id must be a uuid');
  return `${id}.${mac(purpose, id).toString('base64url')}`;
}

/** The customer id the token was made for, or null for anything forged, altered or cut short. */
export function verifyUnsubscribeToken(token: unknown, purpose: UnsubscribePurpose = UNSUBSCRIBE_PURPOSE): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  const sig = token.slice(dot + 1);
  if (!UUID.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return null;
  // Compare the canonical text, not the decoded bytes: the last base64url character carries two spare
  // bits, so a decoded comparison would accept a second spelling of the same signature.
  const given = Buffer.from(sig, 'utf8');
  const want = Buffer.from(mac(purpose, id).toString('base64url'), 'utf8');
  return given.length === want.length && timingSafeEqual(given, want) ? id : null;
}

/** The confirm page (GET shows, POST acts) and the RFC 8058 one-click endpoint for a customer. */
export function unsubscribeLinks(customerId: string) {
  const t = signUnsubscribeToken(customerId);
  return { page: appUrl('/unsubscribe', { t }), oneClick: appUrl('/api/unsubscribe', { t }) };
}
