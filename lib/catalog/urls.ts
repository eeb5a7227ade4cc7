// Catalog URLs. The first page of the catalog and of each category in the default order is static
// (/catalog, /catalog/<slug>); any search, filter, other sort or later page goes to the dynamic
// /catalog/search with the state in the query string.
import type { CatalogSort, ItemKind } from './constants';

export type ListingState = {
  q?: string;
  category?: string;
  kind?: ItemKind;
  min?: number | null;
  max?: number | null;
  stock?: boolean;
  sort?: CatalogSort;
  page?: number;
};

export function staticListingPath(category?: string): string {
  return category ? `/catalog/${category}` : '/catalog';
}

export function listingHref(s: ListingState): string {
  const qs = new URLSearchParams();
  if (s.q) qs.set('q', s.q);
  if (s.kind) qs.set('kind', s.kind);
  if (s.min !== null && s.min !== undefined) qs.set('min', String(s.min));
  if (s.max !== null && s.max !== undefined) qs.set('max', String(s.max));
  if (s.stock) qs.set('stock', '1');
  if (s.sort) qs.set('sort', s.sort);
  if (s.page && s.page > 1) qs.set('page', String(s.page));
  if (!qs.size) return staticListingPath(s.category);
  if (s.category) qs.set('category', s.category);
  return `/catalog/search?${qs.toString()}`;
}
