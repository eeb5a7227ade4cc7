import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { TicketReportView } from '@/components/reports/ticket-report-view';
import { zoneLabel } from '@/lib/format/date';
import { getTicketReport } from '@/lib/reports/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

/** The ticket report on A4 (seed 004 asks for printable recaps). */
export default async function PrintTicketReportPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const report = await getTicketReport({ from: firstParam(sp.from), to: firstParam(sp.to), preset: firstParam(sp.preset) });
  const t = await getTranslations('reports');
  const format = await getFormatter();
  const range = format.dateTimeRange(report.period.start, new Date(report.period.end.getTime() - 1), { dateStyle: 'long' });
  return (
    <article>
      <div className="mb-4 text-center">
        <h1 className="text-lg font-bold uppercase tracking-wider">{t('title')}</h1>
        <p>{t('periodLine', { range, zone: zoneLabel(report.timeZone) })}</p>
        {report.servicePoint ? <p>{t('scopedTo', { name: report.servicePoint.name })}</p> : null}
        <p className="text-xs text-slate-500">{t('printedAt', { date: format.dateTime(new Date(), 'short') })}</p>
      </div>
      <TicketReportView report={report} printable />
    </article>
  );
}
