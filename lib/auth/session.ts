import 'server-only';
import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import { staffProfiles, users } from '@/db/schema';
import { ForbiddenError, UnauthenticatedError } from '@/lib/errors';
import { readSessionClaims } from './session-token';
import { can, type Permission } from './permissions';
import { isStaffRole, type Role } from './roles';

export type CurrentUser = {
  id: string;
  role: Role;
  name: string;
  email: string;
  customerId: string | null;
  /** The service point a coordinator or engineer belongs to (null for others). */
  servicePointId: string | null;
  locale: 'id' | 'en' | null;
};

const STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60;

/**
 * The session cookie's claims, read from cookies() rather than the Cookie header: when a Server Action
 * sets a new session cookie (the re-sign-in after a password change), Next re-renders the page in the
 * same request with cookies() updated but headers() not, and the old, now revoked token would send the
 * user to /login. Reading the token directly (not through Auth.js's session handler) also means nothing
 * tries to refresh the cookie, which a render could not set anyway.
 */
async function readSession() {
  return readSessionClaims(await cookies());
}

/**
 * Who is calling, read from PostgreSQL on every request (memoized per request). A session whose
 * version no longer matches (password changed, role changed, disabled) counts as signed out (C2).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const id = session?.sub;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [me] = await db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      customerId: users.customerId,
      locale: users.locale,
      status: users.status,
      sv: users.sessionVersion,
      servicePointId: staffProfiles.servicePointId,
    })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(eq(users.id, id))
    .limit(1);
  if (!me || me.status !== 'active' || me.sv !== session?.sv) return null;
  if (isStaffRole(me.role) && session?.at && Date.now() / 1000 - session.at > STAFF_SESSION_MAX_SECONDS) return null;
  return {
    id: me.id,
    role: me.role,
    name: me.name,
    email: me.email,
    customerId: me.customerId,
    servicePointId: me.servicePointId ?? null,
    locale: me.locale,
  };
});

/** For pages: signed-out visitors go to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const me = await getCurrentUser();
  if (!me) redirect('/login');
  return me;
}

/** For pages and queries: the permission, or the 403 page (app/forbidden.tsx). */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const me = await requireUser();
  if (!can(me.role, permission)) forbidden();
  return me;
}

/** For actions: throws instead of redirecting, so the wrapper returns a typed error. */
export async function requireActor(permission: Permission | 'authenticated'): Promise<CurrentUser> {
  const me = await getCurrentUser();
  if (!me) throw new UnauthenticatedError();
  if (permission !== 'authenticated' && !can(me.role, permission)) throw new ForbiddenError(permission);
  return me;
}
