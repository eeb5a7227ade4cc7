import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { ratingTokens, servicePoints, staffProfiles, tickets, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors';
import { businessMinutesBetween, computeInstants, slaStateAt } from '@/lib/sla/clock';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { newToken } from '@/lib/tokens';
import { appUrl } from '@/lib/urls';
import { notifyTicketEvent, type TicketEvent } from '../notify';
import { ticketScope } from '../scope';
import type { MoveValues } from '../schemas';
import { TRANSITIONS } from '../transitions';

type Ticket = typeof tickets.$inferSelect;
type Patch = Partial<typeof tickets.$inferInsert>;

const EVENT: Record<MoveValues['move'], TicketEvent> = {
  assign: 'assigned',
  accept: 'accepted',
  dispatch: 'dispatched',
  confirm: 'confirmed',
  decline: 'declined',
  start: 'started',
  pend: 'pending',
  resume: 'resumed',
  resolve: 'resolved',
  close: 'closed',
  document: 'documented',
  reopen: 'reopened',
};

const RATING_LINK_DAYS = 14;

/** The ticket as the actor may see it, locked for the move; someone else's ticket is simply not found (C3). */
async function loadForMove(tx: Tx, me: CurrentUser, ticketId: string): Promise<Ticket> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), ticketScope(me)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

/** Pause bookkeeping and the clock that matters after the move. */
async function slaPatch(tx: Tx, before: Ticket, to: Ticket['status'], now: Date): Promise<Patch> {
  if (!before.slaResolutionMinutes || !before.slaResponseMinutes || !before.slaWarningPercent) return {};
  const patch: Patch = {};
  let pausedMinutes = before.pausedMinutes;
  const cal = await loadCalendar(tx);
  if (before.pausedSince && to !== 'pending') {
    pausedMinutes += businessMinutesBetween(before.pausedSince, now, cal);
    patch.pausedMinutes = pausedMinutes;
    patch.pausedSince = null;
    const i = computeInstants(before.createdAt, { responseMinutes: before.slaResponseMinutes, resolutionMinutes: before.slaResolutionMinutes, warningPercent: before.slaWarningPercent }, pausedMinutes, cal);
    patch.resolutionWarnAt = i.resolutionWarnAt;
    patch.resolutionDueAt = i.resolutionDueAt;
  }
  if (to === 'pending' && before.slaPauseOnPending && !before.pausedSince) patch.pausedSince = now;
  const responded = before.respondedAt ?? (to === 'accepted' ? now : null);
  if (responded && !before.respondedAt) patch.respondedAt = now;
  const resolutionWarnAt = patch.resolutionWarnAt ?? before.resolutionWarnAt;
  const resolutionDueAt = patch.resolutionDueAt ?? before.resolutionDueAt;
  if (to === 'resolved' || to === 'closed' || to === 'documented') {
    patch.slaWarnAt = null;
    patch.slaDueAt = null;
    // The clock stops at resolution; closing or documenting later is no breach.
    if (to === 'resolved') patch.slaState = slaStateAt(now, resolutionWarnAt, resolutionDueAt);
  } else if (responded) {
    patch.slaWarnAt = resolutionWarnAt;
    patch.slaDueAt = resolutionDueAt;
    patch.slaState = slaStateAt(now, resolutionWarnAt, resolutionDueAt, patch.pausedSince ?? (to === 'pending' ? before.pausedSince : null));
  }
  return patch;
}

