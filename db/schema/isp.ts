import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPLICATION_STATUSES,
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  AREA_LEVELS,
  SUBSCRIPTION_STATUSES,
  UPGRADE_REQUEST_STATUSES,
  UPGRADE_STATUSES,
} from '../../lib/isp/constants';
import { customers } from './customers';
import { users } from './users';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date());
const tstz = () => timestamp({ withTimezone: true });

export const areaLevel = pgEnum('area_level', AREA_LEVELS);
export const applicationStatus = pgEnum('application_status', APPLICATION_STATUSES);
export const subscriptionStatus = pgEnum('subscription_status', SUBSCRIPTION_STATUSES);
export const appointmentKind = pgEnum('appointment_kind', APPOINTMENT_KINDS);
export const appointmentStatus = pgEnum('appointment_status', APPOINTMENT_STATUSES);
export const upgradeStatus = pgEnum('upgrade_status', UPGRADE_STATUSES);
export const upgradeRequestStatus = pgEnum('upgrade_request_status', UPGRADE_REQUEST_STATUSES);

// Indonesia's administrative areas with their official codes ("33.74.01.1001"), loaded from the
// idn-area-data package by `npm run areas:load` and by the demo seed — never typed by hand.
export const areas = pgTable(
  'areas',
  {
    code: text().primaryKey(),
    parentCode: text(),
    level: areaLevel().notNull(),
    name: text().notNull(),
  },
  (t) => [
    index('areas_parent_idx').on(t.parentCode, t.name),
    index('areas_level_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

// Per-year counters for numbers people read aloud (REG-2026-000007, ORD-…, BKG-…): gap-free because the
// counter row stays locked until the creating transaction ends.
export const numberSequences = pgTable(
  'number_sequences',
  {
    scope: text().notNull(),
    year: smallint().notNull(),
    last: integer().notNull().default(0),
  },
  (t) => [primaryKey({ name: 'number_sequences_pk', columns: [t.scope, t.year] })],
);

export const ispPlans = pgTable(
  'isp_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    slug: text().notNull(),
    downloadMbps: integer().notNull(),
    uploadMbps: integer().notNull(),
    monthlyPriceIdr: bigint({ mode: 'number' }).notNull(),
    installationFeeIdr: bigint({ mode: 'number' }).notNull().default(0),
    description: text().notNull().default(''),
    active: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('isp_plans_slug_uq').on(t.slug),
    check('isp_plans_money_ck', sql`${t.monthlyPriceIdr} >= 0 and ${t.installationFeeIdr} >= 0`),
    check('isp_plans_speed_ck', sql`${t.downloadMbps} > 0 and ${t.uploadMbps} > 0`),
  ],
);

// Where a plan is sold (no rows = wherever there is coverage).
export const ispPlanAreas = pgTable(
  'isp_plan_areas',
  {
    planId: uuid()
      .notNull()
      .references(() => ispPlans.id, { onDelete: 'cascade' }),
    areaCode: text()
      .notNull()
      .references(() => areas.code),
  },
  (t) => [primaryKey({ name: 'isp_plan_areas_pk', columns: [t.planId, t.areaCode] })],
);

// Covered districts or villages; a district covers its villages. plan_id null = every plan.
export const coverageAreas = pgTable(
  'coverage_areas',
  {
    id: uuid().primaryKey().defaultRandom(),
    areaCode: text()
      .notNull()
      .references(() => areas.code),
    planId: uuid().references(() => ispPlans.id, { onDelete: 'cascade' }),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('coverage_areas_area_plan_uq').on(t.areaCode, sql`coalesce(${t.planId}, '00000000-0000-0000-0000-000000000000'::uuid)`)],
);

// Leads from uncovered villages; notified once when coverage opens (notified_at set in that transaction).
export const waitingList = pgTable(
  'waiting_list',
  {
    id: uuid().primaryKey().defaultRandom(),
    areaCode: text()
      .notNull()
      .references(() => areas.code),
    name: text().notNull(),
    phone: text().notNull(),
    email: text().notNull(),
    address: text().notNull(),
    planId: uuid().references(() => ispPlans.id),
    locale: text().notNull().default('id'),
    notifiedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    index('waiting_list_area_idx').on(t.areaCode).where(sql`${t.notifiedAt} is null`),
    uniqueIndex('waiting_list_area_email_uq').on(t.areaCode, t.email),
  ],
);

export const ispApplications = pgTable(
  'isp_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(), // REG-2026-000007
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    fullName: text().notNull(),
    nik: text().notNull(),
    birthDate: date({ mode: 'string' }).notNull(),
    phone: text().notNull(),
    email: text().notNull(),
    addressLine: text().notNull(),
    areaCode: text()
      .notNull()
      .references(() => areas.code),
    planId: uuid()
      .notNull()
      .references(() => ispPlans.id),
    preferredDate: date({ mode: 'string' }).notNull(),
    consentAt: tstz().notNull(),
    status: applicationStatus().notNull().default('submitted'),
    surveyCovered: boolean(),
    surveyNotes: text(),
    /** Photos the technician took at the survey (uploads, purpose survey-photo). */
    surveyPhotoIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    surveyedBy: uuid().references(() => users.id),
    surveyedAt: tstz(),
    rejectReason: text(),
    activatedAt: tstz(),
    idempotencyKey: uuid().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('isp_applications_number_uq').on(t.number),
    uniqueIndex('isp_applications_idem_uq').on(t.userId, t.idempotencyKey),
    // One open application per NIK, enforced by the database (a race cannot create two).
    uniqueIndex('isp_applications_open_nik_uq')
      .on(t.nik)
      .where(sql`${t.status} in ('submitted','survey_scheduled','surveyed','installation_scheduled')`),
    index('isp_applications_status_created_idx').on(t.status, t.createdAt),
    index('isp_applications_customer_idx').on(t.customerId),
    index('isp_applications_area_idx').on(t.areaCode),
    check('isp_applications_nik_ck', sql`${t.nik} ~ '^[0-9]{16}$'`),
  ],
);

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    applicationId: uuid().references(() => ispApplications.id),
    planId: uuid()
      .notNull()
      .references(() => ispPlans.id),
    addressLine: text().notNull(),
    areaCode: text()
      .notNull()
      .references(() => areas.code),
    startDate: date({ mode: 'string' }).notNull(), // tenure counts from here
    status: subscriptionStatus().notNull().default('active'),
    statusReason: text(),
    downloadMbps: integer().notNull(), // current, upgrades included
    uploadMbps: integer().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('subscriptions_customer_idx').on(t.customerId),
    index('subscriptions_status_start_idx').on(t.status, t.startDate),
    index('subscriptions_plan_idx').on(t.planId),
    index('subscriptions_area_idx').on(t.areaCode),
    uniqueIndex('subscriptions_application_uq').on(t.applicationId),
  ],
);

