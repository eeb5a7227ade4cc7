import 'server-only';
import { and, eq, like, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { catalogCategories, catalogImages, catalogItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { escapeLike } from '@/lib/db-utils';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { deleteMediaIfUnused, removeFilesQuietly } from '@/lib/media/service';
import type { ItemValues } from '../schemas';
import { slugify } from '../slug';

function columnsOf(v: ItemValues, slug: string) {
  return {
    kind: v.kind,
    categoryId: v.categoryId,
    name: v.name,
    slug,
    sku: v.sku,
    priceIdr: v.price,
    compareAtPriceIdr: v.compareAtPrice,
    description: v.description,
    specs: v.specs,
    stock: v.stock,
    durationMinutes: v.durationMinutes,
    weightGrams: v.weightGrams,
    active: v.active,
    featured: v.featured,
  };
}

async function assertCategory(tx: Tx, categoryId: string) {
  const [c] = await tx.select({ id: catalogCategories.id }).from(catalogCategories).where(eq(catalogCategories.id, categoryId)).limit(1);
  if (!c) throw new ValidationError('catalog.validation.category', { categoryId: ['catalog.validation.category'] });
}

/** A slug derived from the name gets "-2", "-3" … when taken; a slug typed by staff must be free as typed. */
async function freeSlug(tx: Tx, base: string, exceptId?: string): Promise<string> {
  const root = base || 'produk';
  const rows = await tx
    .select({ slug: catalogItems.slug, id: catalogItems.id })
    .from(catalogItems)
    .where(like(catalogItems.slug, `${escapeLike(root)}%`));
  const taken = new Set(rows.filter((r) => r.id !== exceptId).map((r) => r.slug));
  if (!taken.has(root)) return root;
  for (let n = 2; n < 10_000; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
  return `${root}-${Date.now()}`;
}

function mapUnique(err: unknown): never {
  if (isUniqueViolation(err, 'catalog_items_sku_uq')) throw new ValidationError('catalog.errors.skuTaken', { sku: ['catalog.errors.skuTaken'] });
  if (isUniqueViolation(err, 'catalog_items_slug_uq')) throw new ValidationError('catalog.errors.slugTaken', { slug: ['catalog.errors.slugTaken'] });
  throw err;
}

export async function createItem(actor: CurrentUser, input: ItemValues): Promise<{ id: string; slug: string }> {
  try {
    return await db.transaction(async (tx) => {
      await assertCategory(tx, input.categoryId);
      const slug = input.slug || (await freeSlug(tx, slugify(input.name)));
      const [created] = await tx.insert(catalogItems).values(columnsOf(input, slug)).returning();
      await recordAudit(tx, actor, { action: 'catalog.item.create', entityType: 'catalog_item', entityId: created.id, after: created });
      return { id: created.id, slug: created.slug };
    });
  } catch (err) {
    mapUnique(err);
  }
}

/** Optimistic update (C21): a form loaded at an older version gets CONFLICT and keeps its input. */
export async function updateItem(actor: CurrentUser, input: ItemValues & { id: string; version: number }): Promise<{ id: string; slug: string; previousSlug: string }> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(catalogItems).where(eq(catalogItems.id, input.id)).limit(1);
      if (!before) throw new NotFoundError();
      if (before.version !== input.version) throw new ConflictError();
      await assertCategory(tx, input.categoryId);
      const slug = input.slug || (await freeSlug(tx, slugify(input.name), input.id));
      const [after] = await tx
        .update(catalogItems)
        .set({ ...columnsOf(input, slug), version: sql`${catalogItems.version} + 1` })
        .where(and(eq(catalogItems.id, input.id), eq(catalogItems.version, input.version)))
        .returning();
      if (!after) throw new ConflictError();
      await recordAudit(tx, actor, { action: 'catalog.item.update', entityType: 'catalog_item', entityId: after.id, before, after });
      return { id: after.id, slug: after.slug, previousSlug: before.slug };
    });
  } catch (err) {
    mapUnique(err);
  }
}

/**
 * Deletes an item with its image links; images nobody else uses go too (files after the commit).
 * An item with reviews (or, later, orders) cannot go: it is deactivated instead.
 */
export async function deleteItem(actor: CurrentUser, id: string): Promise<{ slug: string }> {
  let files: string[] = [];
  let slug = '';
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(catalogItems).where(eq(catalogItems.id, id)).for('update');
      if (!before) throw new NotFoundError();
      slug = before.slug;
      const imgs = await tx.delete(catalogImages).where(eq(catalogImages.itemId, id)).returning({ mediaId: catalogImages.mediaId });
      await tx.delete(catalogItems).where(eq(catalogItems.id, id));
      for (const m of new Set(imgs.map((i) => i.mediaId))) files.push(...(await deleteMediaIfUnused(tx, m)));
      await recordAudit(tx, actor, { action: 'catalog.item.delete', entityType: 'catalog_item', entityId: id, before });
    });
  } catch (err) {
    files = [];
    const e = err as { code?: string; cause?: { code?: string } };
    if ((e?.cause?.code ?? e?.code) === '23503') throw new ValidationError('catalog.errors.itemInUse');
    throw err;
  }
  await removeFilesQuietly(files);
  return { slug };
}
