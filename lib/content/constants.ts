export const PUBLISH_STATUSES = ['draft', 'published'] as const;
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];
export const INQUIRY_STATUSES = ['open', 'answered', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const STATIC_PAGE_SLUGS = ['cara-membeli', 'cara-membayar', 'syarat-ketentuan', 'kebijakan-privasi', 'faq'] as const;
export type StaticPageSlug = (typeof STATIC_PAGE_SLUGS)[number];
export const isStaticPageSlug = (s: string): s is StaticPageSlug => (STATIC_PAGE_SLUGS as readonly string[]).includes(s);

/** Cache tags (unstable_cache + revalidateTag). */
export const NEWS_TAG = 'news';
export const PAGES_TAG = 'pages';
export const pageTag = (slug: string) => `pages:${slug}`;
