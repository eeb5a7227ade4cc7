// The catalog's cache tags (the same strings as lib/catalog/constants CATALOG_TAG and itemTag):
// moderation revalidates the product page that shows the reviews.
export const CATALOG_TAG = 'catalog';
export const itemTag = (id: string) => `catalog:item:${id}`;

export const REVIEW_MODERATION_STATUSES = ['pending', 'approved', 'hidden'] as const;
