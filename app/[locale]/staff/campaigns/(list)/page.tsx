import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { CampaignStatusBadge } from '@/components/campaigns/status-badge';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { listCampaigns, requireCampaignReader, type CampaignRow } from '@/lib/campaigns/queries';
import { CAMPAIGN_STATUSES } from '@/lib/promos/constants';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('campaigns'))('title') };
}

export default async function CampaignsPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireCampaignReader();
  const sp = await searchParams;
  const data = await listCampaigns({ status: firstParam(sp.status), page: firstParam(sp.page) });
  const t = await getTranslations('campaigns');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const columns: Column<CampaignRow>[] = [
    {
      key: 'promo',
      header: t('fields.promo'),
      rowHeader: true,
      cell: (c) => (
        <Link href={`/staff/campaigns/${c.id}`} className="font-medium">
          {c.promoTitle}
        </Link>
      ),
    },
    { key: 'channel', header: t('fields.channel'), cell: (c) => t(`channels.${c.channel as 'email' | 'whatsapp'}`) },
    { key: 'audience', header: t('fields.audience'), cell: (c) => c.segmentName ?? t('fields.promoAudience') },
    { key: 'count', header: t('recipients'), cell: (c) => (c.audienceCount != null ? format.number(c.audienceCount) : '—') },
    { key: 'status', header: tc('status'), cell: (c) => <CampaignStatusBadge status={c.status} /> },
    { key: 'created', header: tc('createdAt'), className: 'whitespace-nowrap', cell: (c) => format.dateTime(c.createdAt, 'short') },
  ];
  const status = data.filters.status;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(me.role, 'promo.manage') ? (
            <Link href="/staff/campaigns/new" className={buttonClass('primary')}>
              {t('create')}
            </Link>
          ) : undefined
        }
      />
      <FilterForm action="/staff/campaigns" label={t('filterLabel')} active={status !== 'all'}>
        <div>
          <label htmlFor="campaigns-status" className="block text-sm font-medium">
            {tc('status')}
          </label>
          <select id="campaigns-status" name="status" defaultValue={status} className="mt-1 block rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300">
            <option value="all">{tc('all')}</option>
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(c) => c.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/campaigns" params={{ status: status === 'all' ? undefined : status }} />
    </>
  );
}
