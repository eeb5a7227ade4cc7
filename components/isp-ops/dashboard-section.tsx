import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { getIspTrend } from '@/lib/isp/reports/queries';
import { Bars } from './bars';

/** Drop-in for the staff dashboard (report.read): the ISP module's last six months, streamed in. */
export function IspDashboardSection({ role }: { role: Role }) {
  if (!can(role, 'report.read')) return null;
  return (
    <Suspense fallback={<Skeleton className="mt-6 h-64" />}>
      <IspDashboardCharts />
    </Suspense>
  );
}

async function IspDashboardCharts() {
  const { points } = await getIspTrend(6);
  const t = await getTranslations('ispOps.dashboard');
  const format = await getFormatter();
  const label = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const charts = [
    { key: 'signups', title: t('signups'), color: '#0f766e', values: points.map((p) => p.signups) },
    { key: 'activated', title: t('activated'), color: '#15803d', values: points.map((p) => p.activated) },
    { key: 'complaints', title: t('complaints'), color: '#b45309', values: points.map((p) => p.complaints) },
    { key: 'upgrades', title: t('upgrades'), color: '#1d4ed8', values: points.map((p) => p.upgrades) },
  ];
  return (
    <section aria-labelledby="isp-dashboard" className="mt-6">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="isp-dashboard" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <Link href="/staff/isp/reports" className="text-sm">
          {t('openReport')}
        </Link>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {charts.map((c) => (
          <Card key={c.key} title={c.title}>
            <Bars
              title={c.title}
              valueHeader={t('count')}
              color={c.color}
              labelWidth={80}
              width={360}
              items={points.map((p, i) => ({ label: label(p.month), value: c.values[i], display: format.number(c.values[i]) }))}
            />
          </Card>
        ))}
      </div>
    </section>
  );
}
