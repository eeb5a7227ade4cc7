import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ItemForm } from '@/components/catalog/item-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listCategoriesForStaff } from '@/lib/catalog/queries';
import { categoryChoices } from '../categories-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalog.staff');
  return { title: t('newItem') };
}

export default async function NewItemPage() {
  await requirePermission('catalog.manage');
  const categories = await listCategoriesForStaff();
  const t = await getTranslations('catalog.staff');
  return (
    <>
      <PageHeader title={t('newItem')} description={t('newItemHint')} />
      <ItemForm
        categories={categoryChoices(categories, t('statusInactive'))}
        initial={{
          kind: 'good',
          categoryId: '',
          name: '',
          slug: '',
          sku: '',
          price: '',
          compareAtPrice: '',
          description: '',
          specs: [{ key: '', value: '' }],
          stock: '',
          durationMinutes: '',
          weightGrams: '',
          active: true,
          featured: false,
        }}
      />
    </>
  );
}
