import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { CategoryDialog } from '@/components/catalog/category-dialog';
import { DeleteCategoryButton } from '@/components/catalog/delete-buttons';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { listCategoriesForStaff, type StaffCategory } from '@/lib/catalog/queries';
import { categoryChoices } from '../categories-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalog.staff');
  return { title: t('categories') };
}

export default async function CategoriesPage() {
  await requirePermission('catalog.manage');
  const categories = await listCategoriesForStaff();
  const t = await getTranslations('catalog.staff');
  const tc = await getTranslations('common');
  const parents = categoryChoices(categories, t('statusInactive'));
  const columns: Column<StaffCategory>[] = [
    {
      key: 'name',
      header: t('categoryName'),
      rowHeader: true,
      cell: (c) => (
        <span className="flex items-center gap-2" style={{ paddingLeft: `${c.depth * 1.25}rem` }}>
          {c.depth ? <span aria-hidden className="text-slate-400">↳</span> : null}
          <span className="font-medium">{c.name}</span>
        </span>
      ),
    },
    { key: 'slug', header: t('slug'), cell: (c) => <span className="font-mono text-xs">/catalog/{c.slug}</span> },
    { key: 'items', header: t('itemsInCategory'), className: 'text-right tabular-nums', cell: (c) => c.itemCount },
    { key: 'sort', header: t('sortOrder'), className: 'text-right tabular-nums', cell: (c) => c.sortOrder },
    { key: 'active', header: tc('status'), cell: (c) => (c.active ? <Badge tone="green">{t('statusActive')}</Badge> : <Badge tone="slate">{t('statusInactive')}</Badge>) },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (c) => (
        <div className="flex min-w-max gap-2">
          <CategoryDialog
            trigger={tc('edit')}
            parents={parents}
            initial={{ id: c.id, parentId: c.parentId ?? '', name: c.name, slug: c.slug, description: c.description, sortOrder: c.sortOrder, active: c.active }}
          />
          <DeleteCategoryButton id={c.id} name={c.name} />
        </div>
      ),
    },
  ];
  return (
    <FlashProvider>
      <PageHeader
        title={t('categories')}
        description={t('categoriesHint')}
        actions={
          <>
            <Link href="/staff/catalog" className={buttonClass('secondary')}>
              {t('backToItems')}
            </Link>
            <CategoryDialog variant="primary" trigger={t('newCategory')} parents={parents} initial={{ parentId: '', name: '', slug: '', description: '', sortOrder: 0, active: true }} />
          </>
        }
      />
      <FlashOutlet />
      <DataTable caption={t('categoriesCaption')} columns={columns} rows={categories} rowKey={(c) => c.id} empty={t('noCategories')} />
    </FlashProvider>
  );
}
