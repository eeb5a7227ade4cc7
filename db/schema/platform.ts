import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES } from '../../lib/jobs/constants';
import { LOCALES } from '../../lib/i18n/config';
import { users, userRole } from './users';

export const outboxChannel = pgEnum('outbox_channel', OUTBOX_CHANNELS);
export const outboxStatus = pgEnum('outbox_status', OUTBOX_STATUSES);
export const messageLocale = pgEnum('message_locale', LOCALES);

// Key/value settings; each key's value is validated by its zod schema in lib/settings.
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  updatedBy: uuid().references(() => users.id),
});

// Fixed-window counters shared by every process (C7).
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ name: 'rate_limits_pk', columns: [t.key, t.windowStart] }), index('rate_limits_window_idx').on(t.windowStart)],
);

// Append-only history; a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE (C27).
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorId: uuid(),
    actorRole: userRole(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at), index('audit_log_at_idx').on(t.at)],
);

// Every e-mail / WhatsApp / SMS, written in the transaction of the change that causes it (C26).
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: outboxChannel().notNull().default('email'),
    recipient: text().notNull(),
    template: text().notNull(),
    locale: messageLocale().notNull().default('id'),
    payload: jsonb().notNull().default({}),
    marketing: boolean().notNull().default(false),
    status: outboxStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lockedBy: text(),
    providerId: text(),
    lastError: text(),
    dedupeKey: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_created_idx').on(t.createdAt),
    index('outbox_recipient_idx').on(t.recipient),
  ],
);

// In-app notifications; title/body are message keys rendered in the reader's language.
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    params: jsonb().notNull().default({}),
    link: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)],
);

export const helpdeskNews = pgTable(
  'helpdesk_news',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    body: text().notNull(),
    publishAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    audience: text().notNull().default('all'), // 'all' | 'staff' | 'customers'
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index('helpdesk_news_publish_idx').on(t.publishAt, t.expiresAt)],
);
