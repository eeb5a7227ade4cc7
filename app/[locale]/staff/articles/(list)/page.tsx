import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { DeleteArticleButton } from '@/components/content/delete-article-button';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { listArticlesForStaff, type StaffArticleRow } from '@/lib/news/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('articles'))('title') };
}

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('content.manage');
  const sp = await searchParams;
  const data = await listArticlesForStaff({ q: firstParam(sp.q), status: firstParam(sp.status), page: firstParam(sp.page) });
  const f = data.filters;
  const t = await getTranslations('articles');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const now = new Date();
  const columns: Column<StaffArticleRow>[] = [
    {
      key: 'title',
      header: t('fields.title'),
      rowHeader: true,
      cell: (a) => (
        <Link href={`/staff/articles/${a.id}`} className="font-medium">
          {a.title}
        </Link>
      ),
    },
    {
      key: 'status',
      header: tc('status'),
      cell: (a) =>
        a.status === 'draft' ? (
          <Badge>{t('statuses.draft')}</Badge>
        ) : a.publishedAt && a.publishedAt > now ? (
          <Badge tone="blue">{t('statuses.scheduled')}</Badge>
        ) : (
          <Badge tone="green">{t('statuses.published')}</Badge>
        ),
    },
    { key: 'published', header: t('fields.publishedAt'), className: 'whitespace-nowrap', cell: (a) => (a.publishedAt ? format.dateTime(a.publishedAt, 'short') : '—') },
    { key: 'author', header: t('author'), cell: (a) => a.author ?? '—' },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (a) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/articles/${a.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { title: a.title })}>
            {tc('edit')}
          </Link>
          <DeleteArticleButton id={a.id} title={a.title} />
        </div>
      ),
    },
  ];
  const sel = 'mt-1 block rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300';
  return (
    <FlashProvider>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/staff/articles/new" className={buttonClass('primary')}>
            {t('create')}
          </Link>
        }
      />
      <FilterForm action="/staff/articles" label={t('searchLabel')} active={!!f.q || f.status !== 'all'}>
        <div>
          <label htmlFor="articles-q" className="block text-sm font-medium">
            {tc('search')}
          </label>
          <input id="articles-q" name="q" type="search" defaultValue={f.q} className={sel} />
        </div>
        <div>
          <label htmlFor="articles-status" className="block text-sm font-medium">
            {tc('status')}
          </label>
          <select id="articles-status" name="status" defaultValue={f.status} className={sel}>
            <option value="all">{tc('all')}</option>
            <option value="draft">{t('statuses.draft')}</option>
            <option value="published">{t('statuses.published')}</option>
          </select>
        </div>
      </FilterForm>
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(a) => a.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/articles" params={{ q: f.q, status: f.status === 'all' ? undefined : f.status }} />
    </FlashProvider>
  );
}
