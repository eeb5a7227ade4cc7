import { z } from 'zod';

export const REVIEW_BODY_MAX = 2000;

/** A member's rating and comment on a catalog item; shown publicly only after moderation. */
export const reviewSchema = z.strictObject({
  itemId: z.uuid(),
  rating: z.coerce.number('reviews.errors.rating').int('reviews.errors.rating').min(1, 'reviews.errors.rating').max(5, 'reviews.errors.rating'),
  body: z.string().trim().min(10, 'reviews.errors.bodyShort').max(REVIEW_BODY_MAX, 'validation.tooLong'),
});
export type ReviewInput = z.input<typeof reviewSchema>;

export const moderateReviewSchema = z.strictObject({
  reviewId: z.uuid(),
  decision: z.enum(['approved', 'hidden']),
});

export const reviewListSchema = z.object({
  status: z.enum(['pending', 'approved', 'hidden', 'all']).catch('pending'),
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
