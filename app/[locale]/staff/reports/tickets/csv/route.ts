import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { toCsv, type Cell } from '@/lib/reports/csv';
import { getTicketReport, type GroupRow, type TicketMetrics } from '@/lib/reports/queries';
import { reportScopeOf } from '@/lib/reports/scope';

export const dynamic = 'force-dynamic';

const round = (v: number | null, digits = 2) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
const rate = (met: number, decided: number) => (decided ? round((met / decided) * 100, 1) : null);

/** The ticket report as CSV (UTF-8 with BOM, formula-safe cells). The permission is checked first. */
export async function GET(req: Request, ctx: { params: Promise<{ locale: string }> }) {
  const me = await getCurrentUser();
  if (!me) return new Response('Unauthorized', { status: 401, headers: { 'Cache-Control': 'private, no-store' } });
  if (!reportScopeOf(me)) return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'private, no-store' } });

  const url = new URL(req.url);
  const q = (k: string) => url.searchParams.get(k)?.slice(0, 20) || undefined;
  const report = await getTicketReport({ from: q('from'), to: q('to'), preset: q('preset') });
  const { locale: raw } = await ctx.params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'reports' });
  const tj = await getTranslations({ locale, namespace: 'jobCards' });

  const metricHeaders = [
    t('cols.tickets'),
    t('cols.resolved'),
    t('csvCols.responseMet'),
    t('csvCols.responseDecided'),
    t('csvCols.responsePct'),
    t('csvCols.resolutionMet'),
    t('csvCols.resolutionDecided'),
    t('csvCols.resolutionPct'),
    t('csvCols.respondMeanBh'),
    t('csvCols.respondMedianBh'),
    t('csvCols.resolveMeanBh'),
    t('csvCols.resolveMedianBh'),
    t('csvCols.respondMeanH'),
    t('csvCols.respondMedianH'),
    t('csvCols.resolveMeanH'),
    t('csvCols.resolveMedianH'),
  ];
  const metricCells = (m: TicketMetrics): Cell[] => [
    m.total,
    m.resolved,
    m.responseMet,
    m.responseDecided,
    rate(m.responseMet, m.responseDecided),
    m.resolutionMet,
    m.resolutionDecided,
    rate(m.resolutionMet, m.resolutionDecided),
    round(m.respondMeanBh),
    round(m.respondMedianBh),
    round(m.resolveMeanBh),
    round(m.resolveMedianBh),
    round(m.respondMeanH),
    round(m.respondMedianH),
    round(m.resolveMeanH),
    round(m.resolveMedianH),
  ];
  const group = (r: GroupRow, none: string): Cell[] => [r.name ?? none, ...metricCells(r), round(r.csat.average), r.csat.count];

  const rows: Cell[][] = [
    [t('title')],
    [t('csvCols.from'), report.period.from, t('csvCols.to'), report.period.to, t('csvCols.timeZone'), report.timeZone],
    ...(report.servicePoint ? [[t('cols.servicePoint'), report.servicePoint.name] as Cell[]] : []),
    [],
    [t('csvCols.section'), ...metricHeaders, t('csvCols.csatAvg'), t('csvCols.csatCount')],
    [t('csvCols.overall'), ...metricCells(report.overall), round(report.csat.overall.average), report.csat.overall.count],
    [],
    [t('cols.status'), t('cols.tickets')],
    ...report.byStatus.map((s) => [tj(`statuses.${s.status}`), s.count]),
    [],
    [t('cols.category'), t('cols.tickets')],
    ...report.byCategory.map((c) => [tj(`categories.${c.category}`), c.count]),
    [],
    [t('cols.servicePoint'), ...metricHeaders, t('csvCols.csatAvg'), t('csvCols.csatCount')],
    ...report.byServicePoint.map((r) => group(r, t('noServicePoint'))),
    [],
    [t('cols.engineer'), ...metricHeaders, t('csvCols.csatAvg'), t('csvCols.csatCount')],
    ...report.byEngineer.map((r) => group(r, t('noEngineer'))),
  ];

  return new Response(toCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="laporan-tiket-${report.period.from}_${report.period.to}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
