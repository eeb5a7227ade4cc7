// The public catalog listing (issue #5): typo-tolerant search on real PostgreSQL (pg_trgm), Indonesian
// words, empty / very long / wildcard / quoted / SQL-looking queries (S25), filters, the sort allowlist
// and pagination. Everything goes through the real parser (listingSchema) and query (searchCatalog).
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { catalogCategories, catalogItems } from '@/db/schema';
import { getCategoryTree, queryListing, searchCatalog, searchTokens } from '@/lib/catalog/public';
import { listingSchema } from '@/lib/catalog/schemas';
import { createCategory, createItem } from '../helpers/catalog-factories';

const search = (raw: Record<string, unknown>) => searchCatalog(listingSchema.parse(raw));
const names = async (raw: Record<string, unknown>) => (await search(raw)).items.map((i) => i.name);

let network: { id: string; slug: string };
let routers: { id: string; slug: string };
let cables: { id: string; slug: string };
let services: { id: string; slug: string };
let hidden: { id: string; slug: string };
const day = 86_400_000;
const t0 = Date.now() - 30 * day;

beforeAll(async () => {
  network = await createCategory({ name: 'Perangkat Jaringan' });
  routers = await createCategory({ name: 'Router', parentId: network.id });
  cables = await createCategory({ name: 'Kabel & Aksesoris' });
  services = await createCategory({ name: 'Layanan' });
  hidden = await createCategory({ name: 'Arsip', active: false });
  const at = (n: number) => new Date(t0 + n * day);
  await createItem({ name: 'Router TP-Link Archer AX55', categoryId: routers.id, price: 1_199_000, stock: 5, featured: true, createdAt: at(1) });
  await createItem({ name: 'Router MikroTik hAP ax²', categoryId: routers.id, price: 1_350_000, stock: 0, createdAt: at(2) });
  await createItem({ name: 'Switch TP-Link 8 Port Gigabit', categoryId: network.id, price: 259_000, stock: 12, createdAt: at(3) });
  await createItem({ name: 'Kabel UTP Cat6 305 m', categoryId: cables.id, price: 2_450_000, stock: 3, createdAt: at(4) });
  await createItem({ name: 'Kabel Fiber Optik Drop Core', categoryId: cables.id, price: 1_100_000, stock: 0, createdAt: at(5) });
  await createItem({ name: 'Konektor RJ45 "Cat6" isi 100', categoryId: cables.id, price: 145_000, stock: 90, createdAt: at(6) });
  await createItem({ name: 'Diskon 100% Kabel_Patch', categoryId: cables.id, price: 35_000, stock: 10, createdAt: at(7) });
  await createItem({ name: "Tang Crimping O'Neil", categoryId: cables.id, price: 189_000, stock: 4, createdAt: at(8) });
  await createItem({ name: 'Servis Laptop dan Ganti Keyboard', categoryId: services.id, kind: 'service', price: 350_000, createdAt: at(9) });
  await createItem({ name: 'Instalasi Jaringan Kantor', categoryId: services.id, kind: 'service', price: 1_500_000, createdAt: at(10) });
  await createItem({ name: 'Router Lama Tidak Dijual', categoryId: routers.id, price: 100_000, active: false, createdAt: at(11) });
  await createItem({ name: 'Router Arsip Tersembunyi', categoryId: hidden.id, price: 100_000, createdAt: at(12) });
});

