// Staff reads for /staff/catalog (catalog.manage). Public reads are in ./public.ts.
import 'server-only';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { catalogCategories, catalogImages, catalogItems, media } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import type { MediaVariants } from '@/lib/media/constants';
import type { ItemKind, StaffItemSort } from './constants';
import { staffListSchema, type StaffListParams } from './schemas';

export type StaffCategory = {
  id: string;
  parentId: string | null;
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
  active: boolean;
  itemCount: number;
  depth: number;
};

/** Every category in tree order (parents before their children), with its own item count. */
export async function listCategoriesForStaff(): Promise<StaffCategory[]> {
  await requirePermission('catalog.manage');
  const rows = await db
    .select({
      id: catalogCategories.id,
      parentId: catalogCategories.parentId,
      slug: catalogCategories.slug,
      name: catalogCategories.name,
      description: catalogCategories.description,
      sortOrder: catalogCategories.sortOrder,
      active: catalogCategories.active,
      itemCount: sql<number>`(select count(*)::int from catalog_items i where i.category_id = ${catalogCategories.id})`,
    })
    .from(catalogCategories)
    .orderBy(asc(catalogCategories.sortOrder), asc(catalogCategories.name));
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, typeof rows>();
  for (const r of rows) {
    const key = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: StaffCategory[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      if (out.some((o) => o.id === r.id)) continue;
      out.push({ ...r, itemCount: Number(r.itemCount), depth });
      if (depth < 10) walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function getCategoryForEdit(id: string) {
  await requirePermission('catalog.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: catalogCategories.id,
      parentId: catalogCategories.parentId,
      slug: catalogCategories.slug,
      name: catalogCategories.name,
      description: catalogCategories.description,
      sortOrder: catalogCategories.sortOrder,
      active: catalogCategories.active,
    })
    .from(catalogCategories)
    .where(eq(catalogCategories.id, id))
    .limit(1);
  return row ?? null;
}

export type StaffItemRow = {
  id: string;
  name: string;
  slug: string;
  sku: string;
  kind: ItemKind;
  categoryName: string;
  priceIdr: number;
  stock: number | null;
  active: boolean;
  featured: boolean;
  imageCount: number;
  thumb: MediaVariants | null;
  updatedAt: Date;
};

const SORT: Record<StaffItemSort, SQL> = {
  updated: sql`${catalogItems.updatedAt}`,
  name: sql`lower(${catalogItems.name})`,
  price: sql`${catalogItems.priceIdr}`,
  stock: sql`${catalogItems.stock}`,
};

function whereOf(p: StaffListParams): SQL | undefined {
  const where: SQL[] = [];
  if (p.q) {
    const like = `%${escapeLike(p.q.toLowerCase())}%`;
    where.push(sql`(lower(${catalogItems.name}) like ${like} or lower(${catalogItems.sku}) like ${like})`);
  }
  if (p.category) {
    // The category and its subcategories.
    where.push(sql`${catalogItems.categoryId} in (
      with recursive sub(id, depth) as (
        select ${p.category}::uuid, 0
        union all
        select c.id, sub.depth + 1 from catalog_categories c join sub on c.parent_id = sub.id where sub.depth < 10
      ) select id from sub)`);
  }
  if (p.kind) where.push(eq(catalogItems.kind, p.kind));
  if (p.status) where.push(eq(catalogItems.active, p.status === 'active'));
  return where.length ? and(...where) : undefined;
}

/** Takes the raw URL values: anything unknown falls back to the defaults (S25). */
export async function listItemsForStaff(params: Partial<Record<keyof StaffListParams, unknown>>) {
  await requirePermission('catalog.manage');
  const p = staffListSchema.parse(params);
  const cond = whereOf(p);
  const [{ total }] = await db.select({ total: count() }).from(catalogItems).where(cond);
  const info = pageInfo(p.page, total);
  const key = SORT[p.sort];
  const items: StaffItemRow[] = await db
    .select({
      id: catalogItems.id,
      name: catalogItems.name,
      slug: catalogItems.slug,
      sku: catalogItems.sku,
      kind: catalogItems.kind,
      categoryName: catalogCategories.name,
      priceIdr: catalogItems.priceIdr,
      stock: catalogItems.stock,
      active: catalogItems.active,
      featured: catalogItems.featured,
      imageCount: sql<number>`(select count(*)::int from catalog_images ci where ci.item_id = ${catalogItems.id})`,
      thumb: sql<MediaVariants | null>`(select m.variants from catalog_images ci join media m on m.id = ci.media_id where ci.item_id = ${catalogItems.id} order by ci.sort_order, ci.id limit 1)`,
      updatedAt: catalogItems.updatedAt,
    })
    .from(catalogItems)
    .innerJoin(catalogCategories, eq(catalogCategories.id, catalogItems.categoryId))
    .where(cond)
    .orderBy(...(p.dir === 'desc' ? [sql`${key} desc nulls last`, desc(catalogItems.id)] : [sql`${key} asc nulls last`, asc(catalogItems.id)]))
    .limit(info.size)
    .offset(info.offset);
  return { items, ...info, params: p };
}

export type ItemImageRow = { id: string; mediaId: string; alt: string; sortOrder: number; variants: MediaVariants; width: number; height: number };

export async function getItemForEdit(id: string) {
  await requirePermission('catalog.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [item] = await db
    .select({
      id: catalogItems.id,
      version: catalogItems.version,
      kind: catalogItems.kind,
      categoryId: catalogItems.categoryId,
      name: catalogItems.name,
      slug: catalogItems.slug,
      sku: catalogItems.sku,
      priceIdr: catalogItems.priceIdr,
      compareAtPriceIdr: catalogItems.compareAtPriceIdr,
      description: catalogItems.description,
      specs: catalogItems.specs,
      stock: catalogItems.stock,
      durationMinutes: catalogItems.durationMinutes,
      weightGrams: catalogItems.weightGrams,
      active: catalogItems.active,
      featured: catalogItems.featured,
    })
    .from(catalogItems)
    .where(eq(catalogItems.id, id))
    .limit(1);
  if (!item) return null;
  const images: ItemImageRow[] = await db
    .select({
      id: catalogImages.id,
      mediaId: catalogImages.mediaId,
      alt: catalogImages.alt,
      sortOrder: catalogImages.sortOrder,
      variants: sql<MediaVariants>`${media.variants}`,
      width: media.width,
      height: media.height,
    })
    .from(catalogImages)
    .innerJoin(media, eq(media.id, catalogImages.mediaId))
    .where(eq(catalogImages.itemId, id))
    .orderBy(asc(catalogImages.sortOrder), asc(catalogImages.id));
  const specs = Array.isArray(item.specs) ? (item.specs as Array<{ key?: unknown; value?: unknown }>).map((s) => ({ key: String(s?.key ?? ''), value: String(s?.value ?? '') })) : [];
  return { ...item, specs, images };
}
