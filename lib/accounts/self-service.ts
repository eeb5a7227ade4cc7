import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { CurrentUser } from '@/lib/auth/session';
import { ValidationError } from '@/lib/errors';
import { enforce } from '@/lib/rate-limit';
import type { Locale } from '@/lib/i18n/config';

/** Needs the current password; ends every other session by bumping the session version. */
export async function changePassword(me: CurrentUser, currentPassword: string, newPassword: string, ip: string) {
  await enforce([['loginAccount', me.email], ['loginIp', ip]]);
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.id)).limit(1);
  if (!(await verifyPassword(row?.hash, currentPassword))) {
    throw new ValidationError('auth.password.currentWrong', { currentPassword: ['auth.password.currentWrong'] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, me.id));
    await recordAudit(tx, me, { action: 'user.change_password', entityType: 'user', entityId: me.id, after: { passwordChanged: true } });
  });
}

export async function updateProfile(me: CurrentUser, input: { name: string; phone: string | null; locale: Locale }) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name, phone: users.phone, locale: users.locale }).from(users).where(eq(users.id, me.id));
    const [after] = await tx
      .update(users)
      .set({ name: input.name, phone: input.phone, locale: input.locale })
      .where(eq(users.id, me.id))
      .returning({ name: users.name, phone: users.phone, locale: users.locale });
    await recordAudit(tx, me, { action: 'user.update_profile', entityType: 'user', entityId: me.id, before, after });
  });
}

export async function setUserLocale(me: CurrentUser, locale: Locale) {
  await db.update(users).set({ locale }).where(eq(users.id, me.id));
}