describe('search', () => {
  it('finds Router despite typos ("routr", "ruter", "routter") and Kabel for "kabl"', async () => {
    for (const q of ['routr', 'ruter', 'routter', 'Router', 'ROUTER']) {
      const found = await names({ q });
      expect(found, q).toEqual(expect.arrayContaining(['Router TP-Link Archer AX55', 'Router MikroTik hAP ax²']));
      expect(found, q).not.toContain('Kabel UTP Cat6 305 m');
    }
    expect(await names({ q: 'kabl' })).toEqual(expect.arrayContaining(['Kabel UTP Cat6 305 m', 'Kabel Fiber Optik Drop Core']));
    expect(await names({ q: 'mikrotk' })).toEqual(['Router MikroTik hAP ax²']);
  });

  it('matches Indonesian words and several words in any order', async () => {
    expect(await names({ q: 'jaringan' })).toEqual(['Instalasi Jaringan Kantor']);
    expect(await names({ q: 'servis laptop' })).toEqual(['Servis Laptop dan Ganti Keyboard']);
    expect(await names({ q: 'laptop servis' })).toEqual(['Servis Laptop dan Ganti Keyboard']);
    expect(await names({ q: 'ganti keybord' })).toEqual(['Servis Laptop dan Ganti Keyboard']);
    expect(await names({ q: 'tp link' })).toEqual(expect.arrayContaining(['Router TP-Link Archer AX55', 'Switch TP-Link 8 Port Gigabit']));
  });

  it('ranks the better match first', async () => {
    const r = await names({ q: 'router tp-link' });
    expect(r[0]).toBe('Router TP-Link Archer AX55');
  });

  it('an empty or blank query lists the whole visible catalog, featured first', async () => {
    for (const q of [undefined, '', '   ', '\t\n']) {
      const r = await search({ q });
      expect(r.total, String(q)).toBe(10);
      expect(r.items[0].name).toBe('Router TP-Link Archer AX55');
    }
  });

  it('never shows inactive items or items of an inactive category', async () => {
    const all = await names({ q: 'router' });
    expect(all).not.toContain('Router Lama Tidak Dijual');
    expect(all).not.toContain('Router Arsip Tersembunyi');
    expect((await search({ category: hidden.slug })).total).toBe(0);
  });

  it('with every category active the search drops the category condition and finds the same way', async () => {
    expect((await getCategoryTree()).complete).toBe(false);
    await db.update(catalogCategories).set({ active: true }).where(eq(catalogCategories.id, hidden.id));
    try {
      expect((await getCategoryTree()).complete).toBe(true);
      // The item of the now visible category shows; the inactive item still does not.
      const found = await names({ q: 'router' });
      expect(found).toEqual(expect.arrayContaining(['Router TP-Link Archer AX55', 'Router MikroTik hAP ax²', 'Router Arsip Tersembunyi']));
      expect(found).not.toContain('Router Lama Tidak Dijual');
      expect(await names({ q: 'ruter' })).toContain('Router Arsip Tersembunyi');
      expect((await search({ q: 'kabel' })).total).toBe(3);
    } finally {
      await db.update(catalogCategories).set({ active: false }).where(eq(catalogCategories.id, hidden.id));
    }
    expect(await names({ q: 'router' })).not.toContain('Router Arsip Tersembunyi');
  });

  it('a very long query is cut, not an error, and still finds what it starts with', async () => {
    const long = `router ${'sangat panjang '.repeat(700)}`;
    expect(long.length).toBeGreaterThan(10_000);
    const p = listingSchema.parse({ q: long });
    expect(p.q.length).toBeLessThanOrEqual(80);
    const r = await searchCatalog(p);
    expect(r.items).toEqual([]);
    const r2 = await search({ q: `routr ${'x'.repeat(5000)}` });
    expect(r2.total).toBe(0);
    expect(searchTokens('a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg').length).toBeLessThanOrEqual(6);
  });

  it('S25 treats % and _ literally', async () => {
    expect(await names({ q: '%' })).toEqual(['Diskon 100% Kabel_Patch']);
    expect(await names({ q: '100%' })).toEqual(['Diskon 100% Kabel_Patch']);
    expect(await names({ q: '_' })).toEqual(['Diskon 100% Kabel_Patch']);
    expect(await names({ q: 'kabel_patch' })).toEqual(['Diskon 100% Kabel_Patch']);
    expect(await names({ q: '%%%' })).toEqual([]);
    expect(await names({ q: 'k_bel' })).toEqual([]);
    expect(await names({ q: 'r%r' })).toEqual([]);
  });

  it('S25 handles quotes and SQL-looking text as plain text; the table stays intact', async () => {
    expect(await names({ q: '"Cat6"' })).toEqual(expect.arrayContaining(['Konektor RJ45 "Cat6" isi 100', 'Kabel UTP Cat6 305 m']));
    expect(await names({ q: "O'Neil" })).toEqual(["Tang Crimping O'Neil"]);
    for (const q of ["' OR 1=1--", "'; DROP TABLE catalog_items; --", '" OR ""="', '\\', "\\'", 'router\\', 'robert\'); select pg_sleep(5);--']) {
      const r = await search({ q });
      expect(r.total, q).toBeLessThanOrEqual(2);
    }
    const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${catalogItems}`);
    expect(n).toBe(12);
  });

  it('an exact SKU finds its item', async () => {
    const [row] = await db.execute<{ sku: string }>(sql`select sku from catalog_items where name = 'Kabel UTP Cat6 305 m'`);
    expect(await names({ q: row.sku.toLowerCase() })).toEqual(['Kabel UTP Cat6 305 m']);
  });
});

describe('filters', () => {
  it('a category includes its subcategories', async () => {
    const r = await names({ category: network.slug });
    expect(r.sort()).toEqual(['Router MikroTik hAP ax²', 'Router TP-Link Archer AX55', 'Switch TP-Link 8 Port Gigabit']);
    expect((await names({ category: routers.slug })).sort()).toEqual(['Router MikroTik hAP ax²', 'Router TP-Link Archer AX55']);
    expect(await names({ category: 'tidak-ada' })).toEqual([]);
    expect((await search({ category: '../etc' })).total).toBe(10); // malformed slug: ignored
  });

  it('kind, price range (typed as Rupiah) and availability', async () => {
    expect((await names({ kind: 'service' })).sort()).toEqual(['Instalasi Jaringan Kantor', 'Servis Laptop dan Ganti Keyboard']);
    expect((await names({ min: '1.000.000', max: 'Rp 1.500.000' })).sort()).toEqual([
      'Instalasi Jaringan Kantor',
      'Kabel Fiber Optik Drop Core',
      'Router MikroTik hAP ax²',
      'Router TP-Link Archer AX55',
    ]);
    const available = await names({ stock: '1' });
    expect(available).not.toContain('Router MikroTik hAP ax²');
    expect(available).not.toContain('Kabel Fiber Optik Drop Core');
    expect(available).toContain('Servis Laptop dan Ganti Keyboard');
    expect((await search({ kind: 'gadget', min: 'abc', max: '-5' })).total).toBe(10);
    expect(await names({ q: 'kabel', kind: 'good', stock: 'on', max: '200000' })).toEqual(['Diskon 100% Kabel_Patch']);
  });
});

describe('sort allowlist', () => {
  it('sorts by price, name and date', async () => {
    const asc = (await search({ sort: 'price_asc' })).items.map((i) => i.priceIdr);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await search({ sort: 'price_desc' })).items.map((i) => i.priceIdr);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const byName = (await search({ sort: 'name' })).items.map((i) => i.name.toLowerCase());
    expect(byName).toEqual([...byName].sort());
    expect((await search({ sort: 'newest' })).items[0].name).toBe('Instalasi Jaringan Kantor');
  });

  it('S25 an unknown sort falls back to the default order', async () => {
    const def = await names({});
    for (const sort of ['name;DROP TABLE x', '"id"--', 'price_idr desc', 'relevance', 'PRICE_ASC', '']) {
      expect(await names({ sort }), sort).toEqual(def);
    }
    const parsed = listingSchema.parse({ sort: 'name;DROP TABLE x', page: '-3', kind: ['good'] });
    expect(parsed.sort).toBeUndefined();
    expect(parsed.page).toBe(1);
  });
});

describe('pagination', () => {
  it('pages never overlap and say whether there is a next page', async () => {
    const tree = { categoryIds: [network.id, routers.id, cables.id, services.id] };
    const base = { q: '', kind: undefined, min: null, max: null, stock: false, sort: undefined, ...tree } as const;
    const seen = new Set<string>();
    for (let page = 1; page <= 4; page++) {
      const r = await queryListing({ ...base, page }, 3);
      for (const i of r.items) {
        expect(seen.has(i.id)).toBe(false);
        seen.add(i.id);
      }
      expect(r.total).toBe(10);
      expect(r.pages).toBe(4);
      expect(r.hasNext).toBe(page < 4);
    }
    expect(seen.size).toBe(10);
    const beyond = await queryListing({ ...base, page: 9 }, 3);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(10);
  });
});
