// public: approved reviews of a catalog item, for the product page. Cached with the item's catalog
// tags (`catalog`, `catalog:item:<id>`), which moderation revalidates. Pending and hidden reviews
// never leave the database through here.
import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { catalogItems, reviews, users } from '@/db/schema';
import { CATALOG_TAG, itemTag } from './constants';


export type PublicReview = { id: string; rating: number; body: string; author: string; createdAt: string };
export type RatingSummary = { average: number | null; count: number; distribution: Record<1 | 2 | 3 | 4 | 5, number> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Budi Santoso" → "Budi S.": enough to feel real, not enough to identify the customer. */
export function reviewerName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return '—';
  return parts.length === 1 ? parts[0] : `${parts[0]} ${parts[parts.length - 1][0]?.toUpperCase()}.`;
}

async function loadApproved(itemId: string, limit: number): Promise<PublicReview[]> {
  const rows = await db
    .select({ id: reviews.id, rating: reviews.rating, body: reviews.body, name: users.name, createdAt: reviews.createdAt })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.itemId, itemId), eq(reviews.status, 'approved')))
    .orderBy(desc(reviews.createdAt))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, rating: r.rating, body: r.body, author: reviewerName(r.name), createdAt: r.createdAt.toISOString() }));
}

/** The newest approved reviews of an item (at most `limit`). */
export async function listApprovedReviews(itemId: string, limit = 20): Promise<PublicReview[]> {
  if (!UUID.test(itemId)) return [];
  const n = Math.max(1, Math.min(100, limit));
  return unstable_cache(() => loadApproved(itemId, n), ['reviews-approved', itemId, String(n)], { tags: [CATALOG_TAG, itemTag(itemId)], revalidate: 3600 })();
}

async function loadSummary(itemId: string): Promise<RatingSummary> {
  const [item] = await db.select({ avg: catalogItems.ratingAvg, n: catalogItems.ratingCount }).from(catalogItems).where(eq(catalogItems.id, itemId)).limit(1);
  const rows = await db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.itemId, itemId), eq(reviews.status, 'approved')))
    .groupBy(reviews.rating);
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as RatingSummary['distribution'];
  for (const r of rows) if (r.rating >= 1 && r.rating <= 5) distribution[r.rating as 1] = r.n;
  return { average: item?.avg != null ? item.avg / 100 : null, count: item?.n ?? 0, distribution };
}

/** Average (1–5, two decimals, from the item's maintained rating_avg ×100), count and per-star counts. */
export async function getRatingSummary(itemId: string): Promise<RatingSummary> {
  if (!UUID.test(itemId)) return { average: null, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };
  return unstable_cache(() => loadSummary(itemId), ['reviews-summary', itemId], { tags: [CATALOG_TAG, itemTag(itemId)], revalidate: 3600 })();
}
