import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { slaPlans } from './sla';
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
    region: text(),
    personInCharge: text(),
    salesperson: text(),
    productsUsed: text(),
    slaPlanId: uuid().references(() => slaPlans.id),
    // Free labels used by promotion segments ("vip", "sekolah").
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp({ withTimezone: true }),
    marketingOptOutAt: timestamp({ withTimezone: true }),
    // Several helpdesk staff edit the same customer: the form sends back the version it loaded (C21).
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index('customers_name_idx').on(sql`lower(${t.name})`),
    index('customers_created_idx').on(t.createdAt),
    index('customers_city_idx').on(sql`lower(${t.city})`),
    index('customers_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('customers_tags_idx').using('gin', t.tags),
  ],
);
