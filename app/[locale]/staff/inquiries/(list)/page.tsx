import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { InquiryStatusLabel } from '@/components/inquiries/status-badge';
import { PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { INQUIRY_STATUSES } from '@/lib/inquiries/constants';
import { listInquiries, type InquiryRow } from '@/lib/inquiries/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inquiries.staff'))('title') };
}

export default async function InquiriesPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('inquiry.manage');
  const sp = await searchParams;
  const data = await listInquiries({ status: firstParam(sp.status), q: firstParam(sp.q), page: firstParam(sp.page) });
  const f = data.filters;
  const t = await getTranslations('inquiries');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const columns: Column<InquiryRow>[] = [
    {
      key: 'from',
      header: t('staff.from'),
      rowHeader: true,
      cell: (i) => (
        <Link href={`/staff/inquiries/${i.id}`} className="font-medium">
          {i.name}
          <span className="block text-xs font-normal text-slate-500">{i.customerName ?? i.email}</span>
        </Link>
      ),
    },
    { key: 'topic', header: t('form.topic'), cell: (i) => t(`topics.${i.topic as 'other'}`) },
    { key: 'message', header: t('form.message'), cell: (i) => <span className="line-clamp-2 text-slate-700">{i.preview}</span> },
    { key: 'status', header: tc('status'), cell: (i) => <InquiryStatusLabel status={i.status} label={t(`statuses.${i.status}`)} /> },
    { key: 'received', header: t('staff.received'), className: 'whitespace-nowrap', cell: (i) => format.dateTime(i.createdAt, 'short') },
  ];
  const tabs = [...INQUIRY_STATUSES, 'all'] as const;
  return (
    <>
      <PageHeader title={t('staff.title')} description={t('staff.description')} />
      <nav aria-label={t('staff.tabs')} className="mb-4 flex flex-wrap gap-1">
        {tabs.map((s) => (
          <Link
            key={s}
            href={s === 'open' ? '/staff/inquiries' : `/staff/inquiries?status=${s}`}
            aria-current={f.status === s ? 'page' : undefined}
            className={cn('rounded-md px-3 py-1.5 text-sm no-underline ring-1 ring-slate-200', f.status === s ? 'bg-brand-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-50')}
          >
            {s === 'all' ? tc('all') : t(`statuses.${s}`)}
          </Link>
        ))}
      </nav>
      <FilterForm action="/staff/inquiries" label={t('staff.searchLabel')} active={!!f.q}>
        <input type="hidden" name="status" value={f.status} />
        <div>
          <label htmlFor="inq-q" className="block text-sm font-medium">
            {tc('search')}
          </label>
          <input id="inq-q" name="q" type="search" defaultValue={f.q} placeholder={t('staff.searchPlaceholder')} className="mt-1 block w-72 max-w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
        </div>
      </FilterForm>
      <DataTable caption={t('staff.caption')} columns={columns} rows={data.items} rowKey={(i) => i.id} empty={t('staff.empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/inquiries" params={{ status: f.status === 'open' ? undefined : f.status, q: f.q }} />
    </>
  );
}
