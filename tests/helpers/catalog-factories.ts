// Catalog rows for tests, written straight through Drizzle (arranging only; assertions go through the
// real queries, actions and routes).
import { randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { catalogCategories, catalogImages, catalogItems, media } from '@/db/schema';
import type { ItemKind } from '@/lib/catalog/constants';
import type { CategoryInput, ItemInput } from '@/lib/catalog/schemas';
import type { TestUser } from './factories';

const tag = () => randomBytes(4).toString('hex');

export async function createCategory(opts: { name?: string; parentId?: string | null; active?: boolean } = {}) {
  const name = opts.name ?? `Kategori ${tag()}`;
  const [row] = await db
    .insert(catalogCategories)
    .values({ name, slug: `kat-${tag()}`, parentId: opts.parentId ?? null, active: opts.active ?? true })
    .returning({ id: catalogCategories.id, slug: catalogCategories.slug, name: catalogCategories.name });
  return row;
}

export async function createItem(
  opts: { name?: string; categoryId?: string; kind?: ItemKind; price?: number; stock?: number | null; active?: boolean; featured?: boolean; createdAt?: Date } = {},
) {
  const categoryId = opts.categoryId ?? (await createCategory()).id;
  const name = opts.name ?? `Produk ${tag()}`;
  const kind = opts.kind ?? 'good';
  const [row] = await db
    .insert(catalogItems)
    .values({
      kind,
      categoryId,
      name,
      slug: `produk-${tag()}`,
      sku: `SKU-${tag().toUpperCase()}`,
      priceIdr: opts.price ?? 100_000,
      stock: kind === 'good' ? (opts.stock === undefined ? 10 : opts.stock) : null,
      durationMinutes: kind === 'service' ? 60 : null,
      active: opts.active ?? true,
      featured: opts.featured ?? false,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    })
    .returning({ id: catalogItems.id, slug: catalogItems.slug, name: catalogItems.name, categoryId: catalogItems.categoryId });
  return row;
}

/** A media row (no files on disk) uploaded by `by`. */
export async function createMedia(by: string | null) {
  const id = randomUUID();
  await db.insert(media).values({ id, variants: { '320': `${id}-320.webp` }, width: 320, height: 320, uploadedBy: by });
  return id;
}

export async function createItemWithImages(n: number, by: string | null = null) {
  const item = await createItem();
  const images: string[] = [];
  for (let i = 0; i < n; i++) {
    const mediaId = await createMedia(by);
    const [img] = await db.insert(catalogImages).values({ itemId: item.id, mediaId, alt: `Foto ${i + 1}`, sortOrder: i }).returning({ id: catalogImages.id });
    images.push(img.id);
  }
  return { item, images };
}

/** Valid payloads for the catalog actions (tests/security/authz-matrix.ts). */
export const catalogMatrixInputs = {
  category: async (): Promise<CategoryInput> => ({ parentId: '', name: `Kategori ${tag()}`, slug: '', description: '', sortOrder: 0, active: true }),
  deleteCategory: async () => ({ id: (await createCategory()).id }),
  item: async (): Promise<ItemInput> => ({
    kind: 'good',
    categoryId: (await createCategory()).id,
    name: `Router uji ${tag()}`,
    slug: '',
    sku: `UJI-${tag().toUpperCase()}`,
    price: '1.250.000',
    compareAtPrice: '',
    description: 'Router untuk pengujian.',
    specs: [{ key: 'Port', value: '4 × Gigabit' }],
    stock: '5',
    durationMinutes: '',
    weightGrams: '350',
    active: true,
    featured: false,
  }),
  deleteItem: async () => ({ id: (await createItem()).id }),
  addImages: async (me: TestUser | null) => ({ itemId: (await createItem()).id, mediaIds: [await createMedia(me?.id ?? null)] }),
  reorder: async () => {
    const { item, images } = await createItemWithImages(2);
    return { itemId: item.id, imageIds: [...images].reverse() };
  },
  alt: async () => ({ imageId: (await createItemWithImages(1)).images[0], alt: 'Tampak depan' }),
  deleteImage: async () => ({ imageId: (await createItemWithImages(1)).images[0] }),
};
