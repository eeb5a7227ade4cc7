// Staff catalog actions through the real action() wrapper (issue #5): slugs, SKUs, Rupiah input,
// optimistic version (C21), the category tree, images and the audit trail.
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, catalogCategories, catalogImages, catalogItems, media, reviews } from '@/db/schema';
import {
  addItemImagesAction,
  deleteCategoryAction,
  deleteItemAction,
  deleteItemImageAction,
  reorderItemImagesAction,
  saveCategoryAction,
  saveItemAction,
  setImageAltAction,
} from '@/lib/catalog/actions';
import { createUser, type TestUser } from '../helpers/factories';
import { catalogMatrixInputs, createCategory, createItem, createItemWithImages, createMedia } from '../helpers/catalog-factories';
import { runAs } from '../helpers/session';

let staff: TestUser;
let other: TestUser;

beforeAll(async () => {
  staff = await createUser('helpdesk');
  other = await createUser('admin');
});

type Ok<T> = { ok: true; data: T };
async function ok<T>(p: Promise<{ ok: boolean; data?: T }>): Promise<T> {
  const r = await p;
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as Ok<T>).data;
}

describe('items', () => {
  it('creates an item from the form: Rupiah typed with dots, slug from the name, SKU upper-cased, audited', async () => {
    const input = { ...(await catalogMatrixInputs.item()), name: 'Router Wi-Fi 6 AX3000 (Dual Band)', sku: 'rtr-ax3000', price: 'Rp 1.250.000', compareAtPrice: '1.500.000' };
    const { id, slug } = await ok(runAs(staff, () => saveItemAction(input)));
    expect(slug).toBe('router-wi-fi-6-ax3000-dual-band');
    const [row] = await db.select().from(catalogItems).where(eq(catalogItems.id, id));
    expect(row).toMatchObject({ sku: 'RTR-AX3000', priceIdr: 1_250_000, compareAtPriceIdr: 1_500_000, stock: 5, weightGrams: 350, durationMinutes: null, version: 1 });
    expect(row.specs).toEqual([{ key: 'Port', value: '4 × Gigabit' }]);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'catalog.item.create')));
    expect(audits).toHaveLength(1);
    // Same name again: the derived slug gets a suffix instead of failing.
    const again = await ok(runAs(staff, () => saveItemAction({ ...input, sku: 'RTR-AX3000-B' })));
    expect(again.slug).toBe('router-wi-fi-6-ax3000-dual-band-2');
  });

  it('a taken SKU or typed slug is a field error, not a crash', async () => {
    const base = await catalogMatrixInputs.item();
    const first = await ok(runAs(staff, () => saveItemAction({ ...base, sku: 'DUP-1', slug: 'produk-ganda' })));
    expect(first.slug).toBe('produk-ganda');
    const dupSku = await runAs(staff, async () => saveItemAction({ ...(await catalogMatrixInputs.item()), sku: 'dup-1' }));
    expect(dupSku).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { sku: [expect.any(String)] } });
    const dupSlug = await runAs(staff, async () => saveItemAction({ ...(await catalogMatrixInputs.item()), slug: 'produk-ganda' }));
    expect(dupSlug).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { slug: [expect.any(String)] } });
  });

  it('validates prices, compare-at above price, slugs and unknown fields (S06)', async () => {
    const base = await catalogMatrixInputs.item();
    for (const bad of [{ price: '12,5' }, { price: '-1000' }, { price: '1e6' }, { price: '' }, { compareAtPrice: '1.000.000' }, { slug: 'Bukan Slug!' }, { stock: '-3' }]) {
      const r = await runAs(staff, () => saveItemAction({ ...base, ...bad }));
      expect(r, JSON.stringify(bad)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    const extra = await runAs(staff, () => saveItemAction({ ...base, ratingAvg: 500, version: 7, id: undefined, priceIdr: 1 } as never));
    expect(extra).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a service keeps its duration and drops stock and weight', async () => {
    const { id } = await ok(runAs(staff, async () => saveItemAction({ ...(await catalogMatrixInputs.item()), kind: 'service', durationMinutes: '90' })));
    const [row] = await db.select().from(catalogItems).where(eq(catalogItems.id, id));
    expect(row).toMatchObject({ kind: 'service', durationMinutes: 90, stock: null, weightGrams: null });
  });

  it('C21 two staff save the same version: one wins, the other gets CONFLICT; one audit row', async () => {
    const input = await catalogMatrixInputs.item();
    const { id } = await ok(runAs(staff, () => saveItemAction(input)));
    const edit = (price: string, u: TestUser) => runAs(u, () => saveItemAction({ ...input, id, version: 1, price }));
    const results = await Promise.all([edit('1.300.000', staff), edit('1.400.000', other)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)[0]).toMatchObject({ code: 'CONFLICT' });
    const [row] = await db.select({ version: catalogItems.version }).from(catalogItems).where(eq(catalogItems.id, id));
    expect(row.version).toBe(2);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'catalog.item.update')))).toHaveLength(1);
  });

  it('deletes an item with its unused images, but not one that has reviews', async () => {
    const { item } = await createItemWithImages(2, staff.id);
    await ok(runAs(staff, () => deleteItemAction({ id: item.id })));
    expect(await db.select().from(catalogItems).where(eq(catalogItems.id, item.id))).toHaveLength(0);
    expect(await db.select().from(catalogImages).where(eq(catalogImages.itemId, item.id))).toHaveLength(0);

    const reviewed = await createItem();
    const customer = await createUser('customer');
    await db.insert(reviews).values({ itemId: reviewed.id, customerId: customer.customerId!, userId: customer.id, rating: 5, body: 'Bagus', status: 'approved' });
    const r = await runAs(staff, () => deleteItemAction({ id: reviewed.id }));
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await db.select().from(catalogItems).where(eq(catalogItems.id, reviewed.id))).toHaveLength(1);
  });
});

