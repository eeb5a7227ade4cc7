import 'server-only';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '@/db/client';
import { customers, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { enforce } from '@/lib/rate-limit';
import { issueToken } from '@/lib/tokens';
import { appUrl } from '@/lib/urls';

export type RegisterCommand = { name: string; email: string; phone: string | null; password: string; locale: Locale; ip: string };

/**
 * Self-registration: a person customer and its user in one transaction, with the verification mail
 * in the outbox. An address that already has an account gets a "you already have an account" mail
 * instead, and the caller sees the same answer either way (C8).
 */
export async function registerCustomer(cmd: RegisterCommand): Promise<void> {
  await enforce([['registerIp', cmd.ip]]);
  const passwordHash = await hashPassword(cmd.password); // hashed on both paths: same cost either way
  try {
    await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, cmd.email)).limit(1);
      if (existing) {
        await rehearseAccount(tx, cmd, passwordHash);
        await enqueueMessage(tx, {
          to: cmd.email,
          template: 'account-exists',
          locale: existing.locale ?? cmd.locale,
          data: { loginUrl: appUrl('/login'), resetUrl: appUrl('/forgot-password') },
        });
        return;
      }
      await createAccount(tx, cmd, passwordHash);
    });
  } catch (err) {
    // Two registrations of one address at the same instant: the loser behaves like "already exists".
    if (!isUniqueViolation(err, 'users_email_uq')) throw err;
  }
}

/**
 * The customer, its user, the verification link and its mail, and the audit row. Also used by the
 * ISP sign-up (lib/isp/applications), which opens the account and the application in one transaction.
 */
export async function createAccount(tx: Tx, cmd: Pick<RegisterCommand, 'name' | 'email' | 'phone' | 'locale'>, passwordHash: string): Promise<{ userId: string; customerId: string }> {
  const [customer] = await tx
    .insert(customers)
    .values({ name: cmd.name, type: 'person', email: cmd.email, phone: cmd.phone })
    .returning({ id: customers.id });
  const [user] = await tx
    .insert(users)
    .values({ email: cmd.email, name: cmd.name, phone: cmd.phone, passwordHash, role: 'customer', customerId: customer.id, locale: cmd.locale })
    .returning({ id: users.id, email: users.email, role: users.role });
  const token = await issueToken(tx, user.id, 'verify_email');
  await enqueueMessage(tx, {
    to: cmd.email,
    template: 'verify-email',
    locale: cmd.locale,
    data: { name: cmd.name, url: appUrl('/verify-email', { token }) },
  });
  await recordAudit(tx, { id: user.id, role: 'customer' }, { action: 'user.register', entityType: 'user', entityId: user.id, after: { email: user.email, role: user.role, customerId: customer.id } });
  return { userId: user.id, customerId: customer.id };
}

class Rehearsal extends Error {}

/**
 * For an address that already has an account: the same inserts under a throwaway address inside a
 * savepoint that is rolled back, so both answers do the same work and take the same time (C8, S10).
 */
async function rehearseAccount(tx: Tx, cmd: RegisterCommand, passwordHash: string) {
  try {
    await tx.transaction(async (sp) => {
      await createAccount(sp, { ...cmd, email: `rehearsal-${randomUUID()}@relasi.invalid` }, passwordHash);
      throw new Rehearsal();
    });
  } catch (err) {
    if (!(err instanceof Rehearsal)) throw err;
  }
}

/** Sends a fresh verification link when the account exists and is unverified; silent otherwise. */
export async function resendVerification(email: string, ip: string, locale: Locale): Promise<void> {
  await enforce([['resetIp', ip], ['resendVerifyAccount', email]]);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, verified: users.emailVerifiedAt, locale: users.locale, status: users.status })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    if (!user || user.verified || user.status !== 'active') return;
    const token = await issueToken(tx, user.id, 'verify_email');
    await enqueueMessage(tx, { to: email, template: 'verify-email', locale: user.locale ?? locale, data: { name: user.name, url: appUrl('/verify-email', { token }) } });
  });
}
