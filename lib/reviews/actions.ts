'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { CATALOG_TAG, itemTag } from './constants';
import { moderateReviewSchema, reviewSchema } from './schemas';
import { moderateReview, submitReview } from './service';

function revalidateItem(itemId: string) {
  revalidateTag(itemTag(itemId), { expire: 0 });
  revalidateTag(CATALOG_TAG, { expire: 0 });
}

/** Members only (role customer): one review per member and item, public after moderation. */
export const submitReviewAction = action({
  permission: 'account.self',
  input: reviewSchema,
  run: async (input, me) => {
    const r = await submitReview(me, input);
    if (r.wasPublic) revalidateItem(r.itemId);
    revalidatePath('/staff/reviews');
    return { id: r.id, status: 'pending' as const };
  },
});

export const moderateReviewAction = action({
  permission: 'review.moderate',
  input: moderateReviewSchema,
  run: async (input, me) => {
    const r = await moderateReview(me, input);
    revalidateItem(r.itemId);
    revalidatePath('/staff/reviews');
    return { status: r.status };
  },
});
