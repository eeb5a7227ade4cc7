import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { slaPlans, tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { isOpenStatus } from '../constants';
import { ticketScope } from '../scope';

/**
 * Puts an open ticket on another SLA plan: its targets are copied again and the clock's instants are
 * recomputed from the opening time. Alerts already sent stay sent (sla_events is unique per kind).
 */
export async function changeTicketPlan(me: CurrentUser, input: { ticketId: string; slaPlanId: string; version: number }, now = new Date()) {
  return db.transaction(async (tx) => {
    const [t] = await tx.select().from(tickets).where(and(eq(tickets.id, input.ticketId), ticketScope(me))).for('update').limit(1);
    if (!t) throw new NotFoundError();
    if (!isOpenStatus(t.status)) throw new ValidationError('tickets.errors.notOpen');
    if (t.version !== input.version) throw new ConflictError();
    const [plan] = await tx.select().from(slaPlans).where(eq(slaPlans.id, input.slaPlanId)).limit(1);
    if (!plan) throw new ValidationError('tickets.errors.planRequired', { slaPlanId: ['tickets.errors.planRequired'] });
    const cal = await loadCalendar(tx);
    const i = computeInstants(t.createdAt, plan, t.pausedMinutes, cal);
    const warnAt = t.respondedAt ? i.resolutionWarnAt : i.responseWarnAt;
    const dueAt = t.respondedAt ? i.resolutionDueAt : i.responseDueAt;
    const [after] = await tx
      .update(tickets)
      .set({
        slaPlanId: plan.id,
        slaResponseMinutes: plan.responseMinutes,
        slaResolutionMinutes: plan.resolutionMinutes,
        slaWarningPercent: plan.warningPercent,
        slaPauseOnPending: plan.pauseOnPending,
        ...i,
        slaWarnAt: warnAt,
        slaDueAt: dueAt,
        slaState: slaStateAt(now, warnAt, dueAt, t.pausedSince),
        version: sql`${tickets.version} + 1`,
      })
      .where(and(eq(tickets.id, t.id), eq(tickets.version, input.version)))
      .returning({ id: tickets.id, version: tickets.version });
    if (!after) throw new ConflictError();
    await recordAudit(tx, me, { action: 'ticket.change_plan', entityType: 'ticket', entityId: t.id, before: { slaPlanId: t.slaPlanId }, after: { slaPlanId: plan.id } });
    return after;
  });
}
