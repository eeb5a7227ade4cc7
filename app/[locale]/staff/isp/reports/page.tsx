import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { Bars } from '@/components/isp-ops/bars';
import { PrintButton } from '@/components/isp-ops/print-button';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { zoneLabel } from '@/lib/format/date';
import { currentMonthKey, getIspRecap, shiftMonth } from '@/lib/isp/reports/queries';
import { listRegencyOptions } from '@/lib/isp/subscriptions/queries';
import { getSettings } from '@/lib/settings/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.reports');
  return { title: t('title') };
}

/**
 * The monthly recap (seed 004: printable recaps of complaints, promos and bandwidth additions, plus
 * sign-ups) per month and branch. On paper: A4, the company's letterhead, no navigation or filters.
 */
export default async function IspReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('report.read');
  const sp = await searchParams;
  const [recap, regencies, settings] = await Promise.all([
    getIspRecap({ month: firstParam(sp.month), area: firstParam(sp.area) }),
    listRegencyOptions(),
    getSettings(),
  ]);
  const t = await getTranslations('ispOps.reports');
  const ta = await getTranslations('ispOps.applicationStatuses');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const { company } = settings;
  const monthLabel = (k: string) => format.dateTime(new Date(`${k}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const pct = (a: number, b: number) => (b ? format.number(a / b, { style: 'percent', maximumFractionDigits: 1 }) : '—');
  const thisMonth = currentMonthKey(recap.timeZone);
  const months = Array.from({ length: 24 }, (_, i) => shiftMonth(thisMonth, -i));
  const qs = new URLSearchParams({ month: recap.month.key, ...(recap.area ? { area: recap.area.code } : {}) });
  const c = recap.complaints;
  const contact = [company.phone ? formatIdPhone(company.phone) : null, company.email || null].filter(Boolean).join(' · ');
  return (
    <article>
      {/* Letterhead for paper only: the app's header and sidebar are hidden by the print styles. */}
      <header className="mb-4 hidden items-start justify-between gap-4 border-b-2 border-slate-900 pb-3 print:flex">
        <div>
          <p className="text-xl font-bold leading-tight">{company.name}</p>
          {company.tagline ? <p className="text-xs text-slate-600">{company.tagline}</p> : null}
        </div>
        <div className="text-right text-xs leading-snug text-slate-700">
          {company.address ? <p>{company.address}</p> : null}
          {company.city ? <p>{company.city}</p> : null}
          {contact ? <p>{contact}</p> : null}
        </div>
      </header>
      <div className="no-print">
        <PageHeader
          title={t('title')}
          description={t('subtitle')}
          actions={
            <>
              <a href={`/staff/isp/reports/csv?${qs}`} className={buttonClass('secondary')} download>
                {tc('exportCsv')}
              </a>
              <PrintButton label={tc('print')} />
            </>
          }
        />
        <form action="/staff/isp/reports" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t('filterLabel')}>
          <div className="space-y-1">
            <label htmlFor="recap-month" className="block text-sm font-medium">
              {t('month')}
            </label>
            <select
              id="recap-month"
              name="month"
              defaultValue={recap.month.key}
              className="rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300"
            >
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="recap-area" className="block text-sm font-medium">
              {t('branch')}
            </label>
            <select
              id="recap-area"
              name="area"
              defaultValue={recap.area?.code ?? ''}
              className="rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300"
            >
              <option value="">{t('allBranches')}</option>
              {regencies.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('show')}
          </button>
        </form>
      </div>
      <div className="mb-4 text-center print:mb-6">
        <h1 className="text-lg font-bold uppercase tracking-wider">{t('printTitle')}</h1>
        <p>
          {t('periodLine', { month: monthLabel(recap.month.key), zone: zoneLabel(recap.timeZone) })}
          {recap.area ? ` · ${t('branchLine', { name: recap.area.name })}` : ` · ${t('allBranches')}`}
        </p>
        <p className="text-xs text-slate-500">{t('printedAt', { date: format.dateTime(new Date(), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 print:grid-cols-5">
        {[
          {
            k: t('kpi.signups'),
            v: format.number(recap.signups.total),
            sub: t('kpi.conversion', { pct: pct(recap.signups.active, recap.signups.total) }),
          },
          { k: t('kpi.waiting'), v: format.number(recap.waiting.open), sub: t('kpi.joined', { count: recap.waiting.joined }) },
          { k: t('kpi.complaints'), v: format.number(c.total), sub: t('kpi.sla', { pct: pct(c.slaMet, c.slaDecided) }) },
          { k: t('kpi.promos'), v: format.number(recap.promos.sent), sub: t('kpi.queued', { count: recap.promos.queued }) },
          { k: t('kpi.upgrades'), v: format.number(recap.upgrades.total), sub: t('kpi.extra', { mbps: recap.upgrades.extraMbps }) },
        ].map((x) => (
          <div key={x.k} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 print:shadow-none">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{x.k}</p>
            <p className="mt-1 text-2xl font-bold tabular-nums">{x.v}</p>
            <p className="text-xs text-slate-600">{x.sub}</p>
          </div>
        ))}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <Card title={t('signupsTitle')}>
          <Bars
            title={t('signupsTitle')}
            valueHeader={t('count')}
            items={recap.signups.byStatus.map((s) => ({ label: ta(s.status), value: s.count, display: format.number(s.count) }))}
          />
          <p className="mt-2 text-sm">
            {t('conversionLine', { active: recap.signups.active, total: recap.signups.total, pct: pct(recap.signups.active, recap.signups.total) })}
          </p>
        </Card>
        <Card title={t('complaintsTitle')}>
          <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
            <dt>{t('complaintsCount')}</dt>
            <dd className="text-right tabular-nums">{format.number(c.total)}</dd>
            <dt>{t('complaintsResolved')}</dt>
            <dd className="text-right tabular-nums">{format.number(c.resolved)}</dd>
            <dt>{t('slaCompliance')}</dt>
            <dd className="text-right tabular-nums">
              {pct(c.slaMet, c.slaDecided)} ({c.slaMet}/{c.slaDecided})
            </dd>
            <dt>{t('csat')}</dt>
            <dd className="text-right tabular-nums">
              {c.csatAverage == null
                ? '—'
                : `${format.number(c.csatAverage, { maximumFractionDigits: 2, minimumFractionDigits: 2 })} / 5 (${c.csatCount})`}
            </dd>
          </dl>
          <p className="mt-2 text-xs text-slate-500">{t('slaNote')}</p>
        </Card>
        <Card title={t('waitingTitle')}>
          {recap.waiting.byArea.length ? (
            <Bars
              title={t('waitingTitle')}
              valueHeader={t('count')}
              color="#b45309"
              items={recap.waiting.byArea
                .slice(0, 12)
                .map((w) => ({ label: w.name ?? w.code ?? '—', value: w.open, display: format.number(w.open) }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{t('noWaiting')}</p>
          )}
        </Card>
        <Card title={t('promosUpgradesTitle')}>
          <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
            <dt>{t('promosSent')}</dt>
            <dd className="text-right tabular-nums">{format.number(recap.promos.sent)}</dd>
            {recap.promos.byChannel.map((ch) => (
              <div key={ch.channel} className="contents">
                <dt className="pl-4 text-slate-600">{t(`channels.${ch.channel}` as never)}</dt>
                <dd className="text-right tabular-nums text-slate-600">{format.number(ch.count)}</dd>
              </div>
            ))}
            <dt className="mt-2">{t('upgradesGiven')}</dt>
            <dd className="mt-2 text-right tabular-nums">{format.number(recap.upgrades.total)}</dd>
            <dt className="pl-4 text-slate-600">{t('upgradesAuto')}</dt>
            <dd className="text-right tabular-nums text-slate-600">{format.number(recap.upgrades.automatic)}</dd>
            <dt className="pl-4 text-slate-600">{t('upgradesManual')}</dt>
            <dd className="text-right tabular-nums text-slate-600">{format.number(recap.upgrades.manual)}</dd>
            <dt className="pl-4 text-slate-600">{t('upgradesEnded')}</dt>
            <dd className="text-right tabular-nums text-slate-600">{format.number(recap.upgrades.reverted)}</dd>
            <dt>{t('extraTotal')}</dt>
            <dd className="text-right tabular-nums">{format.number(recap.upgrades.extraMbps)} Mbps</dd>
          </dl>
          {recap.area ? <p className="mt-2 text-xs text-slate-500">{t('promosNotByBranch')}</p> : null}
        </Card>
      </div>

      <section className="mt-6 break-inside-avoid-page">
        <h2 className="mb-2 text-lg font-semibold">{t('byBranchTitle')}</h2>
        <div role="region" aria-label={t('byBranchTitle')} tabIndex={0} className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">{t('byBranchTitle')}</caption>
            <thead className="bg-slate-50">
              <tr>
                {[
                  t('branch'),
                  t('cols.signups'),
                  t('cols.activated'),
                  t('cols.conversion'),
                  t('cols.waiting'),
                  t('cols.complaints'),
                  t('cols.upgrades'),
                ].map((h, i) => (
                  <th key={h} scope="col" className={`px-3 py-2 font-semibold ${i ? 'text-right' : ''}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {recap.byRegency.length ? (
                recap.byRegency.map((r) => (
                  <tr key={r.code ?? 'none'} className="break-inside-avoid">
                    <th scope="row" className="px-3 py-1.5 font-medium">
                      {r.name ?? t('noBranch')}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.signups}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.activated}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{pct(r.activated, r.signups)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.waiting}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.complaints}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.upgrades}</td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={7} className="px-3 py-4 text-center text-slate-600">
                    {t('nothing')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
      <p className="mt-4 text-xs text-slate-500">{t('footnote')}</p>
    </article>
  );
}
