import 'server-only';
import { eq } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import { staffProfiles, users } from '@/db/schema';
import { ForbiddenError, UnauthenticatedError } from '@/lib/errors';
import type { Session } from 'next-auth';
import { auth } from './auth';
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

type SessionReader = (req: { headers: Headers }, res: { headers: Headers }) => Promise<Session | null>;

/**
 * Auth.js's auth() reads the request's Cookie header, which a Server Action cannot change. When an
 * action sets a new session cookie (the re-sign-in after a password change), Next re-renders the page
 * in the same request with cookies() updated but headers() not, so that render saw the old, now
 * revoked token and sent the user to /login. Hand Auth.js the cookies() view instead (its request/
 * response form; a refreshed cookie it may return is dropped, as with auth() in a render).
 */
async function readSession(): Promise<Session | null> {
  const h = new Headers(await headers());
  h.set('cookie', (await cookies()).getAll().map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; '));
  return (auth as unknown as SessionReader)({ headers: h }, { headers: new Headers() });
}

/**
 * Who is calling, read from PostgreSQL on every request (memoized per request). A session whose
 * version no longer matches (password changed, role changed, disabled) counts as signed out (C2).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const id = session?.user?.id;
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
