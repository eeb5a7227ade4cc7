import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { DeleteItemButton } from '@/components/catalog/delete-buttons';
import { ImagesManager } from '@/components/catalog/images-manager';
import { ItemForm } from '@/components/catalog/item-form';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getItemForEdit, listCategoriesForStaff } from '@/lib/catalog/queries';
import { categoryChoices } from '../categories-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalog.staff');
  return { title: t('editItem') };
}

const plain = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const money = (n: number | null) => (n === null ? '' : plain.format(n));
const num = (n: number | null) => (n === null ? '' : String(n));

export default async function EditItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePermission('catalog.manage');
  const { id } = await params;
  const [item, categories] = await Promise.all([getItemForEdit(id), listCategoriesForStaff()]);
  if (!item) notFound();
  const sp = await searchParams;
  const t = await getTranslations('catalog.staff');
  return (
    <FlashProvider initial={firstParam(sp.created) ? { tone: 'success', text: t('createdAddImages') } : null}>
      <PageHeader
        title={item.name}
        description={t('editItem')}
        actions={
          <>
            {item.active ? (
              <Link href={`/products/${item.slug}`} className={buttonClass('secondary')} target="_blank" prefetch={false}>
                {t('viewPublic')}
              </Link>
            ) : null}
            <DeleteItemButton id={item.id} name={item.name} redirectTo="/staff/catalog?deleted=1" />
          </>
        }
      />
      <FlashOutlet />
      <div className="grid gap-8 2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card>
          <ItemForm
            categories={categoryChoices(categories, t('statusInactive'))}
            initial={{
              id: item.id,
              version: item.version,
              kind: item.kind,
              categoryId: item.categoryId,
              name: item.name,
              slug: item.slug,
              sku: item.sku,
              price: money(item.priceIdr),
              compareAtPrice: money(item.compareAtPriceIdr),
              description: item.description,
              specs: item.specs.length ? item.specs : [{ key: '', value: '' }],
              stock: num(item.stock),
              durationMinutes: num(item.durationMinutes),
              weightGrams: num(item.weightGrams),
              active: item.active,
              featured: item.featured,
            }}
          />
        </Card>
        <Card>
          <ImagesManager itemId={item.id} itemName={item.name} images={item.images.map((i) => ({ id: i.id, alt: i.alt, variants: i.variants, width: i.width, height: i.height }))} />
        </Card>
      </div>
    </FlashProvider>
  );
}
