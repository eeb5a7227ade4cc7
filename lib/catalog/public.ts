// The public catalog: what any visitor may read (active items in active categories), so no session
// is involved — like getSettings(). Nothing here may depend on who is asking (C20): the results are
// cached (unstable_cache, tags `catalog` and `catalog:item:<id>`) and shared by every visitor.
// Cached values go through JSON, so the DTOs hold no Date objects.
import 'server-only';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { catalogCategories, catalogImages, catalogItems, media } from '@/db/schema';
import { escapeLike } from '@/lib/db-utils';
import type { MediaVariants } from '@/lib/media/constants';
import { CATALOG_TAG, itemTag, PUBLIC_PAGE_SIZE, SEARCH_MAX_TOKENS, type CatalogSort, type ItemKind } from './constants';
import type { ListingParams } from './schemas';

export type PublicImage = { variants: MediaVariants; width: number; height: number; alt: string };

export type PublicCategory = {
  id: string;
  parentId: string | null;
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
  /** Active items in this category and every subcategory. */
  itemCount: number;
};

/** `complete`: every category is visible (none inactive), so every item is in a visible category. */
export type CategoryTree = { all: PublicCategory[]; roots: PublicCategory[]; children: Record<string, PublicCategory[]>; complete?: boolean };

export type ItemCard = {
  id: string;
  slug: string;
  name: string;
  kind: ItemKind;
  priceIdr: number;
  compareAtPriceIdr: number | null;
  stock: number | null;
  durationMinutes: number | null;
  ratingAvg: number | null;
  ratingCount: number;
  categoryName: string;
  image: PublicImage | null;
};

/** `total` stops at COUNT_CAP (then `totalCapped`: "1.000+ results"); `hasNext` is exact. */
export type Listing = { items: ItemCard[]; total: number; totalCapped: boolean; hasNext: boolean; page: number; pages: number; size: number };

/** Counting every match of a broad query at 50,000 items costs more than the page itself. */
export const COUNT_CAP = 1000;
export const FUZZY_COUNT_CAP = 100;

// ---------------------------------------------------------------------------------------------
// Categories

