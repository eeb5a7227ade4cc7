import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { auditLog, customers, jobCards, projects, servicePoints, slaPlans, ticketComments, ticketRatings, tickets, uploads, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { contractEnd, inContract, inWarranty, warrantyEnd } from '@/lib/projects/dates';
import { listEngineersForDispatch, listServicePointOptions, suggestServicePoint } from '@/lib/service-points/suggest';
import { getSettings } from '@/lib/settings/store';
import { isOpenStatus, type SlaState, type TicketStatus } from './constants';
import type { CustomerTicket, ProjectSummary, StaffTicket, TicketAttachment, TicketComment, TicketSla, TicketStep, TimelineEntry } from './dto';
import { ticketScope } from './scope';
import { movesFor, type TicketMove } from './transitions';

// Server-only building blocks of getTicket/getMyTicket (lib/tickets/queries.ts). Every function takes
// the caller that queries.ts already authenticated, and reads inside ticketScope.

type Row = typeof tickets.$inferSelect;
const author = alias(users, 'author');

const STOPPED: readonly TicketStatus[] = ['resolved', 'closed', 'documented'];
const LETTER_FROM: readonly TicketStatus[] = ['dispatched', 'confirmed', 'in_progress', 'pending', 'resolved', 'closed', 'documented'];

/** The state shown now: the same rule as slaStateNow in SQL (running clocks are read live). */
export function liveSlaState(t: Pick<Row, 'slaDueAt' | 'slaWarnAt' | 'pausedSince' | 'slaState'>, now = new Date()): SlaState {
  if (!t.slaDueAt || t.pausedSince) return t.slaState;
  if (now >= t.slaDueAt) return 'breached';
  if (t.slaWarnAt && now >= t.slaWarnAt) return 'warning';
  return 'ok';
}

function slaOf(t: Row, planName: string | null): TicketSla {
  const phase: TicketSla['phase'] = !t.slaResolutionMinutes ? 'none' : STOPPED.includes(t.status) ? 'stopped' : t.respondedAt ? 'resolution' : 'response';
  return {
    planName,
    responseMinutes: t.slaResponseMinutes,
    resolutionMinutes: t.slaResolutionMinutes,
    warningPercent: t.slaWarningPercent,
    pauseOnPending: t.slaPauseOnPending,
    responseWarnAt: t.responseWarnAt,
    responseDueAt: t.responseDueAt,
    resolutionWarnAt: t.resolutionWarnAt,
    resolutionDueAt: t.resolutionDueAt,
    respondedAt: t.respondedAt,
    pausedSince: t.pausedSince,
    pausedMinutes: t.pausedMinutes,
    phase,
    state: liveSlaState(t),
    dueAt: t.slaDueAt,
  };
}

async function namesOf(ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function stepsOf(t: Row, names: Map<string, string>, startedBy: string | null): TicketStep[] {
  const n = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return [
    { key: 'created', at: t.createdAt, by: n(t.createdBy) },
    { key: 'assigned', at: t.assignedAt, by: n(t.assignedBy) },
    { key: 'accepted', at: t.acceptedAt, by: n(t.acceptedBy) },
    { key: 'dispatched', at: t.dispatchedAt, by: n(t.dispatchedBy) },
    { key: 'confirmed', at: t.confirmedAt, by: n(t.confirmedBy) },
    { key: 'started', at: t.startedAt, by: startedBy },
    { key: 'pending', at: t.pendingAt, by: n(t.pendingBy) },
    { key: 'resolved', at: t.resolvedAt, by: n(t.resolvedBy) },
    { key: 'closed', at: t.closedAt, by: n(t.closedBy) },
    { key: 'documented', at: t.documentedAt, by: n(t.documentedBy) },
  ];
}

async function projectOf(projectId: string | null): Promise<ProjectSummary | null> {
  if (!projectId) return null;
  const [p] = await db
    .select({
      id: projects.id,
      name: projects.name,
      deliveryEnd: projects.deliveryEnd,
      installationEnd: projects.installationEnd,
      warrantyMonths: projects.warrantyMonths,
      contractStart: projects.contractStart,
      contractMonths: projects.contractMonths,
    })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  if (!p) return null;
  const tz = (await getSettings()).regional.timeZone;
  const now = new Date();
  return {
    id: p.id,
    name: p.name,
    warrantyEnd: warrantyEnd(p),
    contractEnd: contractEnd(p),
    inWarranty: inWarranty(p, now, tz),
    inContract: inContract(p, now, tz),
  };
}

async function commentsOf(me: CurrentUser, ticketId: string, publicOnly: boolean): Promise<TicketComment[]> {
  const rows = await db
    .select({
      id: ticketComments.id,
      body: ticketComments.body,
      internal: ticketComments.internal,
      createdAt: ticketComments.createdAt,
      authorId: ticketComments.authorId,
      authorName: author.name,
      authorRole: author.role,
    })
    .from(ticketComments)
    .leftJoin(author, eq(author.id, ticketComments.authorId))
    .where(and(eq(ticketComments.ticketId, ticketId), publicOnly ? eq(ticketComments.internal, false) : undefined))
    .orderBy(asc(ticketComments.createdAt), asc(ticketComments.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    internal: r.internal,
    createdAt: r.createdAt,
    authorName: r.authorName,
    authorKind: publicOnly ? (r.authorRole === 'customer' ? 'customer' : r.authorRole ? 'staff' : null) : r.authorRole,
    mine: r.authorId === me.id,
  }));
}

async function attachmentsOf(ticketId: string): Promise<TicketAttachment[]> {
  return db
    .select({
      id: uploads.id,
      name: uploads.originalName,
      contentType: uploads.contentType,
      size: uploads.size,
      createdAt: uploads.createdAt,
      uploadedByName: author.name,
    })
    .from(uploads)
    .leftJoin(author, eq(author.id, uploads.uploadedBy))
    .where(and(eq(uploads.ticketId, ticketId), eq(uploads.purpose, 'ticket-attachment')))
    .orderBy(asc(uploads.createdAt))
    .limit(50);
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The ticket's history from audit_log (C27): every move, comment and plan change, with names. */
async function timelineOf(ticketId: string, includeInternal: boolean): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorRole: auditLog.actorRole, actorName: author.name, after: auditLog.after })
    .from(auditLog)
    .leftJoin(author, eq(author.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'ticket'), eq(auditLog.entityId, ticketId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .limit(300);
  const visible = includeInternal ? rows : rows.filter((r) => r.action !== 'ticket.comment_internal');
  const after = (r: (typeof rows)[number]) => (r.after ?? {}) as Record<string, unknown>;
  const spIds = [...new Set(visible.map((r) => str(after(r).servicePointId)).filter((x): x is string => !!x))];
  const userIds = visible.map((r) => str(after(r).assigneeId));
  const planIds = [...new Set(visible.map((r) => str(after(r).slaPlanId)).filter((x): x is string => !!x))];
  const [spNames, engNames, planNames] = await Promise.all([
    spIds.length ? db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).where(inArray(servicePoints.id, spIds)) : [],
    namesOf(userIds),
    planIds.length ? db.select({ id: slaPlans.id, name: slaPlans.name }).from(slaPlans).where(inArray(slaPlans.id, planIds)) : [],
  ]);
  const sp = new Map(spNames.map((r) => [r.id, r.name]));
  const plans = new Map(planNames.map((r) => [r.id, r.name]));
  return visible.map((r) => {
    const a = after(r);
    const spId = str(a.servicePointId);
    const engId = str(a.assigneeId);
    const planId = str(a.slaPlanId);
    return {
      id: r.id,
      at: r.at,
      action: r.action,
      actorName: r.actorName,
      actorRole: r.actorRole,
      reason: str(a.reason),
      resolution: str(a.resolution),
      servicePointName: r.action === 'ticket.assign' && spId ? (sp.get(spId) ?? null) : null,
      engineerName: r.action === 'ticket.dispatch' && engId ? (engNames.get(engId) ?? null) : null,
      planName: planId ? (plans.get(planId) ?? null) : null,
    };
  });
}

