// The monthly ISP recap as CSV (UTF-8 with BOM, formula-safe cells). report.read is checked first.
import { NextResponse, type NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { CSV_BOM, csvRow } from '@/lib/customers/csv';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { getIspRecap } from '@/lib/isp/reports/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const me = await getCurrentUser();
  if (!me) return new NextResponse(null, { status: 401, headers: { 'Cache-Control': 'private, no-store' } });
  if (!can(me.role, 'report.read')) return new NextResponse(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });
  const q = request.nextUrl.searchParams;
  const recap = await getIspRecap({ month: q.get('month')?.slice(0, 7) ?? undefined, area: q.get('area')?.slice(0, 5) ?? undefined });
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = me.locale ?? (isLocale(cookieLocale) ? cookieLocale : 'id');
  const t = translatorFor(locale, 'ispOps.reports');
  const ta = translatorFor(locale, 'ispOps.applicationStatuses');
  const c = recap.complaints;
  const rate = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);
  const rows: unknown[][] = [
    [t('printTitle')],
    [t('month'), recap.month.key, t('branch'), recap.area?.name ?? t('allBranches'), t('timeZone'), recap.timeZone],
    [],
    [t('signupsTitle'), t('count')],
    ...recap.signups.byStatus.map((s) => [ta(s.status), s.count]),
    [t('csv.total'), recap.signups.total],
    [t('csv.conversionPct'), rate(recap.signups.active, recap.signups.total)],
    [],
    [t('complaintsTitle'), ''],
    [t('complaintsCount'), c.total],
    [t('complaintsResolved'), c.resolved],
    [t('csv.slaMet'), c.slaMet],
    [t('csv.slaDecided'), c.slaDecided],
    [t('csv.slaPct'), rate(c.slaMet, c.slaDecided)],
    [t('csv.csatAvg'), c.csatAverage == null ? null : Math.round(c.csatAverage * 100) / 100],
    [t('csv.csatCount'), c.csatCount],
    [],
    [t('promosSent'), recap.promos.sent],
    [t('csv.promosQueued'), recap.promos.queued],
    [],
    [t('upgradesGiven'), recap.upgrades.total],
    [t('upgradesAuto'), recap.upgrades.automatic],
    [t('upgradesManual'), recap.upgrades.manual],
    [t('upgradesEnded'), recap.upgrades.reverted],
    [t('extraTotal'), recap.upgrades.extraMbps],
    [],
    [t('waitingTitle'), t('csv.areaCode'), t('cols.waiting'), t('csv.joined')],
    ...recap.waiting.byArea.map((w) => [w.name, w.code, w.open, w.joined]),
    [],
    [
      t('branch'),
      t('csv.areaCode'),
      t('cols.signups'),
      t('cols.activated'),
      t('csv.conversionPct'),
      t('cols.waiting'),
      t('cols.complaints'),
      t('cols.upgrades'),
    ],
    ...recap.byRegency.map((r) => [
      r.name ?? t('noBranch'),
      r.code,
      r.signups,
      r.activated,
      rate(r.activated, r.signups),
      r.waiting,
      r.complaints,
      r.upgrades,
    ]),
  ];
  return new NextResponse(CSV_BOM + rows.map((r) => csvRow(r)).join(''), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rekap-isp-${recap.month.key}${recap.area ? `-${recap.area.code}` : ''}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
