import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { GroupRow, TicketReport } from '@/lib/reports/queries';
import { BarChart } from './charts';
import { csatText, hours, pct } from './format';

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200 print:rounded-none print:p-2">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-bold tabular-nums print:text-lg">{value}</p>
      {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

function Table({ caption, headers, rows, empty }: { caption: string; headers: Array<{ label: string; numeric?: boolean }>; rows: ReactNode[][]; empty: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200 print:overflow-visible print:rounded-none print:ring-0">
      <table className="min-w-full border-collapse text-left text-sm print:text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className={`whitespace-nowrap border-b border-slate-200 px-3 py-2 font-semibold text-slate-700 print:px-1.5 ${h.numeric ? 'text-right' : ''}`}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((r, i) => (
              <tr key={i} className="break-inside-avoid border-b border-slate-100 last:border-0">
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-3 py-1.5 font-medium print:px-1.5">
                      {c}
                    </th>
                  ) : (
                    <td key={j} className={`px-3 py-1.5 print:px-1.5 ${headers[j]?.numeric ? 'whitespace-nowrap text-right tabular-nums' : ''}`}>
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={headers.length} className="px-3 py-4 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function H2({ children }: { children: ReactNode }) {
  return <h2 className="mb-2 mt-8 text-lg font-semibold print:mt-4 print:text-base">{children}</h2>;
}

/** The ticket report body, shared by the staff page and the printable page. */
export async function TicketReportView({ report, printable = false }: { report: TicketReport; printable?: boolean }) {
  const t = await getTranslations('reports');
  const tj = await getTranslations('jobCards');
  const format = await getFormatter();
  const o = report.overall;
  const groupHeaders = (first: string) => [
    { label: first },
    { label: t('cols.tickets'), numeric: true },
    { label: t('cols.resolved'), numeric: true },
    { label: t('cols.responseSla'), numeric: true },
    { label: t('cols.resolutionSla'), numeric: true },
    { label: t('cols.meanResolveBh'), numeric: true },
    { label: t('cols.csat'), numeric: true },
  ];
  const groupRow = (r: GroupRow, none: string): ReactNode[] => [
    r.name ?? none,
    format.number(r.total),
    format.number(r.resolved),
    pct(format, r.responseMet, r.responseDecided),
    pct(format, r.resolutionMet, r.resolutionDecided),
    hours(format, r.resolveMeanBh),
    csatText(format, r.csat.average, r.csat.count),
  ];

  return (
    <div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5 print:grid-cols-5">
        <Stat label={t('stats.tickets')} value={format.number(o.total)} />
        <Stat label={t('stats.resolved')} value={format.number(o.resolved)} />
        <Stat label={t('stats.responseSla')} value={pct(format, o.responseMet, o.responseDecided)} hint={t('stats.ofDecided', { met: o.responseMet, decided: o.responseDecided })} />
        <Stat label={t('stats.resolutionSla')} value={pct(format, o.resolutionMet, o.resolutionDecided)} hint={t('stats.ofDecided', { met: o.resolutionMet, decided: o.resolutionDecided })} />
        <Stat label={t('stats.csat')} value={csatText(format, report.csat.overall.average, report.csat.overall.count)} hint={t('stats.csatHint')} />
      </div>

      <H2>{t('times.title')}</H2>
      <Table
        caption={t('times.title')}
        empty={t('empty')}
        headers={[{ label: '' }, { label: t('times.meanBh'), numeric: true }, { label: t('times.medianBh'), numeric: true }, { label: t('times.meanH'), numeric: true }, { label: t('times.medianH'), numeric: true }]}
        rows={[
          [t('times.respond'), hours(format, o.respondMeanBh), hours(format, o.respondMedianBh), hours(format, o.respondMeanH), hours(format, o.respondMedianH)],
          [t('times.resolve'), hours(format, o.resolveMeanBh), hours(format, o.resolveMedianBh), hours(format, o.resolveMeanH), hours(format, o.resolveMedianH)],
        ]}
      />
      <p className="mt-1 text-xs text-slate-500">{t('times.note')}</p>

      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <div>
          <H2>{t('byStatus')}</H2>
          {printable ? (
            <Table caption={t('byStatus')} empty={t('empty')} headers={[{ label: t('cols.status') }, { label: t('cols.tickets'), numeric: true }]} rows={report.byStatus.map((s) => [tj(`statuses.${s.status}`), format.number(s.count)])} />
          ) : (
            <BarChart title={t('byStatus')} valueHeader={t('cols.tickets')} tableSummary={t('showTable')} bars={report.byStatus.map((s) => ({ label: tj(`statuses.${s.status}`), value: s.count, display: format.number(s.count) }))} />
          )}
        </div>
        <div>
          <H2>{t('byCategory')}</H2>
          {printable ? (
            <Table caption={t('byCategory')} empty={t('empty')} headers={[{ label: t('cols.category') }, { label: t('cols.tickets'), numeric: true }]} rows={report.byCategory.map((c) => [tj(`categories.${c.category}`), format.number(c.count)])} />
          ) : (
            <BarChart title={t('byCategory')} valueHeader={t('cols.tickets')} tableSummary={t('showTable')} bars={report.byCategory.map((c) => ({ label: tj(`categories.${c.category}`), value: c.count, display: format.number(c.count) }))} />
          )}
        </div>
      </div>

      <H2>{t('byServicePoint')}</H2>
      <Table caption={t('byServicePoint')} empty={t('empty')} headers={groupHeaders(t('cols.servicePoint'))} rows={report.byServicePoint.map((r) => groupRow(r, t('noServicePoint')))} />

      <H2>{t('byEngineer')}</H2>
      <Table caption={t('byEngineer')} empty={t('empty')} headers={groupHeaders(t('cols.engineer'))} rows={report.byEngineer.map((r) => groupRow(r, t('noEngineer')))} />

      <H2>{t('csat.title')}</H2>
      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <Table
          caption={t('csat.distribution')}
          empty={t('empty')}
          headers={[{ label: t('csat.stars') }, { label: t('csat.count'), numeric: true }]}
          rows={([5, 4, 3, 2, 1] as const).map((s) => [t('csat.starsN', { n: s }), format.number(report.csat.overall.distribution[s])])}
        />
        <Table
          caption={t('csat.byMonth')}
          empty={t('csat.none')}
          headers={[{ label: t('csat.month') }, { label: t('cols.csat'), numeric: true }]}
          rows={report.csat.byMonth.map((m) => [m.month, csatText(format, m.average, m.count)])}
        />
      </div>
      <p className="mt-2 text-xs text-slate-500">{t('notes')}</p>
    </div>
  );
}
