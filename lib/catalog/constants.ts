export const ITEM_KINDS = ['good', 'service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const REVIEW_STATUSES = ['pending', 'approved', 'hidden'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Image widths produced for every public upload (next/image picks among them). */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;
