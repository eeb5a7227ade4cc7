import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, projects, slaPlans, subscriptions, tickets, uploads } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { computeInstants } from '@/lib/sla/clock';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { zonedParts } from '@/lib/format/date';
import type { TicketCategory, TicketPriority } from '../constants';
import { notifyTicketEvent, ticketRecipients } from '../notify';
import { nextTicketNumber } from '../numbering';

export type OpenTicketCommand = {
  customerId: string;
  projectId: string | null;
  category: TicketCategory;
  priority: TicketPriority;
  summary: string;
  detail: string;
  reporterName: string;
  reporterPhone: string | null;
  reporterEmail: string | null;
  idempotencyKey: string;
  attachmentIds?: string[];
  /** A subscriber's complaint about one of the customer's ISP subscriptions. */
  subscriptionId?: string | null;
};

/** The plan that applies: the project's override, else the customer's, else the first active plan. */
async function resolvePlan(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], customerId: string, projectId: string | null) {
  const [row] = await tx
    .select({
      projectPlan: projects.slaPlanId,
      customerPlan: customers.slaPlanId,
    })
    .from(customers)
    .leftJoin(projects, and(eq(projects.customerId, customers.id), projectId ? eq(projects.id, projectId) : sql`false`))
    .where(eq(customers.id, customerId))
    .limit(1);
  const planId = row?.projectPlan ?? row?.customerPlan ?? null;
  const [plan] = await tx
    .select()
    .from(slaPlans)
    .where(planId ? eq(slaPlans.id, planId) : eq(slaPlans.active, true))
    .orderBy(slaPlans.createdAt)
    .limit(1);
  return plan ?? null;
}

/**
 * Opens a ticket in one transaction: gap-free number, SLA targets copied from the plan, attachments
 * claimed, audit row and notifications. A repeated submit (same idempotency key) returns the first ticket.
 */
export async function openTicket(actor: CurrentUser, cmd: OpenTicketCommand, now = new Date()): Promise<{ id: string; number: string }> {
  try {
    return await insertTicket(actor, cmd, now);
  } catch (err) {
    if (!(err instanceof DuplicateSubmit)) throw err;
    // A concurrent double submit won the race (and this attempt's number was rolled back): same answer.
    const [first] = await db
      .select({ id: tickets.id, number: tickets.number })
      .from(tickets)
      .where(and(eq(tickets.customerId, cmd.customerId), eq(tickets.idempotencyKey, cmd.idempotencyKey)))
      .limit(1);
    if (!first) throw err;
    return first;
  }
}

class DuplicateSubmit extends Error {}

async function insertTicket(actor: CurrentUser, cmd: OpenTicketCommand, now: Date) {
  // The id is chosen here so the rows that refer to the ticket can be sent with it (below).
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: tickets.id, number: tickets.number })
      .from(tickets)
      .where(and(eq(tickets.customerId, cmd.customerId), eq(tickets.idempotencyKey, cmd.idempotencyKey)))
      .limit(1);
    if (existing) return existing;

    const [customer] = await tx
      .select({ id: customers.id, archivedAt: customers.archivedAt })
      .from(customers)
      .where(eq(customers.id, cmd.customerId))
      .limit(1);
    if (!customer || customer.archivedAt) throw new NotFoundError();
    if (cmd.projectId) {
      const [p] = await tx.select({ id: projects.id }).from(projects).where(and(eq(projects.id, cmd.projectId), eq(projects.customerId, cmd.customerId))).limit(1);
      if (!p) throw new ValidationError('tickets.errors.projectNotFound', { projectId: ['tickets.errors.projectNotFound'] });
    }
    if (cmd.subscriptionId) {
      // Only one of this customer's subscriptions; someone else's is simply not found (C3).
      const [s] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.id, cmd.subscriptionId), eq(subscriptions.customerId, cmd.customerId))).limit(1);
      if (!s) throw new NotFoundError();
    }

    const plan = await resolvePlan(tx, cmd.customerId, cmd.projectId);
    const cal = await loadCalendar(tx);
    const instants = plan ? computeInstants(now, plan, 0, cal) : null;
    const year = zonedParts(now, cal.timeZone).year;
    // Everything that does not need the number happens before it is taken: the year's counter row stays
    // locked from here to commit, and every creator in the meantime waits for it.
    const recipients = await ticketRecipients(
      tx,
      { customerId: cmd.customerId, servicePointId: null, assigneeId: null, reporterEmail: cmd.reporterEmail, reporterName: cmd.reporterName },
      'created',
      actor.id,
    );
    const number = await nextTicketNumber(tx, year);

    // From here to commit every other creator waits on the counter row, so the ticket and the rows that
    // refer to it go to PostgreSQL together: postgres.js pipelines the statements issued concurrently on
    // the transaction's connection and PostgreSQL runs them in the order sent (the ticket first, so the
    // attachments' foreign key holds). One round trip under the lock instead of one per statement.
    const ref = { id, number, summary: cmd.summary, customerId: cmd.customerId, servicePointId: null, assigneeId: null, reporterEmail: cmd.reporterEmail, reporterName: cmd.reporterName };
    const [inserted, ...rest] = await Promise.allSettled([
      tx
        .insert(tickets)
        .values({
          id,
          number,
          status: 'new',
          customerId: cmd.customerId,
          projectId: cmd.projectId,
          subscriptionId: cmd.subscriptionId ?? null,
          slaPlanId: plan?.id ?? null,
          reporterName: cmd.reporterName,
          reporterPhone: cmd.reporterPhone,
          reporterEmail: cmd.reporterEmail,
          category: cmd.category,
          priority: cmd.priority,
          summary: cmd.summary,
          detail: cmd.detail,
          createdBy: actor.id,
          slaResponseMinutes: plan?.responseMinutes ?? null,
          slaResolutionMinutes: plan?.resolutionMinutes ?? null,
          slaWarningPercent: plan?.warningPercent ?? null,
          slaPauseOnPending: plan?.pauseOnPending ?? true,
          ...(instants
            ? { ...instants, slaWarnAt: instants.responseWarnAt, slaDueAt: instants.responseDueAt }
            : {}),
          idempotencyKey: cmd.idempotencyKey,
          createdAt: now,
        })
        .onConflictDoNothing({ target: [tickets.customerId, tickets.idempotencyKey] })
        .returning({ id: tickets.id }),
      cmd.attachmentIds?.length
        ? tx
            .update(uploads)
            .set({ ticketId: id, customerId: cmd.customerId })
            .where(and(inArray(uploads.id, cmd.attachmentIds), eq(uploads.uploadedBy, actor.id), isNull(uploads.ticketId), eq(uploads.purpose, 'ticket-attachment')))
        : Promise.resolve(),
      recordAudit(tx, actor, {
        action: 'ticket.create',
        entityType: 'ticket',
        entityId: id,
        after: { number, status: 'new', customerId: cmd.customerId, category: cmd.category, priority: cmd.priority, summary: cmd.summary },
      }),
      notifyTicketEvent(tx, ref, 'created', { actorId: actor.id, recipients }),
    ]);
    // A double submit inserts nothing (the statements after it then fail on the missing ticket or on
    // the aborted transaction): the whole transaction rolls back and the first submit's ticket answers.
    if (inserted.status === 'fulfilled' && inserted.value.length === 0) throw new DuplicateSubmit();
    for (const r of [inserted, ...rest]) if (r.status === 'rejected') throw r.reason;
    return { id, number };
  });
}
