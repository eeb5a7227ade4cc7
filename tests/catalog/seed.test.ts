// The demo catalog (db/seed/catalog.ts): enough items and categories to browse, a generated picture
// per item stored through the media pipeline, and idempotent.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-catseed-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { seedCatalog } from '@/db/seed/catalog';
import { variantList } from '@/lib/media/constants';

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

describe('seedCatalog', () => {
  it('creates 60+ items in 8+ categories (some nested), each with a stored picture, and is idempotent', async () => {
    const first = await seedCatalog(db);
    expect(first.items).toBeGreaterThanOrEqual(60);
    expect(first.categories).toBeGreaterThanOrEqual(8);
    expect(first.images).toBe(first.items);

    const [c] = await db.execute<{ n: number; nested: number }>(sql`select count(*)::int as n, count(parent_id)::int as nested from catalog_categories`);
    expect(c.n).toBeGreaterThanOrEqual(8);
    expect(c.nested).toBeGreaterThan(0);
    const [k] = await db.execute<{ goods: number; services: number; discounted: number; featured: number }>(sql`
      select count(*) filter (where kind = 'good')::int as goods, count(*) filter (where kind = 'service')::int as services,
             count(compare_at_price_idr)::int as discounted, count(*) filter (where featured)::int as featured
      from catalog_items`);
    expect(k.goods).toBeGreaterThan(30);
    expect(k.services).toBeGreaterThan(10);
    expect(k.discounted).toBeGreaterThan(0);
    expect(k.featured).toBeGreaterThan(4);

    const pics = await db.execute<{ variants: unknown }>(sql`select m.variants from catalog_images ci join media m on m.id = ci.media_id`);
    expect(pics.length).toBe(first.items);
    for (const p of pics.slice(0, 5)) {
      const files = variantList(p.variants);
      expect(files.map(([w]) => w)).toEqual([320, 640]);
      for (const [, f] of files) expect(existsSync(path.join(uploadDir, 'public', f))).toBe(true);
    }

    const again = await seedCatalog(db);
    expect(again).toEqual({ categories: 0, items: 0, images: 0 });
  });
});