/** Fields each move writes: who and when for every step (seed 000), plus the move's own data. */
async function movePatch(tx: Tx, me: CurrentUser, before: Ticket, input: MoveValues, now: Date): Promise<Patch> {
  switch (input.move) {
    case 'assign': {
      const [sp] = await tx.select({ id: servicePoints.id }).from(servicePoints).where(and(eq(servicePoints.id, input.servicePointId), eq(servicePoints.active, true))).limit(1);
      if (!sp) throw new ValidationError('tickets.errors.servicePointRequired', { servicePointId: ['tickets.errors.servicePointRequired'] });
      return { servicePointId: sp.id, assignedBy: me.id, assignedAt: now, assigneeId: null };
    }
    case 'accept':
      return { acceptedBy: me.id, acceptedAt: now };
    case 'dispatch': {
      const [eng] = await tx
        .select({ id: users.id })
        .from(users)
        .innerJoin(staffProfiles, eq(staffProfiles.userId, users.id))
        .where(and(eq(users.id, input.engineerId), eq(users.role, 'engineer'), eq(users.status, 'active'), eq(staffProfiles.servicePointId, before.servicePointId ?? sql`null`)))
        .limit(1);
      if (!eng) throw new ValidationError('tickets.errors.engineerRequired', { engineerId: ['tickets.errors.engineerNotInServicePoint'] });
      return { assigneeId: eng.id, dispatchedBy: me.id, dispatchedAt: now, declineReason: null };
    }
    case 'confirm':
      return { confirmedBy: me.id, confirmedAt: now };
    case 'decline':
      return { declineReason: input.reason, assigneeId: null, confirmedAt: null, confirmedBy: null };
    case 'start':
      return { startedAt: before.startedAt ?? now };
    case 'pend':
      return { pendingBy: me.id, pendingAt: now, pendingReason: input.reason };
    case 'resume':
      return {};
    case 'resolve':
      return { resolution: input.resolution, resolvedBy: me.id, resolvedAt: now };
    case 'close':
      return { closedBy: me.id, closedAt: now };
    case 'document':
      return { documentedBy: me.id, documentedAt: now };
    case 'reopen':
      return { reopenCount: before.reopenCount + 1, resolvedAt: null, resolvedBy: null, closedAt: null, closedBy: null, documentedAt: null, documentedBy: null };
  }
}

/**
 * Applies one workflow move: scope (404), role (403), state (INVALID_TRANSITION), then a conditional
 * update on the version the form loaded (CONFLICT when someone saved first), with the audit row and the
 * notifications in the same transaction.
 */
export async function moveTicket(me: CurrentUser, input: MoveValues, now = new Date()) {
  const rule = TRANSITIONS[input.move];
  if (!rule.roles.includes(me.role)) throw new ForbiddenError(`ticket.${input.move}`);
  return db.transaction(async (tx) => {
    const before = await loadForMove(tx, me, input.ticketId);
    // A customer may only reopen what is resolved, not what helpdesk already closed.
    const from = me.role === 'customer' ? (['resolved'] as const) : rule.from;
    if (!(from as readonly string[]).includes(before.status)) throw new InvalidTransitionError();
    if (before.version !== input.version) throw new ConflictError();
    const patch: Patch = { ...(await movePatch(tx, me, before, input, now)), ...(await slaPatch(tx, before, rule.to, now)) };
    const [after] = await tx
      .update(tickets)
      .set({ ...patch, status: rule.to, version: sql`${tickets.version} + 1`, updatedAt: now })
      .where(and(eq(tickets.id, before.id), eq(tickets.status, before.status), eq(tickets.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    const reason = 'reason' in input ? input.reason : undefined;
    await recordAudit(tx, me, {
      action: `ticket.${input.move}`,
      entityType: 'ticket',
      entityId: after.id,
      before: { status: before.status, servicePointId: before.servicePointId, assigneeId: before.assigneeId },
      after: { status: after.status, servicePointId: after.servicePointId, assigneeId: after.assigneeId, ...(reason ? { reason } : {}), ...(input.move === 'resolve' ? { resolution: input.resolution } : {}) },
    });
    let customerEmailData: Record<string, unknown> | undefined;
    if (input.move === 'resolve') {
      const { token, hash } = newToken();
      await tx.update(ratingTokens).set({ usedAt: now }).where(and(eq(ratingTokens.ticketId, after.id), sql`${ratingTokens.usedAt} is null`));
      await tx.insert(ratingTokens).values({ ticketId: after.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RATING_LINK_DAYS * 86_400_000) });
      customerEmailData = { url: appUrl('/rate', { token }), buttonKey: 'notification.rate' };
    }
    await notifyTicketEvent(tx, after, EVENT[input.move], { actorId: me.id, extra: reason ? { reason } : undefined, customerEmailData });
    return { id: after.id, status: after.status, version: after.version };
  });
}
