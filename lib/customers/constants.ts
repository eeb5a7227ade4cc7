export const CUSTOMER_TYPES = ['company', 'person'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** Sort keys the customer list accepts (C18: anything else falls back to the default). */
export const CUSTOMER_SORTS = ['name', 'city', 'type', 'created'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export const CUSTOMER_ARCHIVE_FILTERS = ['active', 'archived', 'all'] as const;
export type CustomerArchiveFilter = (typeof CUSTOMER_ARCHIVE_FILTERS)[number];
