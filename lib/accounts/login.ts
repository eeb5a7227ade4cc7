import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { clearLimit, hit } from '@/lib/rate-limit';
import { normalizeEmail } from '@/lib/users/email';

export type LoginFailure = 'invalid' | 'unverified' | 'rate_limited';
export type LoginResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: LoginFailure; retryAfterSeconds: number };

/**
 * The whole credential check, used by the Auth.js Credentials provider (so the /api/auth callback
 * and our login form share it). Rate limits first (per IP and per account, in PostgreSQL), then one
 * argon2 verify whether or not the account exists, then the account's state (C6–C8).
 */
export async function verifyLogin(input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const email = normalizeEmail(input.email).slice(0, 254);
  const password = input.password.slice(0, 128);
  const [byIp, byAccount] = await Promise.all([hit('loginIp', input.ip), hit('loginAccount', email)]);
  if (!byIp.ok || !byAccount.ok) {
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: Math.max(byIp.ok ? 0 : byIp.retryAfterSeconds, byAccount.ok ? 0 : byAccount.retryAfterSeconds) };
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, verified: users.emailVerifiedAt, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.status !== 'active') return { ok: false, reason: 'invalid', retryAfterSeconds: 0 };
  // Only someone who knows the password learns that the address still needs verifying.
  if (!user.verified) return { ok: false, reason: 'unverified', retryAfterSeconds: 0 };
  const patch: { lastLoginAt: Date; passwordHash?: string } = { lastLoginAt: new Date() };
  if (user.passwordHash && needsRehash(user.passwordHash)) patch.passwordHash = await hashPassword(password);
  await db.update(users).set(patch).where(eq(users.id, user.id));
  // The per-account limit is for guesses: the owner's own sign-ins (and the re-sign-in after a
  // password change) must not use it up. A locked account never gets here (the hit above refuses).
  await clearLimit('loginAccount', email);
  return { ok: true, user: { id: user.id, sessionVersion: user.sv } };
}