export const bandwidthHistory = pgTable(
  'bandwidth_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id),
    downloadMbps: integer().notNull(),
    uploadMbps: integer().notNull(),
    reason: text().notNull(), // 'activation' | 'upgrade' | 'upgrade-ended' | 'plan-change'
    upgradeId: uuid(),
    changedBy: uuid().references(() => users.id),
    at: createdAt(),
  },
  (t) => [index('bandwidth_history_sub_idx').on(t.subscriptionId, t.at)],
);

export const upgradeRules = pgTable(
  'upgrade_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    minTenureMonths: integer().notNull(),
    planIds: uuid().array().notNull().default(sql`'{}'::uuid[]`), // empty = every plan
    extraMbps: integer().notNull(),
    durationMonths: integer().notNull(),
    offerStart: date({ mode: 'string' }).notNull(),
    offerEnd: date({ mode: 'string' }).notNull(),
    automatic: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('upgrade_rules_values_ck', sql`${t.minTenureMonths} >= 0 and ${t.extraMbps} > 0 and ${t.durationMonths} > 0`),
    check('upgrade_rules_offer_ck', sql`${t.offerEnd} >= ${t.offerStart}`),
  ],
);

export const bandwidthUpgrades = pgTable(
  'bandwidth_upgrades',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id),
    ruleId: uuid().references(() => upgradeRules.id),
    extraMbps: integer().notNull(),
    startsAt: tstz().notNull(),
    endsAt: tstz().notNull(),
    status: upgradeStatus().notNull().default('active'),
    appliedBy: uuid().references(() => users.id), // null = applied automatically by the rule
    revertedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    // At most one running upgrade per subscription; the reversal is a conditional update (exactly once).
    uniqueIndex('bandwidth_upgrades_active_uq').on(t.subscriptionId).where(sql`${t.status} = 'active'`),
    index('bandwidth_upgrades_due_idx').on(t.endsAt).where(sql`${t.status} = 'active'`),
    index('bandwidth_upgrades_created_idx').on(t.createdAt),
  ],
);

export const upgradeRequests = pgTable(
  'upgrade_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    note: text(),
    status: upgradeRequestStatus().notNull().default('open'),
    handledBy: uuid().references(() => users.id),
    handledAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    index('upgrade_requests_status_idx').on(t.status, t.createdAt),
    uniqueIndex('upgrade_requests_open_uq').on(t.subscriptionId).where(sql`${t.status} = 'open'`),
  ],
);

// Bookings of a resource (a technician, engineer, therapist or room) over a time range. Double booking is
// impossible: an exclusion constraint (migration, btree_gist) forbids overlapping live ranges per resource.
export const appointments = pgTable(
  'appointments',
  {
    id: uuid().primaryKey().defaultRandom(),
    resourceId: uuid()
      .notNull()
      .references(() => users.id),
    startsAt: tstz().notNull(),
    endsAt: tstz().notNull(),
    kind: appointmentKind().notNull(),
    status: appointmentStatus().notNull().default('booked'),
    customerId: uuid().references(() => customers.id),
    refType: text().notNull(), // 'isp_application' | 'ticket' | …
    refId: uuid().notNull(),
    address: text(),
    notes: text(),
    createdBy: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('appointments_resource_start_idx').on(t.resourceId, t.startsAt),
    index('appointments_ref_idx').on(t.refType, t.refId),
    index('appointments_start_idx').on(t.startsAt),
    check('appointments_range_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
