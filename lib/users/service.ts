import 'server-only';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { sendInvitation } from '@/lib/accounts/tokens-flow';
import type { CurrentUser } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { notifyUser } from '@/lib/notifications/notify';

export async function inviteUser(actor: CurrentUser, input: { name: string; email: string; phone: string | null; role: Role; locale: Locale }) {
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, phone: input.phone, role: input.role, locale: input.locale, passwordHash: null })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      await sendInvitation(tx, { ...user, locale: input.locale }, actor.name);
      await recordAudit(tx, actor, { action: 'user.invite', entityType: 'user', entityId: user.id, after: { email: user.email, role: user.role } });
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_uq')) throw new ValidationError('errors.emailTaken', { email: ['errors.emailTaken'] });
    throw err;
  }
}

export async function resendInvite(actor: CurrentUser, userId: string) {
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) throw new NotFoundError();
    if (user.hash) throw new ConflictError('errors.conflict');
    await sendInvitation(tx, { id: user.id, email: user.email, name: user.name, locale: user.locale ?? 'id' }, actor.name);
    await recordAudit(tx, actor, { action: 'user.resend_invite', entityType: 'user', entityId: user.id });
  });
}

/** Guards against an admin locking everyone out: not oneself, and never the last active admin. */
async function assertChangeable(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], actor: CurrentUser, userId: string) {
  if (actor.id === userId) throw new ValidationError('errors.cannotSelf');
  const [target] = await tx
    .select({ id: users.id, role: users.role, status: users.status, name: users.name })
    .from(users)
    .where(eq(users.id, userId))
    .for('update')
    .limit(1);
  if (!target) throw new NotFoundError();
  return target;
}

async function assertAnotherAdmin(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], exceptId: string) {
  // Serialize admin-count checks so two concurrent demotions cannot both pass.
  await tx.execute(sql`select pg_advisory_xact_lock(72657362)`);
  const [{ n }] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, exceptId)));
  if (n === 0) throw new ValidationError('errors.lastAdmin');
}

/** Takes effect on the user's next request: the session version changes, and the role is read from the DB. */
export async function changeUserRole(actor: CurrentUser, userId: string, role: Role) {
  return db.transaction(async (tx) => {
    const target = await assertChangeable(tx, actor, userId);
    if (target.role === role) return target;
    if (target.role === 'admin') await assertAnotherAdmin(tx, userId);
    const [after] = await tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id, role: users.role, name: users.name });
    await recordAudit(tx, actor, { action: 'user.change_role', entityType: 'user', entityId: userId, before: { role: target.role }, after: { role } });
    await notifyUser(tx, { userId, kind: 'roleChanged', params: { role } });
    return after;
  });
}

export async function setUserStatus(actor: CurrentUser, userId: string, status: 'active' | 'disabled') {
  return db.transaction(async (tx) => {
    const target = await assertChangeable(tx, actor, userId);
    if (target.status === status) return target;
    if (status === 'disabled' && target.role === 'admin') await assertAnotherAdmin(tx, userId);
    const [after] = await tx
      .update(users)
      .set({ status, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id, status: users.status, name: users.name });
    await recordAudit(tx, actor, { action: status === 'disabled' ? 'user.disable' : 'user.enable', entityType: 'user', entityId: userId, before: { status: target.status }, after: { status } });
    return after;
  });
}
