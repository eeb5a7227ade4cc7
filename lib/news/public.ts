// public: published news articles for every visitor. No session is read, so reads are cached
// (tag `news`) and shared; an article scheduled for later appears once its publish date passes.
import 'server-only';
import { and, count, desc, eq, lte } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { media, newsArticles } from '@/db/schema';
import { NEWS_TAG } from '@/lib/content/constants';
import type { MediaImage } from '@/lib/promos/public';

export type NewsCard = { id: string; slug: string; title: string; excerpt: string; cover: MediaImage | null; publishedAt: string };
export type NewsArticle = NewsCard & { body: string; updatedAt: string };

const cardColumns = {
  id: newsArticles.id,
  slug: newsArticles.slug,
  title: newsArticles.title,
  excerpt: newsArticles.excerpt,
  publishedAt: newsArticles.publishedAt,
  coverVariants: media.variants,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: media.alt,
};

function toCard(r: { id: string; slug: string; title: string; excerpt: string; publishedAt: Date | null; coverVariants: unknown; coverWidth: number | null; coverHeight: number | null; coverAlt: string | null }): NewsCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: r.excerpt,
    cover: r.coverVariants ? { variants: r.coverVariants as Record<string, string>, width: r.coverWidth ?? 0, height: r.coverHeight ?? 0, alt: r.coverAlt || r.title } : null,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
  };
}

const live = () => and(eq(newsArticles.status, 'published'), lte(newsArticles.publishedAt, new Date()));

export const NEWS_PAGE_SIZE = 12;

async function loadNewsPage(page: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select(cardColumns)
      .from(newsArticles)
      .leftJoin(media, eq(media.id, newsArticles.coverMediaId))
      .where(live())
      .orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
      .limit(NEWS_PAGE_SIZE)
      .offset((page - 1) * NEWS_PAGE_SIZE),
    db.select({ n: count() }).from(newsArticles).where(live()),
  ]);
  return { items: rows.map(toCard), total: total?.n ?? 0, page, pages: Math.max(1, Math.ceil((total?.n ?? 0) / NEWS_PAGE_SIZE)) };
}

// Cached for 10 minutes at most, so an article scheduled for later shows up without a save.
const cachedNewsPage = unstable_cache(loadNewsPage, ['news-page'], { tags: [NEWS_TAG], revalidate: 600 });

/** The newest published articles (home page, sidebars). */
export async function listLatestNews(limit = 3): Promise<NewsCard[]> {
  return (await cachedNewsPage(1)).items.slice(0, Math.max(1, Math.min(limit, NEWS_PAGE_SIZE)));
}

/** One page of the /news listing. */
export async function listPublishedNews(page = 1) {
  return cachedNewsPage(Math.max(1, Math.min(10_000, Math.floor(page) || 1)));
}

async function loadArticle(slug: string): Promise<NewsArticle | null> {
  const [r] = await db
    .select({ ...cardColumns, body: newsArticles.body, updatedAt: newsArticles.updatedAt })
    .from(newsArticles)
    .leftJoin(media, eq(media.id, newsArticles.coverMediaId))
    .where(and(eq(newsArticles.slug, slug), live()))
    .limit(1);
  return r ? { ...toCard(r), body: r.body, updatedAt: r.updatedAt.toISOString() } : null;
}

/** A published article by slug, or null (→ 404). */
export async function getPublishedArticle(slug: string): Promise<NewsArticle | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return unstable_cache(() => loadArticle(slug), ['news-article', slug], { tags: [NEWS_TAG], revalidate: 600 })();
}

/** Every published slug (generateStaticParams, sitemap). */
export const listPublishedNewsSlugs = unstable_cache(
  async () =>
    (await db.select({ slug: newsArticles.slug, updatedAt: newsArticles.updatedAt }).from(newsArticles).where(live()).orderBy(desc(newsArticles.publishedAt)).limit(5000)).map((r) => ({
      slug: r.slug,
      updatedAt: r.updatedAt.toISOString(),
    })),
  ['news-slugs'],
  { tags: [NEWS_TAG], revalidate: 600 },
);
