import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { EligibleTable } from '@/components/isp-ops/eligible-table';
import { UpgradeStatusBadge } from '@/components/isp-ops/subscription-badges';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { getAreaTrails, trailLabel } from '@/lib/isp/areas/queries';
import { listPlanOptions } from '@/lib/isp/subscriptions/queries';
import { getEligiblePreview, listRuleUpgrades } from '@/lib/isp/upgrades/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.upgrades');
  return { title: t('eligibleTitle') };
}

/** A rule's eligible subscribers today: the preview count, one page with checkboxes, and "apply to all". */
export default async function RuleEligiblePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePermission('signup.review');
  const { id } = await params;
  const sp = await searchParams;
  const page = Number(firstParam(sp.page)) || 1;
  const data = await getEligiblePreview(id, page);
  if (!data) notFound();
  const [recent, plans, trails] = await Promise.all([listRuleUpgrades(id), listPlanOptions(), getAreaTrails(data.items.map((i) => i.areaCode))]);
  const t = await getTranslations('ispOps.upgrades');
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const rule = data.rule;
  const planNames = rule.planIds.length ? rule.planIds.map((p) => plans.find((x) => x.id === p)?.name ?? '?').join(', ') : t('allPlans');
  return (
    <FlashProvider>
      <PageHeader
        title={rule.name}
        description={t('ruleSummary', {
          extra: rule.extraMbps,
          months: rule.durationMonths,
          tenure: rule.minTenureMonths,
          plans: planNames,
          from: date(rule.offerStart),
          to: date(rule.offerEnd),
        })}
        actions={
          <Link href="/staff/isp/upgrades" className="text-sm">
            ← {t('backToRules')}
          </Link>
        }
      />
      <FlashOutlet />
      <Card className="mb-6" title={t('previewTitle')}>
        {data.open ? (
          <p className="text-sm">
            <strong className="text-2xl tabular-nums">{format.number(data.total)}</strong>{' '}
            {t('previewCount', { count: data.total, today: date(data.today) })}
          </p>
        ) : (
          <Alert tone="warning">{rule.active ? t('closedWindow') : t('ruleInactive')}</Alert>
        )}
        <p className="mt-1 text-xs text-slate-500">{t('previewRules')}</p>
      </Card>
      {data.open ? (
        <>
          <EligibleTable
            ruleId={rule.id}
            ruleName={rule.name}
            total={data.total}
            items={data.items.map((i) => ({
              id: i.id,
              customerName: i.customerName,
              planName: i.planName,
              start: date(i.startDate),
              tenure: t('monthsValue', { months: i.tenureMonths }),
              speed: `${i.downloadMbps}/${i.uploadMbps} Mbps`,
              area: trailLabel(trails.get(i.areaCode) ?? []) || i.areaCode,
            }))}
          />
          <Pagination page={data.page} pages={data.pages} total={data.total} basePath={`/staff/isp/upgrades/${rule.id}`} params={{}} />
        </>
      ) : null}
      <h2 className="mb-2 mt-8 text-lg font-semibold">{t('recentTitle')}</h2>
      <DataTable
        caption={t('recentTitle')}
        rows={recent}
        rowKey={(u) => u.id}
        empty={t('noneGiven')}
        columns={[
          {
            key: 'customer',
            header: t('customer'),
            rowHeader: true,
            cell: (u) => <Link href={`/staff/isp/subscriptions/${u.subscriptionId}`}>{u.customerName}</Link>,
          },
          { key: 'extra', header: t('extra'), className: 'tabular-nums', cell: (u) => `+${u.extraMbps} Mbps` },
          {
            key: 'from',
            header: t('from'),
            className: 'whitespace-nowrap',
            cell: (u) => format.dateTime(u.startsAt, { dateStyle: 'medium', timeStyle: 'short' }),
          },
          {
            key: 'until',
            header: t('until'),
            className: 'whitespace-nowrap',
            cell: (u) => format.dateTime(u.endsAt, { dateStyle: 'medium', timeStyle: 'short' }),
          },
          { key: 'by', header: t('appliedBy'), cell: (u) => u.appliedByName ?? t('automatic') },
          { key: 'state', header: t('state'), cell: (u) => <UpgradeStatusBadge status={u.status} /> },
        ]}
      />
    </FlashProvider>
  );
}