/** The category tree straight from the database (pages use the cached getCategoryTree). */
export async function loadCategoryTree(): Promise<CategoryTree> {
  const rows = await db
    .select({
      id: catalogCategories.id,
      parentId: catalogCategories.parentId,
      slug: catalogCategories.slug,
      name: catalogCategories.name,
      description: catalogCategories.description,
      sortOrder: catalogCategories.sortOrder,
    })
    .from(catalogCategories)
    .where(eq(catalogCategories.active, true))
    .orderBy(asc(catalogCategories.sortOrder), asc(catalogCategories.name));
  const [{ allCount }] = await db.select({ allCount: sql<number>`count(*)::int` }).from(catalogCategories);
  const counts = await db
    .select({ categoryId: catalogItems.categoryId, n: sql<number>`count(*)::int` })
    .from(catalogItems)
    .where(eq(catalogItems.active, true))
    .groupBy(catalogItems.categoryId);
  const own = new Map(counts.map((c) => [c.categoryId, Number(c.n)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A category shows only when it and all its ancestors are active (an inactive parent hides its subtree).
  const visible = (id: string, seen = new Set<string>()): boolean => {
    const c = byId.get(id);
    if (!c || seen.has(id)) return false;
    if (!c.parentId) return true;
    seen.add(id);
    return visible(c.parentId, seen);
  };
  const shown = rows.filter((r) => visible(r.id));
  const children: Record<string, PublicCategory[]> = {};
  const all: PublicCategory[] = shown.map((r) => ({ ...r, itemCount: 0 }));
  for (const c of all) if (c.parentId) (children[c.parentId] ??= []).push(c);
  const total = (c: PublicCategory, depth = 0): number =>
    (own.get(c.id) ?? 0) + (depth > 10 ? 0 : (children[c.id] ?? []).reduce((s, k) => s + total(k, depth + 1), 0));
  for (const c of all) c.itemCount = total(c);
  return { all, roots: all.filter((c) => !c.parentId), children, complete: rows.length === Number(allCount) && shown.length === rows.length };
}

export const getCategoryTree = unstable_cache(loadCategoryTree, ['catalog-category-tree'], { tags: [CATALOG_TAG], revalidate: 3600 });

/** The category and all its subcategories (visible ones only). */
export function subtreeIds(tree: CategoryTree, id: string): string[] {
  const out: string[] = [];
  const walk = (cid: string, depth: number) => {
    if (depth > 10 || out.includes(cid)) return;
    out.push(cid);
    for (const k of tree.children[cid] ?? []) walk(k.id, depth + 1);
  };
  walk(id, 0);
  return out;
}

/** Root → … → the category itself, for breadcrumbs. */
export function categoryPath(tree: CategoryTree, id: string): PublicCategory[] {
  const byId = new Map(tree.all.map((c) => [c.id, c]));
  const out: PublicCategory[] = [];
  let c = byId.get(id);
  while (c && out.length < 10) {
    out.unshift(c);
    c = c.parentId ? byId.get(c.parentId) : undefined;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Listing and search

/**
 * `everyCategory`: categoryIds are all the categories there are (CategoryTree.complete and no category
 * chosen), so the category condition is left out — at 50,000 items it cost a bitmap of every row.
 */
type Query = Pick<ListingParams, 'q' | 'kind' | 'min' | 'max' | 'stock' | 'sort' | 'page'> & { categoryIds: string[]; everyCategory?: boolean };

/** Search words: lower case, 2+ characters, at most SEARCH_MAX_TOKENS of them (duplicates dropped). */
export function searchTokens(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}%_]+|[^\p{L}\p{N}%_]+$/gu, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, SEARCH_MAX_TOKENS);
}

const NAME = sql`lower(${catalogItems.name})`;

/** Starts the name or one of its words ("tp" finds "TP-Link", "ip" finds "Kamera IP"). */
function wordPrefix(t: string): SQL {
  const e = escapeLike(t);
  return sql`(${NAME} like ${`${e}%`} or ${NAME} like ${`% ${e}%`} or ${NAME} like ${`%-${e}%`})`;
}

type Token = { text: string; fuzzy: boolean };

/**
 * Which words need the typo-tolerant match: those of 4+ characters that appear literally in no
 * active item's name. One query, each EXISTS served by the trigram index. Matching a correctly spelt
 * word literally skips the costly similarity recheck over thousands of rows.
 */
async function classifyTokens(tokens: string[]): Promise<Token[]> {
  const long = tokens.filter((t) => t.length >= 4);
  if (!long.length) return tokens.map((text) => ({ text, fuzzy: false }));
  const checks = long.map((t) => sql`exists(select 1 from ${catalogItems} where ${catalogItems.active} and ${NAME} like ${`%${escapeLike(t)}%`})`);
  const [row] = await db.execute<{ found: boolean[] }>(sql`select array[${sql.join(checks, sql`, `)}] as found`);
  return tokens.map((text) => {
    const i = long.indexOf(text);
    return { text, fuzzy: i >= 0 && row?.found?.[i] === false };
  });
}

/**
 * Name matches for a query: every word must match (C18: LIKE wildcards escaped, so `%` and `_` are
 * literal). Words of 3+ characters match as a substring, 2-letter words as the start of a word; a
 * misspelt word of 4+ characters (one found literally nowhere) matches by trigram word similarity
 * (`<%`, served by the GIN index on lower(name)): "routr" finds "Router". An exact SKU matches too.
 */
function textMatch(q: string, tokens: Token[]): SQL {
  const each = tokens.map(({ text: t, fuzzy }) => {
    if (fuzzy) return sql`${t} <% ${NAME}`;
    if (t.length >= 3) return sql`${NAME} like ${`%${escapeLike(t)}%`}`;
    return wordPrefix(t);
  });
  return sql`((${sql.join(each, sql` and `)}) or ${catalogItems.sku} = ${q.toUpperCase()})`;
}

/** How well the name answers the query: the whole query as a prefix, then words that start words. */
function rankOf(q: string, tokens: Token[]): SQL<number> {
  const parts = tokens.map(({ text: t, fuzzy }) => (fuzzy ? sql`0` : sql`(case when ${wordPrefix(t)} then 2 else 1 end)`));
  return sql<number>`(case when ${NAME} like ${`${escapeLike(q.toLowerCase())}%`} then 1 else 0 end + ${sql.join(parts, sql` + `)})`;
}

/** The only ORDER BY expressions a visitor can choose (C18); the id breaks ties so pages never overlap. */
const SORTS: Record<Exclude<CatalogSort, 'relevance'> | 'default', SQL> = {
  default: sql`${catalogItems.featured} desc, ${catalogItems.createdAt} desc`,
  price_asc: sql`${catalogItems.priceIdr} asc`,
  price_desc: sql`${catalogItems.priceIdr} desc`,
  newest: sql`${catalogItems.createdAt} desc`,
  name: sql`lower(${catalogItems.name}) asc`,
};

/** The sort that applies: relevance needs a query; without one the catalog's own order is used. */
export function effectiveSort(p: Pick<ListingParams, 'q' | 'sort'>): CatalogSort | 'default' {
  const hasQuery = searchTokens(p.q).length > 0;
  if (!p.sort) return hasQuery ? 'relevance' : 'default';
  if (p.sort === 'relevance' && !hasQuery) return 'default';
  return p.sort;
}

async function cardsFor(ids: string[]): Promise<ItemCard[]> {
  if (!ids.length) return [];
  const rows = await db.execute<{
    id: string;
    slug: string;
    name: string;
    kind: ItemKind;
    price_idr: string;
    compare_at_price_idr: string | null;
    stock: number | null;
    duration_minutes: number | null;
    rating_avg: number | null;
    rating_count: number;
    category_name: string;
    variants: MediaVariants | null;
    width: number | null;
    height: number | null;
    alt: string | null;
  }>(sql`
    select i.id, i.slug, i.name, i.kind, i.price_idr, i.compare_at_price_idr, i.stock, i.duration_minutes,
           i.rating_avg, i.rating_count, c.name as category_name, img.variants, img.width, img.height, img.alt
    from catalog_items i
    join catalog_categories c on c.id = i.category_id
    left join lateral (
      select m.variants, m.width, m.height, coalesce(nullif(ci.alt, ''), nullif(m.alt, ''), i.name) as alt
      from catalog_images ci join media m on m.id = ci.media_id
      where ci.item_id = i.id
      order by ci.sort_order, ci.id
      limit 1
    ) img on true
    where i.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        slug: r.slug,
        name: r.name,
        kind: r.kind,
        priceIdr: Number(r.price_idr),
        compareAtPriceIdr: r.compare_at_price_idr === null ? null : Number(r.compare_at_price_idr),
        stock: r.stock,
        durationMinutes: r.duration_minutes,
        ratingAvg: r.rating_avg,
        ratingCount: r.rating_count,
        categoryName: r.category_name,
        image: r.variants ? { variants: r.variants, width: r.width ?? 0, height: r.height ?? 0, alt: r.alt ?? r.name } : null,
      } satisfies ItemCard,
    ]),
  );
  return ids.map((id) => byId.get(id)).filter((c): c is ItemCard => !!c);
}

/**
 * One page of the public listing, built to stay fast at 50,000 items: the page's ids come from one
 * query whose ORDER BY is from the SORTS allowlist (LIMIT size + 1 tells whether a next page exists),
 * and the total is counted only up to COUNT_CAP ("1.000+") in the same statement, so no request walks
 * every match. For misspelt words it runs in a transaction that lowers the trigram word-similarity
 * threshold to 0.5 for this query only ("ruter" and "swich" still find Router and Switch).
 */
export async function queryListing(p: Query, size = PUBLIC_PAGE_SIZE): Promise<Listing> {
  const page = Math.max(1, p.page);
  if (!p.categoryIds.length) return { items: [], total: 0, totalCapped: false, hasNext: false, page, pages: 1, size };
  const tokens = await classifyTokens(searchTokens(p.q));
  const where: SQL[] = [eq(catalogItems.active, true)];
  if (!p.everyCategory) where.push(inArray(catalogItems.categoryId, p.categoryIds));
  if (p.kind) where.push(eq(catalogItems.kind, p.kind));
  if (p.min !== null && p.min !== undefined) where.push(sql`${catalogItems.priceIdr} >= ${p.min}`);
  if (p.max !== null && p.max !== undefined) where.push(sql`${catalogItems.priceIdr} <= ${p.max}`);
  if (p.stock) where.push(sql`(${catalogItems.kind} = 'service' or coalesce(${catalogItems.stock}, 0) > 0)`);
  if (tokens.length) where.push(textMatch(p.q, tokens));
  // A query too short for word matching ("%", "a", "\\") is still a literal substring, never "everything".
  else if (p.q.trim()) where.push(sql`${NAME} like ${`%${escapeLike(p.q.trim().toLowerCase())}%`}`);
  const cond = and(...where);
  const sort = effectiveSort(p);
  // With only misspelt words every match ranks the same: the catalog's own order lets PostgreSQL walk
  // the (featured, created_at) index and stop after one page instead of ranking every candidate.
  const allFuzzy = tokens.length > 0 && tokens.every((t) => t.fuzzy);
  const order = sort === 'relevance' && !allFuzzy ? sql`${rankOf(p.q, tokens)} desc, ${SORTS.default}` : SORTS[sort === 'relevance' ? 'default' : sort];
  // Counting similar-word matches costs a similarity check per row: a lower ceiling for those.
  const cap = tokens.some((t) => t.fuzzy) ? FUZZY_COUNT_CAP : COUNT_CAP;
  const offset = (page - 1) * size;

  // One statement: the page of ids, each row carrying the capped count (an InitPlan, run once). Only a
  // page past the end has no row to carry it and counts separately.
  const capped = sql`select count(*)::int from (select 1 from ${catalogItems} where ${cond} limit ${cap + 1}) s`;
  const run = async (conn: Pick<typeof db, 'execute'>) => {
    const rows = await conn.execute<{ id: string; n: number }>(sql`
      select ${catalogItems.id} as id, (${capped}) as n from ${catalogItems}
      where ${cond}
      order by ${order}, ${catalogItems.id}
      limit ${size + 1} offset ${offset}`);
    if (rows.length || offset === 0) return { ids: rows.map((r) => r.id), count: Number(rows[0]?.n ?? 0) };
    const [c] = await conn.execute<{ n: number }>(sql`select (${capped}) as n`);
    return { ids: [], count: Number(c?.n ?? 0) };
  };
  // The lower similarity threshold holds for this transaction only (set_config(…, true)).
  const { ids, count } = tokens.some((t) => t.fuzzy)
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
        return run(tx);
      })
    : await run(db);
  const hasNext = ids.length > size;
  const totalCapped = count > cap;
  const total = totalCapped ? cap : count;
  const pages = totalCapped ? Math.max(page + (hasNext ? 1 : 0), Math.ceil(total / size)) : Math.max(1, Math.ceil(total / size));
  return { items: await cardsFor(ids.slice(0, size)), total, totalCapped, hasNext, page, pages, size };
}

/** The public listing for URL parameters (the search page): the category slug is resolved here. */
export async function searchCatalog(p: ListingParams): Promise<Listing & { category: PublicCategory | null }> {
  return searchCatalogIn(await getCategoryTree(), p);
}

/** searchCatalog over a given category tree (the benchmark times it outside Next, without the cache). */
export async function searchCatalogIn(tree: CategoryTree, p: ListingParams): Promise<Listing & { category: PublicCategory | null }> {
  let category: PublicCategory | null = null;
  let categoryIds = tree.all.map((c) => c.id);
  if (p.category) {
    category = tree.all.find((c) => c.slug === p.category) ?? null;
    categoryIds = category ? subtreeIds(tree, category.id) : [];
  }
  const listing = await queryListing({ ...p, categoryIds, everyCategory: !p.category && !!tree.complete });
  return { ...listing, category };
}

/** The first page of a category (or the whole catalog) in the default order: what the static pages show. */
export const getDefaultListing = unstable_cache(
  async (categoryId: string | null): Promise<Listing> => {
    const tree = await loadCategoryTree();
    const categoryIds = categoryId ? subtreeIds(tree, categoryId) : tree.all.map((c) => c.id);
    return queryListing({ q: '', kind: undefined, min: null, max: null, stock: false, sort: undefined, page: 1, categoryIds });
  },
  ['catalog-default-listing'],
  { tags: [CATALOG_TAG], revalidate: 3600 },
);

/** Featured goods or services for the home page, newest first. */
export const getFeaturedItems = unstable_cache(
  async (kind: ItemKind, limit: number): Promise<ItemCard[]> => {
    const tree = await loadCategoryTree();
    const rows = await db
      .select({ id: catalogItems.id })
      .from(catalogItems)
      .where(
        and(
          eq(catalogItems.active, true),
          eq(catalogItems.kind, kind),
          inArray(
            catalogItems.categoryId,
            tree.all.map((c) => c.id),
          ),
        ),
      )
      .orderBy(sql`${catalogItems.featured} desc, ${catalogItems.createdAt} desc, ${catalogItems.id}`)
      .limit(Math.min(limit, 24));
    return cardsFor(rows.map((r) => r.id));
  },
  ['catalog-featured'],
  { tags: [CATALOG_TAG], revalidate: 3600 },
);

// ---------------------------------------------------------------------------------------------
// Product page

export type ItemDetail = {
  id: string;
  slug: string;
  sku: string;
  name: string;
  kind: ItemKind;
  categoryId: string;
  priceIdr: number;
  compareAtPriceIdr: number | null;
  description: string;
  specs: Array<{ key: string; value: string }>;
  stock: number | null;
  durationMinutes: number | null;
  weightGrams: number | null;
  ratingAvg: number | null;
  ratingCount: number;
  updatedAt: string;
  images: Array<PublicImage & { id: string }>;
};

function cleanSpecs(raw: unknown): Array<{ key: string; value: string }> {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r): r is { key: unknown; value: unknown } => !!r && typeof r === 'object')
    .map((r) => ({ key: String(r.key ?? ''), value: String(r.value ?? '') }))
    .filter((r) => r.key);
}

/** The id of the active item with this slug, or null. */
export const getItemIdBySlug = unstable_cache(
  async (slug: string): Promise<string | null> => {
    const [row] = await db
      .select({ id: catalogItems.id })
      .from(catalogItems)
      .where(and(eq(catalogItems.slug, slug), eq(catalogItems.active, true)))
      .limit(1);
    return row?.id ?? null;
  },
  ['catalog-item-id-by-slug'],
  { tags: [CATALOG_TAG], revalidate: 3600 },
);

async function loadItemDetail(id: string): Promise<ItemDetail | null> {
  const [row] = await db
    .select({
      id: catalogItems.id,
      slug: catalogItems.slug,
      sku: catalogItems.sku,
      name: catalogItems.name,
      kind: catalogItems.kind,
      categoryId: catalogItems.categoryId,
      priceIdr: catalogItems.priceIdr,
      compareAtPriceIdr: catalogItems.compareAtPriceIdr,
      description: catalogItems.description,
      specs: catalogItems.specs,
      stock: catalogItems.stock,
      durationMinutes: catalogItems.durationMinutes,
      weightGrams: catalogItems.weightGrams,
      ratingAvg: catalogItems.ratingAvg,
      ratingCount: catalogItems.ratingCount,
      updatedAt: catalogItems.updatedAt,
    })
    .from(catalogItems)
    .where(and(eq(catalogItems.id, id), eq(catalogItems.active, true)))
    .limit(1);
  if (!row) return null;
  const images = await db
    .select({ id: catalogImages.id, alt: catalogImages.alt, mediaAlt: media.alt, variants: media.variants, width: media.width, height: media.height })
    .from(catalogImages)
    .innerJoin(media, eq(media.id, catalogImages.mediaId))
    .where(eq(catalogImages.itemId, id))
    .orderBy(asc(catalogImages.sortOrder), asc(catalogImages.id));
  return {
    ...row,
    specs: cleanSpecs(row.specs),
    updatedAt: row.updatedAt.toISOString(),
    images: images.map((i) => ({ id: i.id, variants: i.variants as MediaVariants, width: i.width, height: i.height, alt: i.alt || i.mediaAlt || row.name })),
  };
}

/** The product page's data, cached under the catalog tag and the item's own tag. */
export function getItemDetail(id: string): Promise<ItemDetail | null> {
  return unstable_cache(() => loadItemDetail(id), ['catalog-item-detail', id], { tags: [CATALOG_TAG, itemTag(id)], revalidate: 3600 })();
}

/** Other active items of the same category (then of its parent), for "related items". */
export const getRelatedItems = unstable_cache(
  async (itemId: string, categoryId: string, limit: number): Promise<ItemCard[]> => {
    const tree = await loadCategoryTree();
    const cat = tree.all.find((c) => c.id === categoryId);
    const scope = cat?.parentId ? subtreeIds(tree, cat.parentId) : subtreeIds(tree, categoryId);
    if (!scope.length) return [];
    const rows = await db.execute<{ id: string }>(sql`
      select id from catalog_items
      where active and id <> ${itemId} and category_id in (${sql.join(scope.map((id) => sql`${id}`), sql`, `)})
      order by (category_id = ${categoryId}) desc, featured desc, created_at desc, id
      limit ${Math.min(limit, 12)}`);
    return cardsFor(rows.map((r) => r.id));
  },
  ['catalog-related'],
  { tags: [CATALOG_TAG], revalidate: 3600 },
);

/** Every active product's slug and last change, for the sitemap. */
export const listSitemapItems = unstable_cache(
  async (): Promise<Array<{ slug: string; updatedAt: string }>> => {
    const tree = await loadCategoryTree();
    const rows = await db
      .select({ slug: catalogItems.slug, updatedAt: catalogItems.updatedAt })
      .from(catalogItems)
      .where(
        and(
          eq(catalogItems.active, true),
          inArray(
            catalogItems.categoryId,
            tree.all.map((c) => c.id),
          ),
        ),
      )
      .orderBy(asc(catalogItems.slug))
      // One sitemap file holds at most 50,000 URLs; the other public pages need the rest.
      .limit(45_000);
    return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
  },
  ['catalog-sitemap'],
  { tags: [CATALOG_TAG], revalidate: 3600 },
);
