import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { PriorityLabel, SlaLabel, StatusLabel } from '@/components/tickets/badges';
import { QueueFilterFields } from '@/components/tickets/queue-filters';
import { requirePermission } from '@/lib/auth/session';
import type { TicketListItem } from '@/lib/tickets/dto';
import { filtersToParams, isFiltered, parseTicketFilters, type TicketFilters, type TicketSort } from '@/lib/tickets/filters';
import { canOpenForCustomers, getCustomerName, listQueueFilterOptions, listTickets } from '@/lib/tickets/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tickets.queue');
  return { title: t('title') };
}

const STOPPED = new Set(['resolved', 'closed', 'documented']);

type SortTexts = { sortBy: (column: string) => string; asc: string; desc: string };

/** A column header that sorts by it; a second click flips the direction. Synchronous, with its texts
 *  from the page's translator, so the header row renders in one pass with the table. */
function SortHeader({ f, sort, label, texts }: { f: TicketFilters; sort: TicketSort; label: string; texts: SortTexts }) {
  const active = f.sort === sort;
  const dir = active ? (f.dir === 'asc' ? 'desc' : 'asc') : sort === 'due' || sort === 'number' ? 'asc' : 'desc';
  const href = `/staff/tickets?${filtersToParams(f, { sort, dir }).toString()}`;
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-slate-700 no-underline hover:underline" aria-label={texts.sortBy(label)}>
      {label}
      {active ? (
        <>
          <span aria-hidden>{f.dir === 'asc' ? '↑' : '↓'}</span>
          <span className="sr-only">({f.dir === 'asc' ? texts.asc : texts.desc})</span>
        </>
      ) : null}
    </Link>
  );
}

export default async function TicketQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('ticket.read');
  const sp = await searchParams;
  const f = parseTicketFilters(sp);
  const [data, options, canCreate, customerName] = await Promise.all([listTickets(f), listQueueFilterOptions(), canOpenForCustomers(), getCustomerName(f.customerId)]);
  const t = await getTranslations('tickets');
  const format = await getFormatter();
  const texts: SortTexts = { sortBy: (column) => t('queue.sortBy', { column }), asc: t('queue.sortedAsc'), desc: t('queue.sortedDesc') };
  const deleted = typeof sp.deleted === 'string' && /^TKT-\d{4}-\d{6}$/.test(sp.deleted) ? sp.deleted : null;

  const columns: Column<TicketListItem>[] = [
    {
      key: 'number',
      header: <SortHeader texts={texts} f={f} sort="number" label={t('columns.number')} />,
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (r) => (
        <Link href={`/staff/tickets/${r.id}`} className="font-mono text-sm font-semibold">
          {r.number}
        </Link>
      ),
    },
    {
      key: 'summary',
      header: t('columns.summary'),
      className: 'min-w-56 max-w-md',
      cell: (r) => (
        <div>
          <p className="line-clamp-2 break-words text-slate-900">{r.summary}</p>
          <p className="text-xs text-slate-500">
            {r.customerName} · {t(`category.${r.category}`)}
          </p>
        </div>
      ),
    },
    { key: 'status', header: <SortHeader texts={texts} f={f} sort="status" label={t('columns.status')} />, className: 'whitespace-nowrap', cell: (r) => <StatusLabel status={r.status} label={t(`status.${r.status}`)} /> },
    { key: 'priority', header: <SortHeader texts={texts} f={f} sort="priority" label={t('columns.priority')} />, className: 'whitespace-nowrap', cell: (r) => <PriorityLabel priority={r.priority} label={t(`priority.${r.priority}`)} /> },
    {
      key: 'sla',
      header: <SortHeader texts={texts} f={f} sort="due" label={t('columns.sla')} />,
      className: 'whitespace-nowrap',
      cell: (r) => (
        <div className="space-y-0.5">
          <SlaLabel state={r.slaState} label={t(`sla.${r.slaState}`)} />
          <p className="text-xs text-slate-500">{r.slaDueAt ? t('queue.due', { time: format.dateTime(r.slaDueAt, 'short') }) : STOPPED.has(r.status) ? '' : t('queue.noDue')}</p>
        </div>
      ),
    },
    {
      key: 'who',
      header: `${t('columns.servicePoint')} / ${t('columns.engineer')}`,
      cell: (r) => (
        <div className="text-xs">
          <p>{r.servicePointName ?? '—'}</p>
          <p className="text-slate-500">{r.assigneeName ?? '—'}</p>
        </div>
      ),
    },
    { key: 'created', header: <SortHeader texts={texts} f={f} sort="created" label={t('columns.createdAt')} />, className: 'whitespace-nowrap text-xs', cell: (r) => format.dateTime(r.createdAt, 'short') },
  ];

  const params = Object.fromEntries(filtersToParams(f).entries());
  const exportHref = `/staff/tickets/export?${filtersToParams(f).toString()}`;
  return (
    <>
      <PageHeader
        title={t('queue.title')}
        description={t('queue.description')}
        actions={
          <>
            <a href={exportHref} className={buttonClass('secondary')} download>
              {t('queue.export')}
            </a>
            {canCreate ? (
              <Link href="/staff/tickets/new" className={buttonClass('primary')}>
                {t('queue.newTicket')}
              </Link>
            ) : null}
          </>
        }
      />
      {deleted ? (
        <div className="mb-4">
          <Alert tone="success">{t('detail.deleted', { number: deleted })}</Alert>
        </div>
      ) : null}
      <FilterForm action="/staff/tickets" label={t('queue.searchLabel')} active={isFiltered(f)}>
        <QueueFilterFields f={f} points={options.points} engineers={options.engineers} customerName={customerName} />
      </FilterForm>
      {data.capped ? (
        <div className="mb-4">
          <Alert tone="info">{t('queue.capped', { count: data.total })}</Alert>
        </div>
      ) : null}
      <DataTable caption={t('queue.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} empty={isFiltered(f) ? t('queue.empty') : t('queue.emptyOpen')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/tickets" params={params} />
    </>
  );
}
