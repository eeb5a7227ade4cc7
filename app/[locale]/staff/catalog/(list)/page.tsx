import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { DeleteItemButton } from '@/components/catalog/delete-buttons';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { ITEM_KINDS, STAFF_ITEM_SORTS } from '@/lib/catalog/constants';
import { listCategoriesForStaff, listItemsForStaff, type StaffItemRow } from '@/lib/catalog/queries';
import { formatRupiah } from '@/lib/format/money';
import { imageSources } from '@/lib/media/constants';
import { categoryChoices } from '../categories-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalog.staff');
  return { title: t('title') };
}

export default async function CatalogAdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('catalog.manage');
  const sp = await searchParams;
  const [data, categories] = await Promise.all([
    listItemsForStaff({
      q: firstParam(sp.q),
      category: firstParam(sp.category),
      kind: firstParam(sp.kind),
      status: firstParam(sp.status),
      sort: firstParam(sp.sort),
      dir: firstParam(sp.dir),
      page: firstParam(sp.page),
    }),
    listCategoriesForStaff(),
  ]);
  const p = data.params;
  const t = await getTranslations('catalog.staff');
  const tk = await getTranslations('catalog.item');
  const tc = await getTranslations('common');
  const params = {
    q: p.q || undefined,
    category: p.category,
    kind: p.kind,
    status: p.status,
    sort: p.sort === 'updated' ? undefined : p.sort,
    dir: p.dir === 'desc' ? undefined : p.dir,
  };
  const filtered = Object.values(params).some(Boolean);

  const columns: Column<StaffItemRow>[] = [
    {
      key: 'thumb',
      header: <span className="sr-only">{t('image')}</span>,
      className: 'w-14',
      cell: (i) => {
        const src = i.thumb ? imageSources(i.thumb, 320) : null;
        return src ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own WebP variants
          <img src={src.src} alt="" width={40} height={40} loading="lazy" className="size-10 rounded object-cover ring-1 ring-slate-200" />
        ) : (
          <span className="block size-10 rounded bg-slate-100 ring-1 ring-slate-200" aria-hidden />
        );
      },
    },
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (i) => (
        <span className="flex flex-col gap-0.5">
          <Link href={`/staff/catalog/${i.id}`} className="font-medium">
            {i.name}
          </Link>
          <span className="font-mono text-xs text-slate-600">{i.sku}</span>
        </span>
      ),
    },
    { key: 'category', header: t('category'), cell: (i) => i.categoryName },
    { key: 'kind', header: t('kind'), className: 'whitespace-nowrap', cell: (i) => tk(i.kind) },
    { key: 'price', header: t('price'), className: 'whitespace-nowrap text-right tabular-nums', cell: (i) => formatRupiah(i.priceIdr) },
    { key: 'stock', header: t('stock'), className: 'text-right tabular-nums', cell: (i) => (i.kind === 'good' ? (i.stock ?? 0) : '—') },
    {
      key: 'status',
      header: tc('status'),
      cell: (i) => (
        <span className="flex flex-wrap gap-1">
          {i.active ? <Badge tone="green">{t('statusActive')}</Badge> : <Badge tone="slate">{t('statusInactive')}</Badge>}
          {i.featured ? <Badge tone="blue">{t('featuredBadge')}</Badge> : null}
          {i.imageCount === 0 ? <Badge tone="amber">{t('noImagesBadge')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (i) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/catalog/${i.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { name: i.name })}>
            {tc('edit')}
          </Link>
          <DeleteItemButton id={i.id} name={i.name} />
        </div>
      ),
    },
  ];

  return (
    <FlashProvider initial={firstParam(sp.deleted) ? { tone: 'success', text: t('itemDeletedShort') } : null}>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            <Link href="/staff/catalog/categories" className={buttonClass('secondary')}>
              {t('categories')}
            </Link>
            <Link href="/staff/catalog/new" className={buttonClass('primary')}>
              {t('newItem')}
            </Link>
          </>
        }
      />
      <FlashOutlet />
      <FilterForm action="/staff/catalog" label={t('searchLabel')} active={filtered}>
        <div className="w-full sm:w-64">
          <TextField label={tc('search')} type="search" name="q" defaultValue={p.q} placeholder={t('searchPlaceholder')} maxLength={80} />
        </div>
        <div className="w-full sm:w-52">
          <SelectField label={t('category')} name="category" defaultValue={p.category ?? ''}>
            <option value="">{t('allCategories')}</option>
            {categoryChoices(categories, t('statusInactive')).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-36">
          <SelectField label={t('kind')} name="kind" defaultValue={p.kind ?? ''}>
            <option value="">{tc('all')}</option>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-36">
          <SelectField label={tc('status')} name="status" defaultValue={p.status ?? ''}>
            <option value="">{tc('all')}</option>
            <option value="active">{t('statusActive')}</option>
            <option value="inactive">{t('statusInactive')}</option>
          </SelectField>
        </div>
        <div className="w-full sm:w-40">
          <SelectField label={t('sortBy')} name="sort" defaultValue={p.sort}>
            {STAFF_ITEM_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-full sm:w-32">
          <SelectField label={t('sortDir')} name="dir" defaultValue={p.dir}>
            <option value="asc">{t('dirs.asc')}</option>
            <option value="desc">{t('dirs.desc')}</option>
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(i) => i.id} empty={filtered ? t('emptyFiltered') : t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/catalog" params={params} />
    </FlashProvider>
  );
}
