import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { CriteriaSummary } from '@/components/segments/criteria-summary';
import { DeleteSegmentButton } from '@/components/segments/delete-segment-button';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { getCriteriaCatalog, listSegments, type SegmentRow } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('segments'))('title') };
}

export default async function SegmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('promo.manage');
  const sp = await searchParams;
  const q = (firstParam(sp.q) ?? '').slice(0, 100);
  const page = Number(firstParam(sp.page) ?? 1) || 1;
  const [data, catalog] = await Promise.all([listSegments({ q, page }), getCriteriaCatalog()]);
  const t = await getTranslations('segments');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const columns: Column<SegmentRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (s) => (
        <Link href={`/staff/segments/${s.id}`} className="font-medium">
          {s.name}
        </Link>
      ),
    },
    { key: 'criteria', header: t('criteriaTitle'), cell: (s) => <CriteriaSummary criteria={s.criteria} catalog={catalog} /> },
    { key: 'promos', header: t('usedBy'), cell: (s) => t('promoCount', { count: s.promoCount }) },
    { key: 'updated', header: tc('updatedAt'), className: 'whitespace-nowrap', cell: (s) => format.dateTime(s.updatedAt, 'short') },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (s) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/segments/${s.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { name: s.name })}>
            {tc('edit')}
          </Link>
          <DeleteSegmentButton id={s.id} name={s.name} />
        </div>
      ),
    },
  ];
  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/staff/segments/new" className={buttonClass('primary')}>
            {t('create')}
          </Link>
        }
      />
      <FilterForm action="/staff/segments" label={t('searchLabel')} active={!!q}>
        <div>
          <label htmlFor="segments-q" className="block text-sm font-medium">
            {tc('search')}
          </label>
          <input id="segments-q" name="q" defaultValue={q} type="search" className="mt-1 block rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
        </div>
      </FilterForm>
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(s) => s.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/segments" params={{ q }} />
    </FlashProvider>
  );
}
