import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { StatusLabel } from '@/components/tickets/badges';
import { requireUser } from '@/lib/auth/session';
import { listMyTickets } from '@/lib/tickets/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tickets.account');
  return { title: t('title') };
}

/** The customer's tickets as cards (they read well on a phone), newest first. */
export default async function MyTicketsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const sp = await searchParams;
  const data = await listMyTickets(Number(firstParam(sp.page) ?? 1));
  const t = await getTranslations('tickets');
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.description')}
        actions={
          <Link href="/account/tickets/new" className={buttonClass('primary')}>
            {t('account.newTicket')}
          </Link>
        }
      />
      {data.items.length ? (
        <ul aria-label={t('account.caption')} className="space-y-3">
          {data.items.map((r) => (
            <li key={r.id}>
              <Link href={`/account/tickets/${r.id}`} className="block rounded-lg bg-white p-4 no-underline shadow-sm ring-1 ring-slate-200 hover:ring-brand-700">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-mono text-sm text-slate-600">{r.number}</span>
                  <StatusLabel status={r.status} label={t(`status.${r.status}`)} />
                </div>
                <p className="mt-1 break-words font-medium text-slate-900">{r.summary}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {t(`category.${r.category}`)} · {t('columns.createdAt')} {format.dateTime(r.createdAt, 'short')} · {t('columns.updatedAt')} {format.dateTime(r.updatedAt, 'short')}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('account.empty')}</EmptyState>
      )}
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/account/tickets" params={{}} />
    </>
  );
}
