import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The client address. scripts/server.mjs overwrites X-Forwarded-For with the address it trusts
 * (the socket, or the hop TRUST_PROXY_HOPS back), so the first entry here is that one (C7).
 */
export function clientIpFrom(h: Headers): string {
  const xff = h.get('x-forwarded-for');
  const first = xff?.split(',')[0]?.trim();
  return first && first.length <= 64 ? first : 'unknown';
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/**
 * Mutations must come from our own origin (C13). Next checks Origin against Host for server actions
 * but lets a request without Origin through; this refuses a missing or foreign Origin.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get('origin');
  if (!origin || origin === 'null') return false;
  const allowed = new URL(env.APP_URL).origin;
  if (origin === allowed) return true;
  // Local runs reach the same server as localhost or 127.0.0.1; both are the app.
  if (env.NODE_ENV !== 'production' || env.RELASI_ALLOW_INSECURE) {
    try {
      const o = new URL(origin);
      const a = new URL(allowed);
      const local = (host: string) => host === 'localhost' || host === '127.0.0.1';
      if (local(o.hostname) && local(a.hostname) && o.port === a.port && o.protocol === a.protocol) return true;
    } catch {
      return false;
    }
  }
  return false;
}
