import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { DeletePromoButton } from '@/components/promos/delete-promo-button';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { PROMO_AUDIENCES } from '@/lib/promos/constants';
import { listPromosForStaff, type StaffPromoRow } from '@/lib/promos/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('promos'))('title') };
}

function windowState(p: { status: string; startsAt: Date; endsAt: Date }, now: Date) {
  if (p.status !== 'published') return 'draft' as const;
  if (p.startsAt > now) return 'scheduled' as const;
  if (p.endsAt <= now) return 'ended' as const;
  return 'running' as const;
}
const TONE = { draft: 'slate', scheduled: 'blue', running: 'green', ended: 'amber' } as const;

export default async function PromosPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('promo.manage');
  const sp = await searchParams;
  const data = await listPromosForStaff({ q: firstParam(sp.q), status: firstParam(sp.status), audience: firstParam(sp.audience), page: firstParam(sp.page) });
  const f = data.filters;
  const t = await getTranslations('promos');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const now = new Date();
  const columns: Column<StaffPromoRow>[] = [
    {
      key: 'title',
      header: t('fields.title'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/staff/promos/${p.id}`} className="font-medium">
          {p.title}
        </Link>
      ),
    },
    {
      key: 'window',
      header: t('period'),
      className: 'whitespace-nowrap',
      cell: (p) => format.dateTimeRange(p.startsAt, p.endsAt, { dateStyle: 'medium' }),
    },
    { key: 'audience', header: t('fields.audience'), cell: (p) => (p.audience === 'segment' ? `${t('audiences.segment')}: ${p.segmentName ?? '—'}` : t(`audiences.${p.audience}`)) },
    { key: 'voucher', header: t('fields.voucherCode'), cell: (p) => p.voucherCode ?? '—' },
    {
      key: 'state',
      header: tc('status'),
      cell: (p) => {
        const s = windowState(p, now);
        return <Badge tone={TONE[s]}>{t(`windowStates.${s}`)}</Badge>;
      },
    },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (p) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/promos/${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { title: p.title })}>
            {tc('edit')}
          </Link>
          <Link href={`/staff/campaigns/new?promo=${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('campaignNamed', { title: p.title })}>
            {t('campaign')}
          </Link>
          {p.campaignCount === 0 ? <DeletePromoButton id={p.id} title={p.title} /> : null}
        </div>
      ),
    },
  ];
  const active = !!(f.q || f.status !== 'all' || f.audience !== 'all');
  const sel = 'mt-1 block rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300';
  return (
    <FlashProvider initial={firstParam(sp.deleted) ? { tone: 'success', text: t('deleted') } : null}>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/staff/promos/new" className={buttonClass('primary')}>
            {t('create')}
          </Link>
        }
      />
      <FilterForm action="/staff/promos" label={t('searchLabel')} active={active}>
        <div>
          <label htmlFor="promos-q" className="block text-sm font-medium">
            {tc('search')}
          </label>
          <input id="promos-q" name="q" type="search" defaultValue={f.q} className={sel} />
        </div>
        <div>
          <label htmlFor="promos-status" className="block text-sm font-medium">
            {tc('status')}
          </label>
          <select id="promos-status" name="status" defaultValue={f.status} className={sel}>
            <option value="all">{tc('all')}</option>
            <option value="draft">{t('statuses.draft')}</option>
            <option value="published">{t('statuses.published')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="promos-audience" className="block text-sm font-medium">
            {t('fields.audience')}
          </label>
          <select id="promos-audience" name="audience" defaultValue={f.audience} className={sel}>
            <option value="all">{tc('all')}</option>
            {PROMO_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`audiences.${a}`)}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(p) => p.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/promos" params={{ q: f.q, status: f.status === 'all' ? undefined : f.status, audience: f.audience === 'all' ? undefined : f.audience }} />
    </FlashProvider>
  );
}
