import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SLA_EVENT_KINDS, SLA_STATES, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from '../../lib/tickets/constants';
import { customers } from './customers';
import { subscriptions } from './isp';
import { slaPlans } from './sla';
import { users } from './users';

export const ticketStatus = pgEnum('ticket_status', TICKET_STATUSES);
export const ticketCategory = pgEnum('ticket_category', TICKET_CATEGORIES);
export const ticketPriority = pgEnum('ticket_priority', TICKET_PRIORITIES);
export const slaState = pgEnum('sla_state', SLA_STATES);
export const slaEventKind = pgEnum('sla_event_kind', SLA_EVENT_KINDS);

const ts = (name?: string) => (name ? timestamp(name, { withTimezone: true }) : timestamp({ withTimezone: true }));
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date());

// Regional service points: the cities they cover decide which one a ticket is suggested to.
export const servicePoints = pgTable(
  'service_points',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    address: text(),
    region: text(),
    phone: text(),
    // Lower-cased city names this point covers ("jakarta selatan", "bekasi").
    cities: text().array().notNull().default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('service_points_name_uq').on(t.name), index('service_points_cities_idx').using('gin', t.cities)],
);

// Staff profile bits for field work: an engineer belongs to a service point and says whether they are available.
export const staffProfiles = pgTable('staff_profiles', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  servicePointId: uuid().references(() => servicePoints.id),
  available: boolean().notNull().default(true),
  updatedAt: updatedAt(),
});

export const projects = pgTable(
  'projects',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    name: text().notNull(),
    deliveryBegin: date({ mode: 'string' }),
    deliveryEnd: date({ mode: 'string' }),
    installationBegin: date({ mode: 'string' }),
    installationEnd: date({ mode: 'string' }),
    uatBegin: date({ mode: 'string' }),
    uatEnd: date({ mode: 'string' }),
    billingStart: date({ mode: 'string' }),
    billingDue: date({ mode: 'string' }),
    warrantyMonths: smallint().notNull().default(0),
    contractStart: date({ mode: 'string' }),
    contractMonths: smallint().notNull().default(0),
    slaPlanId: uuid().references(() => slaPlans.id), // overrides the customer's plan
    notes: text(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('projects_customer_idx').on(t.customerId),
    check('projects_delivery_ck', sql`${t.deliveryEnd} is null or ${t.deliveryBegin} is null or ${t.deliveryEnd} >= ${t.deliveryBegin}`),
    check('projects_installation_ck', sql`${t.installationEnd} is null or ${t.installationBegin} is null or ${t.installationEnd} >= ${t.installationBegin}`),
    check('projects_uat_ck', sql`${t.uatEnd} is null or ${t.uatBegin} is null or ${t.uatEnd} >= ${t.uatBegin}`),
    check('projects_billing_ck', sql`${t.billingDue} is null or ${t.billingStart} is null or ${t.billingDue} >= ${t.billingStart}`),
  ],
);

// Gap-free yearly ticket numbers: the counter row is locked by the insert's transaction, so a rollback
// gives the number back and two creators never get the same one.
export const ticketCounters = pgTable('ticket_counters', {
  year: smallint().primaryKey(),
  last: integer().notNull().default(0),
});

