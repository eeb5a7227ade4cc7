import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { formatIdPhone } from '@/lib/format/phone';
import { listTopWaitingDistricts, listWaitingList, WAITING_STATUSES, type WaitingRow, type WaitingStatus } from '@/lib/isp/coverage/queries';
import { requireAnyPermission } from '@/lib/isp/plans/access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.waitingList');
  return { title: t('title') };
}

/** Leads from uncovered villages, and the districts where coverage would win the most of them. */
export default async function WaitingListPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireAnyPermission('signup.review', 'isp.manage');
  const sp = await searchParams;
  const q = firstParam(sp.q);
  const statusParam = firstParam(sp.status);
  const status = (WAITING_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as WaitingStatus) : undefined;
  const [data, top] = await Promise.all([listWaitingList({ q, status, page: Number(firstParam(sp.page) ?? 1) }), listTopWaitingDistricts()]);
  const t = await getTranslations('isp.waitingList');
  const format = await getFormatter();

  const columns: Column<WaitingRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (r) => (
        <div>
          <p className="font-medium">{r.name}</p>
          <p className="text-xs text-slate-500">
            <a href={`tel:${r.phone}`}>{formatIdPhone(r.phone)}</a> · <span className="break-all">{r.email}</span>
          </p>
        </div>
      ),
    },
    {
      key: 'area',
      header: t('area'),
      className: 'min-w-56',
      cell: (r) => (
        <div>
          <p>{r.areaLabel}</p>
          <p className="text-xs text-slate-500">{r.address}</p>
        </div>
      ),
    },
    { key: 'plan', header: t('plan'), cell: (r) => r.planName ?? '—' },
    {
      key: 'status',
      header: t('status'),
      className: 'whitespace-nowrap',
      cell: (r) =>
        r.notifiedAt ? (
          <div>
            <Badge tone="green">{t('notified')}</Badge>
            <p className="text-xs text-slate-500">{format.dateTime(r.notifiedAt, 'short')}</p>
          </div>
        ) : (
          <Badge tone="amber">{t('waiting')}</Badge>
        ),
    },
    { key: 'joined', header: t('joined'), className: 'whitespace-nowrap text-xs', cell: (r) => format.dateTime(r.createdAt, 'short') },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      {top.length ? (
        <Card title={t('topTitle')} className="mb-6">
          <p className="mb-3 text-sm text-slate-600">{t('topLead')}</p>
          <ol className="grid gap-2 sm:grid-cols-2">
            {top.map((d) => (
              <li key={d.code} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-3 py-2 text-sm">
                <span>{d.label}</span>
                <Badge tone="amber">{t('waitingCount', { count: d.waiting })}</Badge>
              </li>
            ))}
          </ol>
          {can(me.role, 'isp.manage') ? (
            <p className="mt-3 text-sm">
              <Link href="/staff/isp/coverage">{t('toCoverage')}</Link>
            </p>
          ) : null}
        </Card>
      ) : null}
      <FilterForm action="/staff/isp/waiting-list" label={t('search')} active={!!q || !!status}>
        <div className="w-full sm:w-80">
          <TextField label={t('search')} type="search" name="q" defaultValue={q ?? ''} placeholder={t('searchPlaceholder')} maxLength={100} />
        </div>
        <div className="w-full sm:w-44">
          <SelectField label={t('status')} name="status" defaultValue={status ?? ''}>
            <option value="">{t('any')}</option>
            <option value="waiting">{t('waiting')}</option>
            <option value="notified">{t('notified')}</option>
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} empty={q || status ? t('emptySearch') : t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/isp/waiting-list" params={{ q, status }} />
    </>
  );
}
