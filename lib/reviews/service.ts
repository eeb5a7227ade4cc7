import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { db, type Conn } from '@/db/client';
import { catalogItems, reviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { z } from 'zod';
import type { moderateReviewSchema, reviewSchema } from './schemas';

/**
 * Recomputes the item's rating_avg (×100) and rating_count from its approved reviews, inside the
 * caller's transaction, so the product page never shows an average that disagrees with its reviews.
 */
export async function recomputeItemRating(tx: Conn, itemId: string) {
  const [agg] = await tx
    .select({ n: count(), avg: sql<number | null>`round(avg(${reviews.rating}) * 100)::int` })
    .from(reviews)
    .where(and(eq(reviews.itemId, itemId), eq(reviews.status, 'approved')));
  await tx.update(catalogItems).set({ ratingAvg: agg?.n ? agg.avg : null, ratingCount: agg?.n ?? 0 }).where(eq(catalogItems.id, itemId));
}

/**
 * A member writes (or rewrites) their one review of an item. A rewrite goes back to moderation; if
 * it was public, the item's rating drops it until a moderator approves it again.
 */
export async function submitReview(me: CurrentUser, input: z.output<typeof reviewSchema>) {
  if (me.role !== 'customer' || !me.customerId) throw new ForbiddenError('review.customer');
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: catalogItems.id }).from(catalogItems).where(and(eq(catalogItems.id, input.itemId), eq(catalogItems.active, true))).limit(1);
    if (!item) throw new NotFoundError();
    const [before] = await tx
      .select({ id: reviews.id, status: reviews.status })
      .from(reviews)
      .where(and(eq(reviews.itemId, item.id), eq(reviews.userId, me.id)))
      .for('update');
    const [row] = await tx
      .insert(reviews)
      .values({ itemId: item.id, customerId: me.customerId!, userId: me.id, rating: input.rating, body: input.body })
      .onConflictDoUpdate({
        target: [reviews.itemId, reviews.userId],
        set: { rating: input.rating, body: input.body, status: 'pending', moderatedBy: null, moderatedAt: null, createdAt: sql`now()` },
      })
      .returning({ id: reviews.id, status: reviews.status });
    if (before?.status === 'approved') await recomputeItemRating(tx, item.id);
    await recordAudit(tx, me, {
      action: before ? 'review.update' : 'review.create',
      entityType: 'review',
      entityId: row.id,
      before: before ? { status: before.status } : null,
      after: { itemId: item.id, rating: input.rating, status: row.status },
    });
    return { id: row.id, itemId: item.id, wasPublic: before?.status === 'approved' };
  });
}

/** Staff approve or hide a review; the item's rating follows in the same transaction. */
export async function moderateReview(actor: CurrentUser, input: z.output<typeof moderateReviewSchema>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ id: reviews.id, itemId: reviews.itemId, status: reviews.status }).from(reviews).where(eq(reviews.id, input.reviewId)).for('update');
    if (!before) throw new NotFoundError();
    await tx.update(reviews).set({ status: input.decision, moderatedBy: actor.id, moderatedAt: new Date() }).where(eq(reviews.id, before.id));
    if (before.status !== input.decision) await recomputeItemRating(tx, before.itemId);
    await recordAudit(tx, actor, { action: `review.${input.decision === 'approved' ? 'approve' : 'hide'}`, entityType: 'review', entityId: before.id, before: { status: before.status }, after: { status: input.decision } });
    return { itemId: before.itemId, status: input.decision };
  });
}