describe('categories', () => {
  it('nests categories, refuses cycles, reserved slugs and deleting a category in use', async () => {
    const root = await ok(runAs(staff, () => saveCategoryAction({ parentId: '', name: 'Perangkat Jaringan', slug: '', description: '', sortOrder: 1, active: true })));
    const child = await ok(runAs(staff, () => saveCategoryAction({ parentId: root.id, name: 'Access Point & Wi-Fi', slug: '', description: '', sortOrder: 1, active: true })));
    const [c] = await db.select().from(catalogCategories).where(eq(catalogCategories.id, child.id));
    expect(c).toMatchObject({ parentId: root.id, slug: 'access-point-dan-wi-fi' });
    const cycle = await runAs(staff, () => saveCategoryAction({ id: root.id, parentId: child.id, name: 'Perangkat Jaringan', slug: '', description: '', sortOrder: 1, active: true }));
    expect(cycle).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { parentId: [expect.any(String)] } });
    const self = await runAs(staff, () => saveCategoryAction({ id: root.id, parentId: root.id, name: 'Perangkat Jaringan', slug: '', description: '', sortOrder: 1, active: true }));
    expect(self).toMatchObject({ ok: false, code: 'VALIDATION' });
    const reserved = await runAs(staff, () => saveCategoryAction({ parentId: '', name: 'Search', slug: 'search', description: '', sortOrder: 0, active: true }));
    expect(reserved).toMatchObject({ ok: false, code: 'VALIDATION' });
    const autoReserved = await runAs(staff, () => saveCategoryAction({ parentId: '', name: 'Search', slug: '', description: '', sortOrder: 0, active: true }));
    expect(autoReserved).toMatchObject({ ok: false, code: 'VALIDATION' });

    expect(await runAs(staff, () => deleteCategoryAction({ id: root.id }))).toMatchObject({ ok: false, code: 'VALIDATION' }); // has a child
    await createItem({ categoryId: child.id });
    expect(await runAs(staff, () => deleteCategoryAction({ id: child.id }))).toMatchObject({ ok: false, code: 'VALIDATION' }); // has an item
    const empty = await createCategory();
    await ok(runAs(staff, () => deleteCategoryAction({ id: empty.id })));
  });
});

describe('images', () => {
  it('attaches only the caller’s own uploads, keeps the order, and refuses past the limit', async () => {
    const item = await createItem();
    const mine = [await createMedia(staff.id), await createMedia(staff.id)];
    const foreign = await createMedia(other.id);
    expect(await runAs(staff, () => addItemImagesAction({ itemId: item.id, mediaIds: [foreign] }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await ok(runAs(staff, () => addItemImagesAction({ itemId: item.id, mediaIds: mine })));
    const rows = await db.select().from(catalogImages).where(eq(catalogImages.itemId, item.id)).orderBy(asc(catalogImages.sortOrder));
    expect(rows.map((r) => r.mediaId)).toEqual(mine);
    expect(rows.map((r) => r.sortOrder)).toEqual([0, 1]);
    expect(rows[0].alt).toBe(item.name);
    const many = await Promise.all(Array.from({ length: 11 }, () => createMedia(staff.id)));
    expect(await runAs(staff, () => addItemImagesAction({ itemId: item.id, mediaIds: many }))).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('reorders, sets alt text, deletes (closing the gap and removing the unused media row)', async () => {
    const { item, images } = await createItemWithImages(3, staff.id);
    expect(await runAs(staff, () => reorderItemImagesAction({ itemId: item.id, imageIds: images.slice(0, 2) }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    await ok(runAs(staff, () => reorderItemImagesAction({ itemId: item.id, imageIds: [images[2], images[0], images[1]] })));
    await ok(runAs(staff, () => setImageAltAction({ imageId: images[2], alt: 'Tampak belakang, port LAN' })));
    const [gone] = await db.select({ mediaId: catalogImages.mediaId }).from(catalogImages).where(eq(catalogImages.id, images[0]));
    await ok(runAs(staff, () => deleteItemImageAction({ imageId: images[0] })));
    const rows = await db.select().from(catalogImages).where(eq(catalogImages.itemId, item.id)).orderBy(asc(catalogImages.sortOrder));
    expect(rows.map((r) => [r.id, r.sortOrder])).toEqual([
      [images[2], 0],
      [images[1], 1],
    ]);
    expect(rows[0].alt).toBe('Tampak belakang, port LAN');
    expect(await db.select().from(media).where(eq(media.id, gone.mediaId))).toHaveLength(0);
  });
});
