import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INQUIRY_STATUSES } from '../../lib/content/constants';
import { customers } from './customers';
import { users } from './users';

export const inquiryStatus = pgEnum('inquiry_status', INQUIRY_STATUSES);

// Consultation / contact form messages: the helpdesk inbox.
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    email: text().notNull(),
    phone: text(),
    topic: text().notNull(),
    message: text().notNull(),
    status: inquiryStatus().notNull().default('open'),
    customerId: uuid().references(() => customers.id),
    userId: uuid().references(() => users.id),
    locale: text().notNull().default('id'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index('inquiries_status_created_idx').on(t.status, t.createdAt)],
);

export const inquiryReplies = pgTable(
  'inquiry_replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    inquiryId: uuid()
      .notNull()
      .references(() => inquiries.id),
    authorId: uuid().references(() => users.id),
    body: text().notNull(),
    outboxId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_replies_inquiry_idx').on(t.inquiryId, t.createdAt)],
);
