// Reviews: members only, one per member and item, public only after moderation; the item's
// rating follows the approved reviews in the same transaction.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { catalogItems, reviews } from '@/db/schema';
import { moderateReviewAction, submitReviewAction } from '@/lib/reviews/actions';
import { getRatingSummary, listApprovedReviews } from '@/lib/reviews/public';
import { createItem } from '../helpers/catalog-factories';
import { createUser } from '../helpers/factories';
import { runAs } from '../helpers/session';

const rating = async (itemId: string) => (await db.select({ avg: catalogItems.ratingAvg, n: catalogItems.ratingCount }).from(catalogItems).where(eq(catalogItems.id, itemId)))[0];

describe('reviews', () => {
  it('only approved reviews are public, and the rating counts only them', async () => {
    const item = await createItem();
    const staff = await createUser('helpdesk');
    const authors = [await createUser('customer', { name: 'Budi Santoso' }), await createUser('customer', { name: 'Sari' }), await createUser('customer')];
    const ids: string[] = [];
    for (const [i, a] of authors.entries()) {
      const r = await runAs(a, () => submitReviewAction({ itemId: item.id, rating: [5, 4, 1][i], body: `Ulasan nomor ${i + 1} yang cukup panjang.` }));
      expect(r).toMatchObject({ ok: true, data: { status: 'pending' } });
      if (r.ok) ids.push(r.data.id);
    }
    expect(await listApprovedReviews(item.id)).toEqual([]);
    expect(await rating(item.id)).toEqual({ avg: null, n: 0 });

    await runAs(staff, () => moderateReviewAction({ reviewId: ids[0], decision: 'approved' }));
    await runAs(staff, () => moderateReviewAction({ reviewId: ids[1], decision: 'approved' }));
    await runAs(staff, () => moderateReviewAction({ reviewId: ids[2], decision: 'hidden' }));
    const pub = await listApprovedReviews(item.id);
    expect(pub.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(pub.map((r) => r.author).sort()).toEqual(['Budi S.', 'Sari']);
    expect(JSON.stringify(pub)).not.toMatch(/@example\.test/);
    expect(await rating(item.id)).toEqual({ avg: 450, n: 2 });
    expect(await getRatingSummary(item.id)).toMatchObject({ average: 4.5, count: 2, distribution: { 5: 1, 4: 1, 1: 0 } });

    // hiding an approved review takes it out of the page and the average at once
    await runAs(staff, () => moderateReviewAction({ reviewId: ids[0], decision: 'hidden' }));
    expect((await listApprovedReviews(item.id)).map((r) => r.id)).toEqual([ids[1]]);
    expect(await rating(item.id)).toEqual({ avg: 400, n: 1 });

    // a rewrite goes back to moderation and leaves the public list
    await runAs(authors[1], () => submitReviewAction({ itemId: item.id, rating: 2, body: 'Saya ubah ulasan saya sekarang.' }));
    expect(await listApprovedReviews(item.id)).toEqual([]);
    expect(await rating(item.id)).toEqual({ avg: null, n: 0 });
    expect(await db.select().from(reviews).where(eq(reviews.itemId, item.id))).toHaveLength(3);
  });

  it('only customers review, and rating and length are checked', async () => {
    const item = await createItem();
    const helpdesk = await createUser('helpdesk');
    expect(await runAs(helpdesk, () => submitReviewAction({ itemId: item.id, rating: 5, body: 'Bagus sekali produknya.' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await runAs(null, () => submitReviewAction({ itemId: item.id, rating: 5, body: 'Bagus sekali produknya.' }))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const c = await createUser('customer');
    for (const bad of [0, 6, 2.5, '5; drop table reviews']) {
      expect(await runAs(c, () => submitReviewAction({ itemId: item.id, rating: bad as number, body: 'Bagus sekali produknya.' }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    const inactive = await createItem({ active: false });
    expect(await runAs(c, () => submitReviewAction({ itemId: inactive.id, rating: 4, body: 'Bagus sekali produknya.' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
