import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { ModerateButtons } from '@/components/reviews/moderate-buttons';
import { Stars } from '@/components/reviews/stars';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { listReviewsForModeration, type ModerationRow } from '@/lib/reviews/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews.staff'))('title') };
}

const TONE = { pending: 'amber', approved: 'green', hidden: 'slate' } as const;

export default async function ReviewsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('review.moderate');
  const sp = await searchParams;
  const data = await listReviewsForModeration({ status: firstParam(sp.status), q: firstParam(sp.q), page: firstParam(sp.page) });
  const f = data.filters;
  const t = await getTranslations('reviews');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const columns: Column<ModerationRow>[] = [
    {
      key: 'item',
      header: t('staff.item'),
      rowHeader: true,
      cell: (r) => (
        <a href={`/products/${r.itemSlug}`} className="font-medium">
          {r.itemName}
        </a>
      ),
    },
    { key: 'rating', header: t('form.rating'), cell: (r) => <Stars value={r.rating} label={t('public.starsN', { count: r.rating })} /> },
    { key: 'body', header: t('staff.review'), cell: (r) => <p className="max-w-md whitespace-pre-line text-slate-700">{r.body}</p> },
    { key: 'author', header: t('staff.author'), cell: (r) => <span>{r.author}<span className="block text-xs text-slate-500">{r.customerName}</span></span> },
    { key: 'status', header: tc('status'), cell: (r) => <Badge tone={TONE[r.status]}>{t(`staff.statuses.${r.status}`)}</Badge> },
    { key: 'at', header: tc('createdAt'), className: 'whitespace-nowrap', cell: (r) => format.dateTime(r.createdAt, 'short') },
    { key: 'actions', header: tc('actions'), cell: (r) => <ModerateButtons reviewId={r.id} status={r.status} item={r.itemName} /> },
  ];
  const sel = 'mt-1 block rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300';
  return (
    <FlashProvider>
      <PageHeader title={t('staff.title')} description={t('staff.description')} />
      <FilterForm action="/staff/reviews" label={t('staff.searchLabel')} active={!!f.q || f.status !== 'pending'}>
        <div>
          <label htmlFor="rev-status" className="block text-sm font-medium">
            {tc('status')}
          </label>
          <select id="rev-status" name="status" defaultValue={f.status} className={sel}>
            {(['pending', 'approved', 'hidden', 'all'] as const).map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? tc('all') : t(`staff.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rev-q" className="block text-sm font-medium">
            {tc('search')}
          </label>
          <input id="rev-q" name="q" type="search" defaultValue={f.q} className={sel} />
        </div>
      </FilterForm>
      <FlashOutlet />
      <DataTable caption={t('staff.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} empty={t('staff.empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/reviews" params={{ status: f.status === 'pending' ? undefined : f.status, q: f.q }} />
    </FlashProvider>
  );
}
