import 'server-only';
import { forbidden } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireUser, type CurrentUser } from '@/lib/auth/session';

/** Whose figures a caller sees: everything (`servicePointId` null) or one service point's. */
export type ReportScope = { me: CurrentUser; servicePointId: string | null };

/**
 * Managers and admins (`report.read`) see every figure; a service point coordinator sees their own
 * point's figures (tickets and ratings of that point); nobody else sees reports.
 */
export function reportScopeOf(me: CurrentUser): ReportScope | null {
  if (can(me.role, 'report.read')) return { me, servicePointId: null };
  if (me.role === 'service_point' && me.servicePointId) return { me, servicePointId: me.servicePointId };
  return null;
}

/** For pages and queries: the scope, or the 403 page. */
export async function requireReportScope(): Promise<ReportScope> {
  const me = await requireUser();
  const scope = reportScopeOf(me);
  if (!scope) forbidden();
  return scope;
}
