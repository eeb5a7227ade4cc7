import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { getDashboardCharts } from '@/lib/reports/queries';
import { BarChart, PercentLineChart } from './charts';
import { csatText, pctValue } from './format';

/**
 * The manager's charts on the staff dashboard (report.read; a service point sees its own figures):
 * this month's tickets by status, the weekly SLA compliance trend and CSAT by month.
 */
export async function DashboardCharts() {
  const data = await getDashboardCharts();
  const t = await getTranslations('reports');
  const tj = await getTranslations('jobCards');
  const format = await getFormatter();
  const fmtPct = (v: number | null) => (v == null ? '—' : format.number(v / 100, { style: 'percent', maximumFractionDigits: 1 }));
  const weekLabel = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (
    <section aria-labelledby="dashboard-reports" className="mt-6">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="dashboard-reports" className="text-lg font-semibold">
          {t('dashboard.title')}
        </h2>
        <Link href="/staff/reports/tickets" className="text-sm">
          {t('dashboard.openReport')}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-2 2xl:grid-cols-3">
        <Card title={t('dashboard.byStatus', { month: monthLabel(data.monthLabel) })}>
          <BarChart
            title={t('dashboard.byStatus', { month: monthLabel(data.monthLabel) })}
            valueHeader={t('cols.tickets')}
            tableSummary={t('showTable')}
            bars={data.byStatus.map((s) => ({ label: tj(`statuses.${s.status}`), value: s.count, display: format.number(s.count) }))}
          />
        </Card>
        <Card title={t('dashboard.slaTrend')}>
          <PercentLineChart
            title={t('dashboard.slaTrend')}
            labels={data.slaTrend.map((w) => weekLabel(w.week))}
            formatPct={fmtPct}
            tableSummary={t('showTable')}
            series={[
              { name: t('dashboard.response'), color: '#0f766e', points: data.slaTrend.map((w) => pctValue(w.responseMet, w.responseDecided)) },
              { name: t('dashboard.resolution'), color: '#b45309', dash: '6 4', points: data.slaTrend.map((w) => pctValue(w.resolutionMet, w.resolutionDecided)) },
            ]}
          />
          <p className="mt-1 text-xs text-slate-500">{t('dashboard.slaTrendNote')}</p>
        </Card>
        <Card title={t('dashboard.csat')}>
          <p className="mb-2 text-sm">
            {t('dashboard.csatOverall')}: <strong className="tabular-nums">{csatText(format, data.csat.overall.average, data.csat.overall.count)}</strong>
          </p>
          {data.csat.byMonth.length ? (
            <BarChart
              title={t('dashboard.csat')}
              valueHeader={t('cols.csat')}
              tableSummary={t('showTable')}
              max={5}
              bars={data.csat.byMonth.map((m) => ({ label: monthLabel(m.month), value: m.average ?? 0, display: csatText(format, m.average, m.count) }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{t('csat.none')}</p>
          )}
        </Card>
      </div>
    </section>
  );
}

export function DashboardChartsSkeleton() {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2 2xl:grid-cols-3" aria-hidden>
      <Skeleton className="h-64" />
      <Skeleton className="h-64" />
      <Skeleton className="h-64" />
    </div>
  );
}
