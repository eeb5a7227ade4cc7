import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { PeriodPicker } from '@/components/reports/period-picker';
import { TicketReportView } from '@/components/reports/ticket-report-view';
import { buttonClass } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/card';
import { zoneLabel } from '@/lib/format/date';
import { getTicketReport } from '@/lib/reports/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

export default async function TicketReportPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const report = await getTicketReport({ from: firstParam(sp.from), to: firstParam(sp.to), preset: firstParam(sp.preset) });
  const t = await getTranslations('reports');
  const format = await getFormatter();
  const qs = new URLSearchParams({ from: report.period.from, to: report.period.to }).toString();
  const range = format.dateTimeRange(report.period.start, new Date(report.period.end.getTime() - 1), { dateStyle: 'long' });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('periodLine', { range, zone: zoneLabel(report.timeZone) })}
        actions={
          <>
            <Link href={`/print/reports/tickets?${qs}`} className={buttonClass('secondary', 'sm')}>
              {t('print')}
            </Link>
            <a href={`/staff/reports/tickets/csv?${qs}`} className={buttonClass('secondary', 'sm')} download>
              {t('csv')}
            </a>
          </>
        }
      />
      {report.servicePoint ? (
        <div className="mb-4">
          <Alert tone="info">{t('scopedTo', { name: report.servicePoint.name })}</Alert>
        </div>
      ) : null}
      <PeriodPicker action="/staff/reports/tickets" period={report.period} zone={zoneLabel(report.timeZone)} />
      <TicketReportView report={report} />
    </>
  );
}