/** Moves the caller may make now: the transition table for their role, narrowed by scope rules. */
function allowedMoves(me: CurrentUser, t: Row): TicketMove[] {
  return movesFor(t.status, me.role).filter((m) => {
    if (me.role === 'service_point') return !!me.servicePointId && t.servicePointId === me.servicePointId;
    if (me.role === 'engineer') return t.assigneeId === me.id;
    if (me.role === 'customer') return m === 'reopen' && t.status === 'resolved';
    if (m === 'dispatch') return !!t.servicePointId;
    return true;
  });
}

/** The ticket row the caller may see, or null (not found, deleted or out of scope: the same to them). */
async function scopedRow(me: CurrentUser, id: string) {
  const [row] = await db
    .select({ t: tickets, planName: slaPlans.name })
    .from(tickets)
    .leftJoin(slaPlans, eq(slaPlans.id, tickets.slaPlanId))
    .where(and(eq(tickets.id, id), ticketScope(me)))
    .limit(1);
  return row ?? null;
}

export async function loadStaffTicket(me: CurrentUser, id: string): Promise<StaffTicket | null> {
  const row = await scopedRow(me, id);
  if (!row) return null;
  const t = row.t;
  const [[customer], [sp], project, comments, attachments, timeline, cards, [rating]] = await Promise.all([
    db
      .select({ id: customers.id, name: customers.name, city: customers.city, address: customers.address, phone: customers.phone, email: customers.email, personInCharge: customers.personInCharge })
      .from(customers)
      .where(eq(customers.id, t.customerId))
      .limit(1),
    t.servicePointId ? db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, t.servicePointId)).limit(1) : Promise.resolve([]),
    projectOf(t.projectId),
    commentsOf(me, t.id, false),
    attachmentsOf(t.id),
    timelineOf(t.id, true),
    db
      .select({ id: jobCards.id, engineerName: author.name, finishAt: jobCards.finishAt, createdAt: jobCards.createdAt })
      .from(jobCards)
      .innerJoin(author, eq(author.id, jobCards.engineerId))
      .where(eq(jobCards.ticketId, t.id))
      .orderBy(desc(jobCards.createdAt)),
    db.select({ rating: ticketRatings.rating, comment: ticketRatings.comment, createdAt: ticketRatings.createdAt }).from(ticketRatings).where(eq(ticketRatings.ticketId, t.id)).limit(1),
  ]);
  const names = await namesOf([t.createdBy, t.assignedBy, t.acceptedBy, t.dispatchedBy, t.confirmedBy, t.pendingBy, t.resolvedBy, t.closedBy, t.documentedBy, t.assigneeId]);
  const startedBy = [...timeline].reverse().find((e) => e.action === 'ticket.start')?.actorName ?? null;
  const moves = allowedMoves(me, t);

  let assign: StaffTicket['assign'] = null;
  if (moves.includes('assign')) {
    const [points, suggested] = await Promise.all([listServicePointOptions(), suggestServicePoint(customer?.city ?? null)]);
    assign = { suggestedId: t.servicePointId ?? suggested?.id ?? null, points };
  }
  const dispatch = moves.includes('dispatch') && t.servicePointId ? { engineers: await listEngineersForDispatch(t.servicePointId) } : null;
  const changePlan = can(me.role, 'ticket.assign') && isOpenStatus(t.status);
  const plans = changePlan ? await db.select({ id: slaPlans.id, name: slaPlans.name }).from(slaPlans).where(eq(slaPlans.active, true)).orderBy(slaPlans.name) : null;

  return {
    id: t.id,
    number: t.number,
    version: t.version,
    status: t.status,
    category: t.category,
    priority: t.priority,
    summary: t.summary,
    detail: t.detail,
    reporter: { name: t.reporterName, phone: t.reporterPhone, email: t.reporterEmail },
    customer: customer ?? { id: t.customerId, name: '—', city: null, address: null, phone: null, email: null, personInCharge: null },
    project,
    sla: slaOf(t, row.planName),
    servicePoint: sp ?? null,
    assignee: t.assigneeId ? { id: t.assigneeId, name: names.get(t.assigneeId) ?? '—' } : null,
    steps: stepsOf(t, names, startedBy),
    pendingReason: t.pendingReason,
    declineReason: t.declineReason,
    resolution: t.resolution,
    reopenCount: t.reopenCount,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    comments,
    attachments,
    timeline,
    jobCards: cards.map((c) => ({ id: c.id, engineerName: c.engineerName, finishAt: c.finishAt, createdAt: c.createdAt })),
    rating: rating ?? null,
    moves,
    assign,
    dispatch,
    plans,
    can: {
      // Managers read every ticket but change none (SECURITY.md S03).
      comment: me.role !== 'manager',
      internalComment: me.role !== 'manager',
      attach: me.role !== 'manager' && t.status !== 'documented',
      changePlan,
      delete: can(me.role, 'ticket.delete'),
      printLetter: can(me.role, 'ticket.assign') && LETTER_FROM.includes(t.status) && !!t.assigneeId,
      jobCard: me.role === 'engineer' && t.assigneeId === me.id && t.status === 'in_progress',
      printJobCard: cards.length > 0,
    },
  };
}

