// Promo, campaign, segment, inquiry and review rows for tests, written straight through Drizzle
// (arranging only; assertions go through the real services, jobs and queries).
import { randomBytes } from 'node:crypto';
import { db } from '@/db/client';
import { campaigns, inquiries, newsArticles, promos, reviews, segments } from '@/db/schema';
import type { SegmentCriteria } from '@/lib/segments/schemas';
import { createItem } from './catalog-factories';
import { createUser } from './factories';

const tag = () => randomBytes(4).toString('hex');
const DAY = 24 * 3600 * 1000;

export async function createSegment(criteria: SegmentCriteria = [], name = `Segmen ${tag()}`) {
  const [row] = await db.insert(segments).values({ name, criteria }).returning({ id: segments.id });
  return row.id;
}

export async function createPromo(opts: { audience?: 'public' | 'all_customers' | 'segment'; segmentId?: string | null; status?: 'draft' | 'published'; startsAt?: Date; endsAt?: Date; title?: string; body?: string } = {}) {
  const [row] = await db
    .insert(promos)
    .values({
      slug: `promo-${tag()}`,
      title: opts.title ?? `Promo ${tag()}`,
      body: opts.body ?? '<p>Isi promo</p>',
      startsAt: opts.startsAt ?? new Date(Date.now() - DAY),
      endsAt: opts.endsAt ?? new Date(Date.now() + 30 * DAY),
      audience: opts.audience ?? 'public',
      segmentId: opts.segmentId ?? null,
      status: opts.status ?? 'published',
    })
    .returning({ id: promos.id, slug: promos.slug });
  return row;
}

export async function createCampaignRow(opts: { promoId?: string; status?: 'draft' | 'pending_approval' | 'approved' | 'sending'; requestedBy?: string | null; segmentId?: string | null; criteria?: SegmentCriteria } = {}) {
  const promoId = opts.promoId ?? (await createPromo()).id;
  const requestedBy = opts.requestedBy === undefined ? (await createUser('helpdesk')).id : opts.requestedBy;
  const approved = opts.status === 'approved' || opts.status === 'sending';
  const [row] = await db
    .insert(campaigns)
    .values({
      promoId,
      status: opts.status ?? 'pending_approval',
      segmentId: opts.segmentId ?? null,
      requestedBy,
      ...(approved ? { criteriaSnapshot: { audience: opts.criteria?.length ? 'segment' : 'all_customers', segmentName: null, criteria: opts.criteria ?? [] }, approvedAt: new Date() } : {}),
    })
    .returning({ id: campaigns.id, version: campaigns.version });
  return row;
}

export async function createInquiry(opts: { status?: 'open' | 'answered' | 'closed'; email?: string } = {}) {
  const [row] = await db
    .insert(inquiries)
    .values({ name: 'Ibu Sari', email: opts.email ?? `tanya-${tag()}@example.test`, topic: 'product', message: 'Apakah produk ini tersedia di Semarang?', status: opts.status ?? 'open' })
    .returning({ id: inquiries.id });
  return row.id;
}

export async function createArticle(opts: { status?: 'draft' | 'published' } = {}) {
  const [row] = await db
    .insert(newsArticles)
    .values({ slug: `berita-${tag()}`, title: `Berita ${tag()}`, body: '<p>Isi</p>', status: opts.status ?? 'published', publishedAt: new Date(Date.now() - DAY) })
    .returning({ id: newsArticles.id, slug: newsArticles.slug });
  return row;
}

/** A review by a fresh customer contact on `itemId` (a new item when not given). */
export async function createReview(opts: { itemId?: string; status?: 'pending' | 'approved' | 'hidden'; rating?: number } = {}) {
  const itemId = opts.itemId ?? (await createItem()).id;
  const author = await createUser('customer');
  const [row] = await db
    .insert(reviews)
    .values({ itemId, customerId: author.customerId!, userId: author.id, rating: opts.rating ?? 4, body: 'Barangnya bagus, pengiriman cepat.', status: opts.status ?? 'pending' })
    .returning({ id: reviews.id });
  return { id: row.id, itemId, author };
}
