import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { enforce } from '@/lib/rate-limit';
import { consumeToken, issueToken, rehearseIssueToken } from '@/lib/tokens';
import { appUrl } from '@/lib/urls';

/** Consumes a verification link (POST only: mail scanners prefetch GETs). */
export async function verifyEmail(token: string): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, token, 'verify_email');
    if (!used) throw new ValidationError('auth.verify.invalidLink');
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, email: users.email, role: users.role });
    await recordAudit(tx, user, { action: 'user.verify_email', entityType: 'user', entityId: user.id, after: { emailVerified: true } });
    return { email: user.email };
  });
}

/**
 * Reset request: a link for an existing active account, a "no account here" note otherwise, so the
 * answer, the status and the work done are the same whether or not the address is registered (C8).
 */
export async function requestPasswordReset(email: string, ip: string, locale: Locale): Promise<void> {
  await enforce([['resetIp', ip], ['resetAccount', email]]);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, status: users.status, locale: users.locale })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    if (!user || user.status !== 'active') {
      await rehearseIssueToken(tx, 'reset_password');
      await enqueueMessage(tx, { to: email, template: 'reset-unknown', locale, data: { registerUrl: appUrl('/register') } });
      return;
    }
    const token = await issueToken(tx, user.id, 'reset_password');
    await enqueueMessage(tx, { to: email, template: 'reset-password', locale: user.locale ?? locale, data: { name: user.name, url: appUrl('/reset-password', { token }) } });
  });
}

/**
 * Sets a new password from a reset or invite link. Bumps the session version so every other
 * session ends, and marks the address verified (the link proved the mailbox).
 */
export async function setPasswordWithToken(kind: 'reset_password' | 'invite', token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, token, kind);
    if (!used) throw new ValidationError(kind === 'invite' ? 'auth.invite.invalidLink' : 'auth.reset.invalidLink');
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, email: users.email, role: users.role, status: users.status });
    if (user.status !== 'active') throw new ValidationError(kind === 'invite' ? 'auth.invite.invalidLink' : 'auth.reset.invalidLink');
    await recordAudit(tx, user, { action: kind === 'invite' ? 'user.accept_invite' : 'user.reset_password', entityType: 'user', entityId: user.id, after: { passwordChanged: true } });
    return { email: user.email, role: user.role };
  });
}

/** An admin's invitation: a staff (or contact) account without a password and a 72-hour link. */
export async function sendInvitation(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], user: { id: string; email: string; name: string; locale: Locale }, invitedBy: string) {
  const token = await issueToken(tx, user.id, 'invite');
  await enqueueMessage(tx, {
    to: user.email,
    template: 'invite',
    locale: user.locale,
    data: { name: user.name, invitedBy, url: appUrl('/invite', { token }) },
  });
}
