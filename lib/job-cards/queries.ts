import 'server-only';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db } from '@/db/client';
import { customers, jobCards, servicePoints, tickets, users } from '@/db/schema';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { ticketScope } from '@/lib/tickets/scope';
import { JOB_CARD_STATUSES, LETTER_STATUSES } from './constants';

const isUuid = (v: string) => z.uuid().safeParse(v).success;

/** Who prints assignment letters: helpdesk and admin, and the ticket's own service point (scope in SQL). */
const LETTER_ROLES = ['helpdesk', 'admin', 'service_point'] as const;

export type PartUsed = { name: string; qty: number };

function parts(v: unknown): PartUsed[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((p): p is { name: unknown; qty: unknown } => !!p && typeof p === 'object')
    .map((p) => ({ name: String(p.name ?? ''), qty: Number(p.qty) || 0 }));
}

/** The job card page: only the engineer the ticket is dispatched to; null (404) for everyone else. */
export async function getJobCardFormContext(ticketId: string) {
  const me = await requirePermission('ticket.work');
  if (!isUuid(ticketId)) return null;
  const [row] = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      status: tickets.status,
      version: tickets.version,
      startedAt: tickets.startedAt,
      createdAt: tickets.createdAt,
      customerName: customers.name,
      customerAddress: customers.address,
      customerCity: customers.city,
      personInCharge: customers.personInCharge,
      reporterName: tickets.reporterName,
    })
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .where(and(eq(tickets.id, ticketId), ticketScope(me), eq(tickets.assigneeId, me.id)))
    .limit(1);
  if (!row) return null;
  const cards = await db
    .select({ id: jobCards.id, createdAt: jobCards.createdAt, customerName: jobCards.customerName })
    .from(jobCards)
    .where(eq(jobCards.ticketId, row.id))
    .orderBy(asc(jobCards.createdAt));
  return { ...row, workable: (JOB_CARD_STATUSES as readonly string[]).includes(row.status), cards };
}

/**
 * The printable job card: the ticket's customer and staff in scope (helpdesk, manager, admin; the
 * service point; the assigned engineer). Everyone else gets null → 404.
 */
export async function getPrintableJobCards(ticketId: string) {
  const me = await requireUser();
  if (!isUuid(ticketId)) return null;
  const engineer = alias(users, 'engineer');
  const [ticket] = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      detail: tickets.detail,
      category: tickets.category,
      priority: tickets.priority,
      status: tickets.status,
      createdAt: tickets.createdAt,
      resolvedAt: tickets.resolvedAt,
      reporterName: tickets.reporterName,
      reporterPhone: tickets.reporterPhone,
      customerName: customers.name,
      customerAddress: customers.address,
      customerCity: customers.city,
      customerPhone: customers.phone,
      servicePointName: servicePoints.name,
      engineerName: engineer.name,
    })
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(servicePoints, eq(servicePoints.id, tickets.servicePointId))
    .leftJoin(engineer, eq(engineer.id, tickets.assigneeId))
    .where(and(eq(tickets.id, ticketId), ticketScope(me)))
    .limit(1);
  if (!ticket) return null;
  const cards = await db
    .select({
      id: jobCards.id,
      engineerName: users.name,
      workDone: jobCards.workDone,
      partsUsed: jobCards.partsUsed,
      arrivalAt: jobCards.arrivalAt,
      finishAt: jobCards.finishAt,
      customerName: jobCards.customerName,
      signatureUploadId: jobCards.signatureUploadId,
      createdAt: jobCards.createdAt,
    })
    .from(jobCards)
    .innerJoin(users, eq(users.id, jobCards.engineerId))
    .where(eq(jobCards.ticketId, ticket.id))
    .orderBy(asc(jobCards.createdAt));
  return { ticket, cards: cards.map((c) => ({ ...c, partsUsed: parts(c.partsUsed) })) };
}

/** The assignment letter (surat tugas): from dispatch on, for helpdesk/admin and the ticket's service point. */
export async function getAssignmentLetter(ticketId: string) {
  const me = await requireUser();
  if (!(LETTER_ROLES as readonly string[]).includes(me.role) || !isUuid(ticketId)) return null;
  const engineer = alias(users, 'engineer');
  const [row] = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      detail: tickets.detail,
      category: tickets.category,
      priority: tickets.priority,
      status: tickets.status,
      createdAt: tickets.createdAt,
      dispatchedAt: tickets.dispatchedAt,
      responseDueAt: tickets.responseDueAt,
      resolutionDueAt: tickets.resolutionDueAt,
      reporterName: tickets.reporterName,
      reporterPhone: tickets.reporterPhone,
      reporterEmail: tickets.reporterEmail,
      customerName: customers.name,
      customerAddress: customers.address,
      customerCity: customers.city,
      customerPhone: customers.phone,
      personInCharge: customers.personInCharge,
      servicePointName: servicePoints.name,
      servicePointAddress: servicePoints.address,
      servicePointPhone: servicePoints.phone,
      engineerName: engineer.name,
      engineerPhone: engineer.phone,
      engineerEmail: engineer.email,
    })
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .innerJoin(engineer, eq(engineer.id, tickets.assigneeId))
    .leftJoin(servicePoints, eq(servicePoints.id, tickets.servicePointId))
    .where(and(eq(tickets.id, ticketId), ticketScope(me), isNotNull(tickets.assigneeId), inArray(tickets.status, LETTER_STATUSES)))
    .limit(1);
  if (!row) return null;
  return { ...row, letterNumber: `ST/${row.number}`, issuedBy: me.name };
}
