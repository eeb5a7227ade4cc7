export const ITEM_KINDS = ['good', 'service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const REVIEW_STATUSES = ['pending', 'approved', 'hidden'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Image widths produced for every public upload (next/image picks among them). */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

/** Public listing sort keys (C18: an allowlist; anything else falls back to the default). */
export const CATALOG_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'name'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
/** Staff list sort keys. */
export const STAFF_ITEM_SORTS = ['updated', 'name', 'price', 'stock'] as const;
export type StaffItemSort = (typeof STAFF_ITEM_SORTS)[number];

/** Search text is cut to this many characters (a pasted essay must not become a slow query). */
export const SEARCH_MAX_LENGTH = 80;
/** At most this many words of a query are matched one by one. */
export const SEARCH_MAX_TOKENS = 6;
export const PUBLIC_PAGE_SIZE = 24;
/** Deep pages are refused beyond this (nobody pages that far; crawlers should not either). */
export const PUBLIC_MAX_PAGE = 200;
export const MAX_PRICE_IDR = 1_000_000_000_000;

/** Category slugs that would shadow a route under /catalog. */
export const RESERVED_CATEGORY_SLUGS = ['search', 'new', 'page'] as const;

export const MAX_IMAGES_PER_ITEM = 12;
export const MAX_SPECS = 40;

/** Cache tags (unstable_cache + revalidateTag). */
export const CATALOG_TAG = 'catalog';
export const itemTag = (id: string) => `catalog:item:${id}`;
