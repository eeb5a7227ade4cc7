import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ITEM_KINDS, REVIEW_STATUSES } from '../../lib/catalog/constants';
import { customers } from './customers';
import { users } from './users';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date());

export const itemKind = pgEnum('item_kind', ITEM_KINDS);
export const reviewStatus = pgEnum('review_status', REVIEW_STATUSES);

// Public images (catalog, promo banners, news covers): re-encoded, resized, served from /media/public.
export const media = pgTable(
  'media',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored file names per width, e.g. { "320": "<uuid>-320.webp", … }; the largest is the original.
    variants: jsonb().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    alt: text().notNull().default(''),
    uploadedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
);

export const catalogCategories = pgTable(
  'catalog_categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('catalog_categories_slug_uq').on(t.slug), index('catalog_categories_parent_idx').on(t.parentId, t.sortOrder)],
);

export const catalogItems = pgTable(
  'catalog_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: itemKind().notNull(),
    categoryId: uuid()
      .notNull()
      .references(() => catalogCategories.id),
    name: text().notNull(),
    slug: text().notNull(),
    sku: text().notNull(),
    priceIdr: bigint({ mode: 'number' }).notNull(),
    compareAtPriceIdr: bigint({ mode: 'number' }),
    description: text().notNull().default(''),
    specs: jsonb().notNull().default([]), // [{ key, value }]
    stock: integer(), // goods
    durationMinutes: integer(), // services
    weightGrams: integer(), // goods, for shipping
    active: boolean().notNull().default(true),
    featured: boolean().notNull().default(false),
    ratingAvg: smallint(), // ×100, from approved reviews
    ratingCount: integer().notNull().default(0),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('catalog_items_slug_uq').on(t.slug),
    uniqueIndex('catalog_items_sku_uq').on(t.sku),
    index('catalog_items_category_idx').on(t.categoryId, t.active),
    index('catalog_items_price_idx').on(t.priceIdr),
    index('catalog_items_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    // Ordered public listings stop after one page instead of sorting every item (50,000+ items).
    index('catalog_items_featured_created_idx').on(t.featured, t.createdAt),
    index('catalog_items_created_idx').on(t.createdAt),
    index('catalog_items_name_lower_idx').on(sql`lower(${t.name})`),
    check('catalog_items_money_ck', sql`${t.priceIdr} >= 0 and (${t.compareAtPriceIdr} is null or ${t.compareAtPriceIdr} >= 0)`),
    check('catalog_items_stock_ck', sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

export const catalogImages = pgTable(
  'catalog_images',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => catalogItems.id, { onDelete: 'cascade' }),
    mediaId: uuid()
      .notNull()
      .references(() => media.id),
    alt: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [index('catalog_images_item_idx').on(t.itemId, t.sortOrder)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => catalogItems.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    rating: smallint().notNull(),
    body: text().notNull(),
    status: reviewStatus().notNull().default('pending'),
    moderatedBy: uuid().references(() => users.id),
    moderatedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reviews_item_user_uq').on(t.itemId, t.userId),
    index('reviews_item_status_idx').on(t.itemId, t.status, t.createdAt),
    check('reviews_rating_ck', sql`${t.rating} between 1 and 5`),
  ],
);
