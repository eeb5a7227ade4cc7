import 'server-only';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { SESSION_COOKIE_NAMES } from './cookie-names';

/** What Relasi's session token carries (lib/auth/auth.ts, jwt callback): who, which session version, since when. */
export type SessionClaims = { sub: string; sv: number | undefined; at: number | undefined };

type CookieJar = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };


/** The token as Auth.js stores it: one cookie, or `name.0`, `name.1`, … when it exceeds 4 KB. */
function tokenFrom(jar: CookieJar, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : null;
}

// Decrypting a token (HKDF key derivation, then AES-CBC + HMAC through WebCrypto) costs about 0.7 ms,
// and every signed-in request reads one; going through Auth.js's session handler cost ~5 ms more
// (it builds a Request, runs the callbacks and re-encrypts a fresh token that a render must drop).
// So decoded tokens are memoized per process, keyed by the exact token: the result of a pure
// function of (token, secret), with the expiry checked again on every use. This is a cache, not
// shared state: whether the user may act is still read from PostgreSQL on every request (role,
// status, session version — lib/auth/session.ts), so a revoked session ends everywhere at once.
const MAX_ENTRIES = 5_000;
const CLOCK_TOLERANCE_SECONDS = 15; // as Auth.js's own decode
const decoded = new Map<string, SessionClaims & { exp: number }>();

function fresh(entry: { exp: number }): boolean {
  return Date.now() / 1000 < entry.exp + CLOCK_TOLERANCE_SECONDS;
}

async function decodeToken(token: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const hit = decoded.get(key);
  if (hit) {
    if (fresh(hit)) return hit;
    decoded.delete(key);
    return null;
  }
  let payload: Record<string, unknown> | null;
  try {
    payload = (await decode({ token, secret: env.AUTH_SECRET, salt })) as Record<string, unknown> | null;
  } catch {
    return null; // tampered, expired, or issued with another secret: signed out
  }
  if (!payload || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
  const claims: SessionClaims & { exp: number } = {
    sub: payload.sub,
    sv: typeof payload.sv === 'number' ? payload.sv : undefined,
    at: typeof payload.at === 'number' ? payload.at : undefined,
    exp: payload.exp,
  };
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, claims);
  return claims;
}

/** The claims of the request's session cookie, or null when there is none or it is not valid. */
export async function readSessionClaims(jar: CookieJar): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = tokenFrom(jar, name);
    if (token) return decodeToken(token, name);
  }
  return null;
}
