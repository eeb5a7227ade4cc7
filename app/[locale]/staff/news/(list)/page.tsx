import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { listNewsForAdmin, type NewsItem } from '@/lib/helpdesk-news/queries';
import { DeleteNewsButton } from '../delete-news-button';
import { newsState } from '../news-state';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('news');
  return { title: t('title') };
}

const STATE_TONE = { scheduled: 'blue', live: 'green', expired: 'slate' } as const;

export default async function NewsAdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('news.publish');
  const sp = await searchParams;
  const page = Number(firstParam(sp.page) ?? 1) || 1;
  const data = await listNewsForAdmin({ page });
  const t = await getTranslations('news');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const now = new Date();

  const columns: Column<NewsItem>[] = [
    {
      key: 'title',
      header: t('fieldTitle'),
      rowHeader: true,
      cell: (n) => (
        <Link href={`/staff/news/${n.id}`} className="font-medium">
          {n.title}
        </Link>
      ),
    },
    { key: 'publishAt', header: t('publishAt'), className: 'whitespace-nowrap', cell: (n) => format.dateTime(n.publishAt, 'short') },
    {
      key: 'expiresAt',
      header: t('expiresAt'),
      className: 'whitespace-nowrap',
      cell: (n) => (n.expiresAt ? format.dateTime(n.expiresAt, 'short') : <span className="text-slate-500">{t('noExpiry')}</span>),
    },
    { key: 'audience', header: t('audience'), cell: (n) => t(`audiences.${n.audience as 'all' | 'staff' | 'customers'}`) },
    {
      key: 'state',
      header: tc('status'),
      cell: (n) => {
        const s = newsState(n, now);
        return <Badge tone={STATE_TONE[s]}>{t(`state.${s}`)}</Badge>;
      },
    },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (n) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/news/${n.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { title: n.title })}>
            {tc('edit')}
          </Link>
          <DeleteNewsButton id={n.id} title={n.title} />
        </div>
      ),
    },
  ];

  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('title')}
        actions={
          <Link href="/staff/news/new" className={buttonClass('primary')}>
            {t('create')}
          </Link>
        }
      />
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(n) => n.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/news" params={{}} />
    </FlashProvider>
  );
}
