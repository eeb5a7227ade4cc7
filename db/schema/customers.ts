import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CUSTOMER_TYPES } from '../../lib/customers/constants';

export const customerType = pgEnum('customer_type', CUSTOMER_TYPES);

// The party the business serves: a company with several contact users, or a person with one.
export const customers = pgTable(
  'customers',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    type: customerType().notNull().default('person'),
    address: text(),
    city: text(),
    phone: text(),
    email: text(),
    notes: text(),
    marketingOptOutAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index('customers_name_idx').on(sql`lower(${t.name})`),
    index('customers_created_idx').on(t.createdAt),
  ],
);
