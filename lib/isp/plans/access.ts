import 'server-only';
import { forbidden } from 'next/navigation';
import { can, type Permission } from '@/lib/auth/permissions';
import { requireUser, type CurrentUser } from '@/lib/auth/session';

/** For pages and queries that more than one permission opens (admins manage plans, helpdesk reads them). */
export async function requireAnyPermission(...permissions: Permission[]): Promise<CurrentUser> {
  const me = await requireUser();
  if (!permissions.some((p) => can(me.role, p))) forbidden();
  return me;
}
