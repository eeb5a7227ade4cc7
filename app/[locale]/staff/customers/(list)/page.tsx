import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination, pageHref } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { CUSTOMER_ARCHIVE_FILTERS, CUSTOMER_SORTS, CUSTOMER_TYPES } from '@/lib/customers/constants';
import { listCustomers, type CustomerListRow } from '@/lib/customers/queries';
import { formatIdPhone } from '@/lib/format/phone';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('customers');
  return { title: t('title') };
}

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requirePermission('customer.read');
  const sp = await searchParams;
  const raw = {
    q: firstParam(sp.q),
    type: firstParam(sp.type),
    city: firstParam(sp.city),
    archived: firstParam(sp.archived),
    sort: firstParam(sp.sort),
    dir: firstParam(sp.dir),
    page: firstParam(sp.page),
  };
  const data = await listCustomers(raw);
  const p = data.params;
  const t = await getTranslations('customers');
  const tc = await getTranslations('common');
  const canManage = can(me.role, 'customer.manage');

  // The URL keeps only what differs from the defaults; the export link carries the same filters.
  const params = {
    q: p.q,
    type: p.type,
    city: p.city,
    archived: p.archived === 'active' ? undefined : p.archived,
    sort: p.sort === 'name' ? undefined : p.sort,
    dir: p.dir === 'asc' ? undefined : p.dir,
  };
  const exportHref = pageHref('/api/exports/customers', params, 1);
  const filtered = !!(p.q || p.type || p.city || params.archived || params.sort || params.dir);

  const columns: Column<CustomerListRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (c) => (
        <span className="flex flex-wrap items-center gap-1.5">
          <Link href={`/staff/customers/${c.id}`} className="font-medium">
            {c.name}
          </Link>
          {c.archivedAt ? <Badge tone="slate">{t('archivedBadge')}</Badge> : null}
        </span>
      ),
    },
    { key: 'type', header: t('type'), className: 'whitespace-nowrap', cell: (c) => t(`types.${c.type}`) },
    { key: 'city', header: t('city'), cell: (c) => c.city ?? '—' },
    { key: 'phone', header: t('phone'), className: 'whitespace-nowrap', cell: (c) => (c.phone ? formatIdPhone(c.phone) : '—') },
    { key: 'email', header: t('email'), cell: (c) => (c.email ? <span className="break-all">{c.email}</span> : '—') },
    { key: 'plan', header: t('slaPlan'), className: 'whitespace-nowrap', cell: (c) => c.slaPlanName ?? <span className="text-slate-500">{t('noPlan')}</span> },
  ];

  return (
    <FlashProvider initial={firstParam(sp.deleted) ? { tone: 'success', text: t('deleted') } : null}>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            <a href={exportHref} className={buttonClass('secondary')} download>
              {tc('exportCsv')}
            </a>
            {canManage ? (
              <Link href="/staff/customers/new" className={buttonClass('primary')}>
                {t('new')}
              </Link>
            ) : null}
          </>
        }
      />
      <FlashOutlet />
      <FilterForm action="/staff/customers" label={t('searchLabel')} active={filtered}>
        <div className="w-full sm:w-72">
          <TextField label={tc('search')} type="search" name="q" defaultValue={p.q ?? ''} placeholder={t('searchPlaceholder')} maxLength={100} />
        </div>
        <div className="w-full sm:w-40">
          <SelectField label={t('type')} name="type" defaultValue={p.type ?? ''}>
            <option value="">{t('allTypes')}</option>
            {CUSTOMER_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-44">
          <TextField label={t('city')} name="city" defaultValue={p.city ?? ''} maxLength={120} />
        </div>
        <div className="w-full sm:w-40">
          <SelectField label={t('archiveFilter')} name="archived" defaultValue={p.archived}>
            {CUSTOMER_ARCHIVE_FILTERS.map((a) => (
              <option key={a} value={a}>
                {t(`archiveFilters.${a}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-40">
          <SelectField label={t('sortBy')} name="sort" defaultValue={p.sort}>
            {CUSTOMER_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-36">
          <SelectField label={t('sortDir')} name="dir" defaultValue={p.dir}>
            <option value="asc">{t('dirs.asc')}</option>
            <option value="desc">{t('dirs.desc')}</option>
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(c) => c.id} empty={filtered ? t('emptyFiltered') : t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/customers" params={params} />
    </FlashProvider>
  );
}
