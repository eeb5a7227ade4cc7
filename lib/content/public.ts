// public: the static pages (how to buy, how to pay, terms, privacy, FAQ) as every visitor sees them.
// Cached per slug (tags `pages` and `pages:<slug>`), revalidated when an admin saves the page.
import 'server-only';
import { eq } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { staticPages } from '@/db/schema';
import { isStaticPageSlug, PAGES_TAG, pageTag, STATIC_PAGE_SLUGS } from './constants';

export type PublicStaticPage = { slug: string; title: string; body: string; updatedAt: string };

export async function getStaticPage(slug: string): Promise<PublicStaticPage | null> {
  if (!isStaticPageSlug(slug)) return null;
  return unstable_cache(
    async () => {
      const [row] = await db.select({ slug: staticPages.slug, title: staticPages.title, body: staticPages.body, updatedAt: staticPages.updatedAt }).from(staticPages).where(eq(staticPages.slug, slug)).limit(1);
      return row ? { slug: row.slug, title: row.title, body: row.body, updatedAt: row.updatedAt.toISOString() } : null;
    },
    ['static-page', slug],
    { tags: [PAGES_TAG, pageTag(slug)], revalidate: 3600 },
  )();
}

/** Pages that have content, for the footer and the sitemap. */
export const listStaticPages = unstable_cache(
  async () => {
    const rows = await db.select({ slug: staticPages.slug, title: staticPages.title, updatedAt: staticPages.updatedAt }).from(staticPages);
    return STATIC_PAGE_SLUGS.flatMap((s) => rows.filter((r) => r.slug === s).map((r) => ({ slug: r.slug, title: r.title, updatedAt: r.updatedAt.toISOString() })));
  },
  ['static-pages-list'],
  { tags: [PAGES_TAG], revalidate: 3600 },
);
