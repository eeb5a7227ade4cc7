import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, DISCOUNT_TYPES, PROMO_AUDIENCES, RECIPIENT_STATUSES } from '../../lib/promos/constants';
import { PUBLISH_STATUSES } from '../../lib/content/constants';
import { media } from './catalog';
import { customers } from './customers';
import { users } from './users';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date());

export const promoAudience = pgEnum('promo_audience', PROMO_AUDIENCES);
export const discountType = pgEnum('discount_type', DISCOUNT_TYPES);
export const campaignStatus = pgEnum('campaign_status', CAMPAIGN_STATUSES);
export const campaignChannel = pgEnum('campaign_channel', CAMPAIGN_CHANNELS);
export const recipientStatus = pgEnum('recipient_status', RECIPIENT_STATUSES);
export const publishStatus = pgEnum('publish_status', PUBLISH_STATUSES);

// Saved audience criteria, evaluated in SQL through the registry in lib/segments.
export const segments = pgTable('segments', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  criteria: jsonb().notNull().default([]), // [{ key, op, value }]
  createdBy: uuid().references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const promos = pgTable(
  'promos',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: text().notNull(),
    bannerMediaId: uuid().references(() => media.id),
    body: text().notNull().default(''), // sanitized HTML
    terms: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    voucherCode: text(),
    discountType: discountType(),
    discountValue: bigint({ mode: 'number' }), // percent (1–100) or Rupiah
    minSpendIdr: bigint({ mode: 'number' }),
    audience: promoAudience().notNull().default('public'),
    segmentId: uuid().references(() => segments.id),
    status: publishStatus().notNull().default('draft'),
    createdBy: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('promos_slug_uq').on(t.slug),
    index('promos_window_idx').on(t.status, t.startsAt, t.endsAt),
    check('promos_window_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    promoId: uuid()
      .notNull()
      .references(() => promos.id),
    channel: campaignChannel().notNull().default('email'),
    status: campaignStatus().notNull().default('draft'),
    segmentId: uuid().references(() => segments.id),
    criteriaSnapshot: jsonb(), // the audience as approved
    requestedBy: uuid().references(() => users.id),
    approvedBy: uuid().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    // A manager's reason when sending the campaign back to draft.
    reviewNote: text(),
    // Matching customers when approved (the send re-evaluates the snapshot; this is for the record).
    audienceCount: integer(),
    startedAt: timestamp({ withTimezone: true }),
    // Every recipient row and outbox message exists: later passes only wait for delivery.
    enqueuedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('campaigns_status_idx').on(t.status)],
);

// One row per campaign and customer: a re-run or a second worker can never mail anyone twice.
export const campaignRecipients = pgTable(
  'campaign_recipients',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    recipient: text().notNull(),
    status: recipientStatus().notNull().default('pending'),
    outboxId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'campaign_recipients_pk', columns: [t.campaignId, t.customerId] }), index('campaign_recipients_status_idx').on(t.campaignId, t.status)],
);

export const newsArticles = pgTable(
  'news_articles',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: text().notNull(),
    excerpt: text().notNull().default(''),
    body: text().notNull().default(''), // sanitized HTML
    coverMediaId: uuid().references(() => media.id),
    status: publishStatus().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('news_articles_slug_uq').on(t.slug), index('news_articles_published_idx').on(t.status, t.publishedAt)],
);

export const staticPages = pgTable('static_pages', {
  slug: text().primaryKey(),
  title: text().notNull(),
  body: text().notNull().default(''), // sanitized HTML
  updatedBy: uuid().references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
