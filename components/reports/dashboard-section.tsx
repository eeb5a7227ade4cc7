import { Suspense } from 'react';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { DashboardCharts, DashboardChartsSkeleton } from './dashboard-charts';

/** Drop-in for the staff dashboard: the report charts for roles with report.read, streamed in. */
export function ReportsDashboardSection({ role }: { role: Role }) {
  if (!can(role, 'report.read')) return null;
  return (
    <Suspense fallback={<DashboardChartsSkeleton />}>
      <DashboardCharts />
    </Suspense>
  );
}
