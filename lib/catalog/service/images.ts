import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { catalogImages, catalogItems, media } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { deleteMediaIfUnused, removeFilesQuietly } from '@/lib/media/service';
import { MAX_IMAGES_PER_ITEM } from '../constants';

/**
 * Attaches images the caller has just uploaded (POST /api/media answers their ids) to an item. Only
 * the caller's own media rows are accepted (C16: the action checks the upload's owner); the item row
 * is locked so two tabs cannot pass the per-item limit together.
 */
export async function addItemImages(actor: CurrentUser, input: { itemId: string; mediaIds: string[] }) {
  const ids = [...new Set(input.mediaIds)];
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: catalogItems.id, name: catalogItems.name }).from(catalogItems).where(eq(catalogItems.id, input.itemId)).for('update');
    if (!item) throw new NotFoundError();
    const owned = await tx
      .select({ id: media.id, alt: media.alt })
      .from(media)
      .where(and(inArray(media.id, ids), eq(media.uploadedBy, actor.id)));
    if (owned.length !== ids.length) throw new NotFoundError();
    const existing = await tx.select({ mediaId: catalogImages.mediaId, sortOrder: catalogImages.sortOrder }).from(catalogImages).where(eq(catalogImages.itemId, item.id));
    const fresh = owned.filter((m) => !existing.some((e) => e.mediaId === m.id));
    if (existing.length + fresh.length > MAX_IMAGES_PER_ITEM) {
      throw new ValidationError('catalog.errors.tooManyImages', {}, { max: MAX_IMAGES_PER_ITEM });
    }
    let next = existing.reduce((m, e) => Math.max(m, e.sortOrder + 1), 0);
    // Keep the order the caller sent.
    const ordered = ids.map((id) => fresh.find((m) => m.id === id)).filter((m): m is { id: string; alt: string } => !!m);
    const rows = ordered.length
      ? await tx
          .insert(catalogImages)
          .values(ordered.map((m) => ({ itemId: item.id, mediaId: m.id, alt: m.alt || item.name, sortOrder: next++ })))
          .returning({ id: catalogImages.id, mediaId: catalogImages.mediaId })
      : [];
    await recordAudit(tx, actor, { action: 'catalog.image.add', entityType: 'catalog_item', entityId: item.id, after: { images: rows.map((r) => r.mediaId) } });
    return { itemId: item.id, added: rows.length };
  });
}

/** The new order must name exactly the item's images. */
export async function reorderItemImages(actor: CurrentUser, input: { itemId: string; imageIds: string[] }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: catalogItems.id }).from(catalogItems).where(eq(catalogItems.id, input.itemId)).for('update');
    if (!item) throw new NotFoundError();
    const current = await tx.select({ id: catalogImages.id }).from(catalogImages).where(eq(catalogImages.itemId, item.id));
    const same = current.length === input.imageIds.length && new Set(input.imageIds).size === input.imageIds.length && current.every((c) => input.imageIds.includes(c.id));
    if (!same) throw new ValidationError('catalog.errors.reorderStale');
    for (const [i, id] of input.imageIds.entries()) {
      await tx.update(catalogImages).set({ sortOrder: i }).where(and(eq(catalogImages.id, id), eq(catalogImages.itemId, item.id)));
    }
    await recordAudit(tx, actor, { action: 'catalog.image.reorder', entityType: 'catalog_item', entityId: item.id, after: { order: input.imageIds } });
    return { itemId: item.id };
  });
}

export async function setImageAlt(actor: CurrentUser, input: { imageId: string; alt: string }) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: catalogImages.id, itemId: catalogImages.itemId, alt: catalogImages.alt })
      .from(catalogImages)
      .where(eq(catalogImages.id, input.imageId))
      .for('update');
    if (!before) throw new NotFoundError();
    await tx.update(catalogImages).set({ alt: input.alt }).where(eq(catalogImages.id, before.id));
    await recordAudit(tx, actor, { action: 'catalog.image.alt', entityType: 'catalog_item', entityId: before.itemId, before: { alt: before.alt }, after: { alt: input.alt } });
    return { itemId: before.itemId };
  });
}

export async function deleteItemImage(actor: CurrentUser, input: { imageId: string }) {
  let files: string[] = [];
  const result = await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(catalogImages)
      .where(eq(catalogImages.id, input.imageId))
      .returning({ itemId: catalogImages.itemId, mediaId: catalogImages.mediaId, sortOrder: catalogImages.sortOrder });
    if (!gone) throw new NotFoundError();
    // Close the gap so the order stays 0, 1, 2 …
    await tx
      .update(catalogImages)
      .set({ sortOrder: sql`${catalogImages.sortOrder} - 1` })
      .where(and(eq(catalogImages.itemId, gone.itemId), sql`${catalogImages.sortOrder} > ${gone.sortOrder}`));
    files = await deleteMediaIfUnused(tx, gone.mediaId);
    await recordAudit(tx, actor, { action: 'catalog.image.delete', entityType: 'catalog_item', entityId: gone.itemId, before: { mediaId: gone.mediaId } });
    return { itemId: gone.itemId };
  });
  await removeFilesQuietly(files);
  return result;
}
