import 'server-only';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { catalogItems, customers, reviews, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { reviewListSchema } from './schemas';

export type ModerationRow = {
  id: string;
  rating: number;
  body: string;
  status: 'pending' | 'approved' | 'hidden';
  createdAt: Date;
  itemName: string;
  itemSlug: string;
  author: string;
  customerName: string;
};

/** The moderation queue: pending oldest first; other filters newest first. */
export async function listReviewsForModeration(raw: Record<string, unknown>) {
  await requirePermission('review.moderate');
  const p = reviewListSchema.parse(raw);
  const conds: SQL[] = [];
  if (p.status !== 'all') conds.push(eq(reviews.status, p.status));
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    conds.push(or(ilike(catalogItems.name, like), ilike(reviews.body, like), ilike(users.name, like))!);
  }
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await db
    .select({ total: count() })
    .from(reviews)
    .innerJoin(catalogItems, eq(catalogItems.id, reviews.itemId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(where);
  const info = pageInfo(p.page, total);
  const items = await db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      body: reviews.body,
      status: reviews.status,
      createdAt: reviews.createdAt,
      itemName: catalogItems.name,
      itemSlug: catalogItems.slug,
      author: users.name,
      customerName: customers.name,
    })
    .from(reviews)
    .innerJoin(catalogItems, eq(catalogItems.id, reviews.itemId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(customers, eq(customers.id, reviews.customerId))
    .where(where)
    .orderBy(p.status === 'pending' ? asc(reviews.createdAt) : desc(reviews.createdAt), desc(reviews.id))
    .limit(info.size)
    .offset(info.offset);
  return { items: items as ModerationRow[], filters: p, ...info };
}