export const tickets = pgTable(
  'tickets',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(), // TKT-2026-000123
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    projectId: uuid().references(() => projects.id),
    // A subscriber's complaint points at the subscription it is about (ISP module).
    subscriptionId: uuid().references(() => subscriptions.id),
    slaPlanId: uuid().references(() => slaPlans.id),
    reporterName: text().notNull(),
    reporterPhone: text(),
    reporterEmail: text(),
    category: ticketCategory().notNull(),
    priority: ticketPriority().notNull().default('normal'),
    summary: text().notNull(),
    detail: text().notNull(),
    status: ticketStatus().notNull().default('new'),
    servicePointId: uuid().references(() => servicePoints.id),
    assigneeId: uuid().references(() => users.id), // the engineer
    // who and when for every step (seed 000's fields)
    createdBy: uuid().references(() => users.id),
    assignedBy: uuid().references(() => users.id),
    assignedAt: ts(),
    acceptedBy: uuid().references(() => users.id),
    acceptedAt: ts(),
    dispatchedBy: uuid().references(() => users.id),
    dispatchedAt: ts(),
    confirmedBy: uuid().references(() => users.id),
    confirmedAt: ts(),
    startedAt: ts(),
    pendingBy: uuid().references(() => users.id),
    pendingAt: ts(),
    pendingReason: text(),
    resolution: text(),
    resolvedBy: uuid().references(() => users.id),
    resolvedAt: ts(),
    closedBy: uuid().references(() => users.id),
    closedAt: ts(),
    documentedBy: uuid().references(() => users.id),
    documentedAt: ts(),
    declineReason: text(),
    reopenCount: smallint().notNull().default(0),
    // SLA targets copied from the plan when the ticket opens, and the derived instants.
    slaResponseMinutes: integer(),
    slaResolutionMinutes: integer(),
    slaWarningPercent: smallint(),
    slaPauseOnPending: boolean().notNull().default(true),
    respondedAt: ts(),
    responseWarnAt: ts(),
    responseDueAt: ts(),
    resolutionWarnAt: ts(),
    resolutionDueAt: ts(),
    pausedSince: ts(),
    pausedMinutes: integer().notNull().default(0),
    // The clock that matters now (response until accepted, then resolution); null when no clock runs.
    slaWarnAt: ts(),
    slaDueAt: ts(),
    slaState: slaState().notNull().default('ok'),
    idempotencyKey: uuid().notNull(),
    version: integer().notNull().default(1),
    deletedAt: ts(),
    deletedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tickets_number_uq').on(t.number),
    uniqueIndex('tickets_customer_idem_uq').on(t.customerId, t.idempotencyKey),
    index('tickets_customer_created_idx').on(t.customerId, t.createdAt),
    index('tickets_open_due_idx').on(t.slaDueAt, t.id).where(sql`${t.deletedAt} is null and ${t.status} in ('new','assigned','accepted','dispatched','confirmed','in_progress','pending')`),
    // The queue sorted by priority (lib/tickets/queries queueOrder: priority, then SLA due, newest, id) over
    // open tickets: one index per direction, since only the priority flips and a backward scan flips all.
    // EXPLAIN ANALYZE at 1,000,000 tickets / 50,000 open: page 1 went from a 190 ms parallel sort to 0.2 ms.
    index('tickets_open_priority_idx')
      .on(t.priority.desc().nullsFirst(), t.slaDueAt, t.createdAt.desc().nullsFirst(), t.id)
      .where(sql`${t.deletedAt} is null and ${t.status} in ('new','assigned','accepted','dispatched','confirmed','in_progress','pending')`),
    index('tickets_open_priority_asc_idx')
      .on(t.priority, t.slaDueAt, t.createdAt.desc().nullsFirst(), t.id)
      .where(sql`${t.deletedAt} is null and ${t.status} in ('new','assigned','accepted','dispatched','confirmed','in_progress','pending')`),
    index('tickets_sp_status_idx').on(t.servicePointId, t.status),
    index('tickets_assignee_status_idx').on(t.assigneeId, t.status),
    index('tickets_status_created_idx').on(t.status, t.createdAt),
    index('tickets_created_idx').on(t.createdAt),
    index('tickets_summary_trgm_idx').using('gin', sql`lower(${t.summary}) gin_trgm_ops`),
    // The default queue searches open tickets only (~5 % of them at a million rows): the same trigram
    // match over just those, so a common word is not looked up, then rechecked, in all of history.
    index('tickets_open_summary_trgm_idx')
      .using('gin', sql`lower(${t.summary}) gin_trgm_ops`)
      .where(sql`${t.deletedAt} is null and ${t.status} in ('new','assigned','accepted','dispatched','confirmed','in_progress','pending')`),
    // The SLA job only looks at clocks about to change state.
    index('tickets_sla_warn_idx').on(t.slaWarnAt).where(sql`${t.deletedAt} is null and ${t.pausedSince} is null and ${t.slaState} = 'ok'`),
    index('tickets_sla_due_idx').on(t.slaDueAt).where(sql`${t.deletedAt} is null and ${t.pausedSince} is null and ${t.slaState} <> 'breached'`),
    check('tickets_number_ck', sql`${t.number} ~ '^TKT-[0-9]{4}-[0-9]{6}$'`),
  ],
);

export const ticketComments = pgTable(
  'ticket_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    authorId: uuid().references(() => users.id),
    body: text().notNull(),
    internal: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_comments_ticket_idx').on(t.ticketId, t.createdAt)],
);

// Private uploads (attachments, signatures, survey photos): stored outside public/ under a random name.
export const uploads = pgTable(
  'uploads',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid().references(() => customers.id), // owner customer; null = staff-only
    uploadedBy: uuid().references(() => users.id),
    ticketId: uuid().references(() => tickets.id),
    purpose: text().notNull(), // 'ticket-attachment' | 'signature' | …
    storedName: text().notNull(),
    originalName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('uploads_stored_uq').on(t.storedName),
    index('uploads_ticket_idx').on(t.ticketId),
    // The upload route's per-user ceiling counts this user's uploads of the last hour (countRecentUploads).
    index('uploads_uploader_created_idx').on(t.uploadedBy, t.createdAt),
    // The orphan sweep (lib/uploads/prune): attachments never claimed by a ticket, oldest first.
    index('uploads_unclaimed_created_idx').on(t.createdAt).where(sql`${t.ticketId} is null and ${t.purpose} = 'ticket-attachment'`),
  ],
);

// Each SLA alert exists once per ticket and kind, whatever the number of workers or restarts (C25).
export const slaEvents = pgTable(
  'sla_events',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    kind: slaEventKind().notNull(),
    dueAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'sla_events_pk', columns: [t.ticketId, t.kind] })],
);

export const jobCards = pgTable(
  'job_cards',
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    engineerId: uuid()
      .notNull()
      .references(() => users.id),
    workDone: text().notNull(),
    partsUsed: jsonb().notNull().default([]), // [{ name, qty }]
    arrivalAt: ts().notNull(),
    finishAt: ts().notNull(),
    customerName: text().notNull(),
    signatureUploadId: uuid()
      .notNull()
      .references(() => uploads.id),
    createdAt: createdAt(),
  },
  (t) => [index('job_cards_ticket_idx').on(t.ticketId), check('job_cards_times_ck', sql`${t.finishAt} >= ${t.arrivalAt}`)],
);

export const ticketRatings = pgTable(
  'ticket_ratings',
  {
    ticketId: uuid()
      .primaryKey()
      .references(() => tickets.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    rating: smallint().notNull(),
    comment: text(),
    engineerId: uuid().references(() => users.id),
    servicePointId: uuid().references(() => servicePoints.id),
    createdAt: createdAt(),
  },
  (t) => [check('ticket_ratings_range_ck', sql`${t.rating} between 1 and 5`), index('ticket_ratings_created_idx').on(t.createdAt)],
);

// Single-use rating links (only the hash is stored), one live link per ticket.
export const ratingTokens = pgTable(
  'rating_tokens',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    tokenHash: text().notNull(),
    expiresAt: ts().notNull(),
    usedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rating_tokens_hash_uq').on(t.tokenHash), index('rating_tokens_ticket_idx').on(t.ticketId)],
);
