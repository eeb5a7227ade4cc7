import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const slaPlans = pgTable(
  'sla_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    responseMinutes: integer().notNull(), // business minutes
    resolutionMinutes: integer().notNull(), // business minutes
    warningPercent: smallint().notNull().default(75),
    pauseOnPending: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('sla_plans_name_uq').on(t.name),
    check('sla_plans_minutes_ck', sql`${t.responseMinutes} > 0 and ${t.resolutionMinutes} >= ${t.responseMinutes}`),
    check('sla_plans_warning_ck', sql`${t.warningPercent} between 1 and 99`),
  ],
);

// Public holidays for the business calendar (SLA clocks, working-day rules).
export const holidays = pgTable('holidays', {
  day: date({ mode: 'string' }).primaryKey(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