export async function loadCustomerTicket(me: CurrentUser, id: string): Promise<CustomerTicket | null> {
  const row = await scopedRow(me, id);
  if (!row) return null;
  const t = row.t;
  const [[sp], project, comments, attachments] = await Promise.all([
    t.servicePointId ? db.select({ name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, t.servicePointId)).limit(1) : Promise.resolve([]),
    projectOf(t.projectId),
    commentsOf(me, t.id, true),
    attachmentsOf(t.id),
  ]);
  const names = await namesOf([t.assigneeId]);
  // The customer sees when each step happened; who did it stays with staff, except the engineer coming.
  const steps = stepsOf(t, new Map(), null);
  return {
    id: t.id,
    number: t.number,
    version: t.version,
    status: t.status,
    category: t.category,
    priority: t.priority,
    summary: t.summary,
    detail: t.detail,
    reporter: { name: t.reporterName, phone: t.reporterPhone, email: t.reporterEmail },
    project: project ? { name: project.name, inWarranty: project.inWarranty, inContract: project.inContract } : null,
    servicePointName: sp?.name ?? null,
    engineerName: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null,
    resolution: t.resolution,
    steps,
    createdAt: t.createdAt,
    comments,
    attachments,
    canReopen: t.status === 'resolved',
    canAttach: isOpenStatus(t.status) || t.status === 'resolved',
  };
}
