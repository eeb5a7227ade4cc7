export const PUBLISH_STATUSES = ['draft', 'published'] as const;
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];
export const INQUIRY_STATUSES = ['open', 'answered', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const STATIC_PAGE_SLUGS = ['cara-membeli', 'cara-membayar', 'syarat-ketentuan', 'kebijakan-privasi', 'faq'] as const;
