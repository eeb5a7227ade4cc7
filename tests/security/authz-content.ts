// S01 rows for module 3's content side: segments, promos, campaigns, news articles, static pages,
// inquiries, reviews and unsubscribe. Written by hand from SPEC.md: helpdesk and admin run promos,
// news and inquiries and moderate reviews; managers approve campaigns (and do nothing else here);
// customers write reviews; anyone sends the consultation form or uses an unsubscribe link.
import { randomBytes } from 'node:crypto';
import type { MatrixRow } from './authz-matrix';
import { createItem } from '../helpers/catalog-factories';
import { createArticle, createCampaignRow, createInquiry, createPromo, createReview, createSegment } from '../helpers/content-factories';
import { createCustomer, uniqueEmail } from '../helpers/factories';
import { signUnsubscribeToken } from '@/lib/unsubscribe/token';

const PROMO_STAFF = ['admin', 'helpdesk'] as const;
const APPROVERS = ['admin', 'manager'] as const;
// content.manage: news articles (helpdesk publishes news, SPEC roles) and the static pages.
const CONTENT_STAFF = ['admin', 'helpdesk'] as const;
const ANYONE = ['anon', 'customer', 'admin', 'manager', 'helpdesk', 'service_point', 'engineer'] as const;

const promoForm = () => ({
  id: '',
  title: `Promo Matriks ${randomBytes(3).toString('hex')}`,
  slug: '',
  bannerMediaId: '',
  body: '<p>Diskon <strong>20%</strong></p>',
  terms: 'Berlaku selama persediaan ada.',
  startsAt: '2026-12-01T08:00',
  endsAt: '2026-12-31T23:00',
  voucherCode: 'HEMAT20',
  discountType: 'percent',
  discountValue: '20',
  minSpendIdr: '100000',
  audience: 'all_customers',
  segmentId: '',
  status: 'draft',
});

export const CONTENT_MATRIX: Record<string, Record<string, MatrixRow>> = {
  'lib/segments/actions.ts': {
    saveSegmentAction: { allow: PROMO_STAFF, input: async () => ({ id: '', name: 'Perusahaan', criteria: [{ key: 'customer_type', value: ['company'] }] }) },
    deleteSegmentAction: { allow: PROMO_STAFF, input: async () => ({ id: await createSegment() }) },
    countSegmentAction: { allow: PROMO_STAFF, input: async () => ({ criteria: [{ key: 'has_open_ticket', value: true }] }) },
  },
  'lib/promos/actions.ts': {
    savePromoAction: { allow: PROMO_STAFF, input: async () => promoForm() },
    deletePromoAction: { allow: PROMO_STAFF, input: async () => ({ id: (await createPromo({ status: 'draft' })).id }) },
  },
  // Prepared by helpdesk/admin; a manager (or admin) who did not request it approves or rejects it.
  'lib/campaigns/actions.ts': {
    createCampaignAction: { allow: PROMO_STAFF, input: async () => ({ promoId: (await createPromo()).id, channel: 'email', segmentId: '', submit: true }) },
    submitCampaignAction: {
      allow: PROMO_STAFF,
      input: async () => {
        const c = await createCampaignRow({ status: 'draft' });
        return { campaignId: c.id, version: c.version };
      },
    },
    approveCampaignAction: {
      allow: APPROVERS,
      input: async () => {
        const c = await createCampaignRow({ status: 'pending_approval' });
        return { campaignId: c.id, version: c.version };
      },
    },
    rejectCampaignAction: {
      allow: APPROVERS,
      input: async () => {
        const c = await createCampaignRow({ status: 'pending_approval' });
        return { campaignId: c.id, version: c.version, note: 'Periode promo terlalu pendek.' };
      },
    },
    cancelCampaignAction: {
      allow: PROMO_STAFF,
      input: async () => {
        const c = await createCampaignRow({ status: 'draft' });
        return { campaignId: c.id, version: c.version };
      },
    },
  },
  'lib/news/actions.ts': {
    saveArticleAction: {
      allow: CONTENT_STAFF,
      input: async () => ({ id: '', title: `Jaringan fiber sampai Tembalang ${randomBytes(3).toString('hex')}`, slug: '', excerpt: '', body: '<p>Kabar baik.</p>', coverMediaId: '', status: 'published', publishedAt: '' }),
    },
    deleteArticleAction: { allow: CONTENT_STAFF, input: async () => ({ id: (await createArticle()).id }) },
  },
  'lib/content/actions.ts': {
    saveStaticPageAction: { allow: CONTENT_STAFF, input: async () => ({ slug: 'faq', title: 'Tanya jawab', body: '<h2>Pertanyaan</h2><p>Jawaban</p>' }) },
  },
  'lib/inquiries/actions.ts': {
    sendInquiry: {
      allow: ANYONE,
      input: async () => ({ name: 'Pak Budi', email: uniqueEmail('tanya'), phone: '0812-3456-7890', topic: 'product', message: 'Berapa harga pemasangan untuk kantor kecil?', website: '' }),
    },
    replyInquiry: { allow: PROMO_STAFF, input: async () => ({ inquiryId: await createInquiry(), body: 'Terima kasih, harga mulai Rp 500.000.' }) },
    changeInquiryStatus: { allow: PROMO_STAFF, input: async () => ({ inquiryId: await createInquiry(), status: 'closed' }) },
  },
  // Every signed-in role holds account.self, but only a customer's contact may review (FORBIDDEN otherwise).
  'lib/reviews/actions.ts': {
    submitReviewAction: { allow: ['customer'], input: async () => ({ itemId: (await createItem()).id, rating: 5, body: 'Produk sesuai deskripsi, mantap.' }) },
    moderateReviewAction: { allow: PROMO_STAFF, input: async () => ({ reviewId: (await createReview()).id, decision: 'approved' }) },
  },
  // The signed link is the credential: anyone holding it may use it.
  'lib/unsubscribe/actions.ts': {
    confirmUnsubscribe: { allow: ANYONE, input: async () => ({ token: signUnsubscribeToken((await createCustomer()).id) }) },
  },
};
