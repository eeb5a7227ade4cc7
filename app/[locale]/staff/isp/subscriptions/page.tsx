import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { SubscriptionStatusBadge } from '@/components/isp-ops/subscription-badges';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination, pageHref } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { SUBSCRIPTION_STATUSES } from '@/lib/isp/constants';
import { listPlanOptions, listRegencyOptions, listSubscriptions, type SubscriptionListRow } from '@/lib/isp/subscriptions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.subscriptions');
  return { title: t('title') };
}

export default async function SubscriptionsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('customer.read');
  const sp = await searchParams;
  const raw = { q: firstParam(sp.q), status: firstParam(sp.status), plan: firstParam(sp.plan), area: firstParam(sp.area), page: firstParam(sp.page) };
  const [data, plans, regencies] = await Promise.all([listSubscriptions(raw), listPlanOptions(), listRegencyOptions()]);
  const p = data.params;
  const t = await getTranslations('ispOps.subscriptions');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const params = { q: p.q, status: p.status, plan: p.plan, area: p.area };
  const filtered = !!(p.q || p.status || p.plan || p.area);

  const columns: Column<SubscriptionListRow>[] = [
    {
      key: 'customer',
      header: t('customer'),
      rowHeader: true,
      cell: (s) => (
        <Link href={`/staff/isp/subscriptions/${s.id}`} className="font-medium">
          {s.customerName}
        </Link>
      ),
    },
    { key: 'plan', header: t('plan'), cell: (s) => s.planName },
    { key: 'status', header: tc('status'), cell: (s) => <SubscriptionStatusBadge status={s.status} /> },
    {
      key: 'speed',
      header: t('speed'),
      className: 'whitespace-nowrap tabular-nums',
      cell: (s) => t('speedValue', { down: s.downloadMbps, up: s.uploadMbps }),
    },
    {
      key: 'start',
      header: t('startDate'),
      className: 'whitespace-nowrap',
      cell: (s) => format.dateTime(new Date(`${s.startDate}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }),
    },
    { key: 'tenure', header: t('tenure'), className: 'whitespace-nowrap tabular-nums', cell: (s) => t('tenureValue', { months: s.tenureMonths }) },
    { key: 'area', header: t('area'), cell: (s) => s.areaName ?? s.areaCode },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <a href={pageHref('/staff/isp/subscriptions/export', params, 1)} className={buttonClass('secondary')} download>
            {tc('exportCsv')}
          </a>
        }
      />
      <FilterForm action="/staff/isp/subscriptions" label={t('searchLabel')} active={filtered}>
        <div className="w-full sm:w-64">
          <TextField label={tc('search')} type="search" name="q" defaultValue={p.q ?? ''} placeholder={t('searchPlaceholder')} maxLength={100} />
        </div>
        <div className="w-full sm:w-40">
          <SelectField label={tc('status')} name="status" defaultValue={p.status ?? ''}>
            <option value="">{tc('all')}</option>
            {SUBSCRIPTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-48">
          <SelectField label={t('plan')} name="plan" defaultValue={p.plan ?? ''}>
            <option value="">{tc('all')}</option>
            {plans.map((pl) => (
              <option key={pl.id} value={pl.id}>
                {pl.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-52">
          <SelectField label={t('branch')} name="area" defaultValue={p.area ?? ''}>
            <option value="">{tc('all')}</option>
            {regencies.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(s) => s.id} empty={filtered ? t('emptyFiltered') : t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/isp/subscriptions" params={params} />
    </>
  );
}
