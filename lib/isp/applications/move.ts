import 'server-only';
import { and, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { db, type Db, type Tx } from '@/db/client';
import { ispApplications, ispPlans, uploads, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors';
import { fromLocalInput } from '@/lib/format/date';
import type { ApplicationStatus } from '@/lib/isp/constants';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { notifyApplicant, type ApplicantEvent } from './notify';
import { createSubscriptionFromApplication } from '@/lib/isp/subscriptions/service';
import { TRANSITIONS, type ApplicationMove } from './transitions';
import { bookVisit, cancelVisits, finishVisits, isBookedTechnician } from './visits';

type Ref = { applicationId: string; version: number };
type Visit = { technicianId: string; startsAt: string | Date; durationMinutes: number; notes?: string | null };

export type MoveCommand =
  | (Ref & Visit & { move: 'schedule_survey' | 'schedule_installation' })
  | (Ref & { move: 'record_survey'; covered: boolean; notes: string; photoIds?: string[] })
  | (Ref & { move: 'activate'; notes?: string | null })
  | (Ref & { move: 'reject'; reason: string });

export type MoveResult = { id: string; number: string; status: ApplicationStatus; version: number; subscriptionId?: string };

/**
 * Moves an application one step (C5): the caller's role must be allowed for the move, an engineer
 * must be the technician booked for that visit (otherwise the application does not exist for them),
 * the state must allow it, and the row must still be at the version the caller saw — checked by one
 * `UPDATE … WHERE id = $1 AND status = $from AND version = $v`. The step's visit, subscription, audit
 * row and the applicant's e-mail commit together. Exported for the scheduling and subscription code
 * (pass their transaction as `conn`).
 */
export async function moveApplication(actor: CurrentUser, cmd: MoveCommand, conn: Db | Tx = db, now = new Date()): Promise<MoveResult> {
  const rule = TRANSITIONS[cmd.move as ApplicationMove];
  if (!rule || !rule.roles.includes(actor.role)) throw new ForbiddenError('signup.review');
  return conn.transaction(async (tx) => {
    const [before] = await tx
      .select({
        id: ispApplications.id,
        number: ispApplications.number,
        status: ispApplications.status,
        version: ispApplications.version,
        customerId: ispApplications.customerId,
        planId: ispApplications.planId,
        fullName: ispApplications.fullName,
        email: ispApplications.email,
        userId: ispApplications.userId,
        addressLine: ispApplications.addressLine,
        areaCode: ispApplications.areaCode,
        surveyCovered: ispApplications.surveyCovered,
        verifiedAt: users.emailVerifiedAt,
        locale: users.locale,
      })
      .from(ispApplications)
      .innerJoin(users, eq(users.id, ispApplications.userId))
      .where(eq(ispApplications.id, cmd.applicationId))
      .limit(1);
    if (!before) throw new NotFoundError();
    if (actor.role === 'engineer' && !(rule.engineerVisit && (await isBookedTechnician(tx, before.id, rule.engineerVisit, actor.id)))) {
      throw new NotFoundError();
    }
    if (!rule.from.includes(before.status)) throw new InvalidTransitionError('isp.applications.errors.invalidMove');
    // Sign-ups are accepted for processing only once the applicant proved the e-mail address.
    if (cmd.move === 'schedule_survey' && !before.verifiedAt) throw new ValidationError('isp.applications.errors.unverified');
    if (cmd.move === 'schedule_installation' && before.surveyCovered !== true) throw new ValidationError('isp.applications.errors.notCovered');

    const cal = await loadCalendar(tx);
    let startsAt: Date | null = null;
    if (cmd.move === 'schedule_survey' || cmd.move === 'schedule_installation') {
      startsAt = typeof cmd.startsAt === 'string' ? fromLocalInput(cmd.startsAt, cal.timeZone) : cmd.startsAt;
      if (!startsAt) throw new ValidationError('isp.applications.errors.startsAt', { startsAt: ['isp.applications.errors.startsAt'] });
    }

    const changes: Partial<typeof ispApplications.$inferInsert> = { status: rule.to };
    const photoIds = cmd.move === 'record_survey' ? [...new Set(cmd.photoIds ?? [])] : [];
    if (cmd.move === 'record_survey') Object.assign(changes, { surveyCovered: cmd.covered, surveyNotes: cmd.notes, surveyPhotoIds: photoIds, surveyedBy: actor.id, surveyedAt: now });
    if (cmd.move === 'activate') changes.activatedAt = now;
    if (cmd.move === 'reject') changes.rejectReason = cmd.reason;

    // Claims the step: a concurrent move, or an edit since the caller loaded the page, updates nothing.
    const [after] = await tx
      .update(ispApplications)
      .set({ ...changes, version: sql`${ispApplications.version} + 1` })
      .where(and(eq(ispApplications.id, before.id), eq(ispApplications.status, before.status), eq(ispApplications.version, cmd.version)))
      .returning({ id: ispApplications.id, number: ispApplications.number, status: ispApplications.status, version: ispApplications.version });
    if (!after) throw new ConflictError();

    const details: Record<string, unknown> = { move: cmd.move };
    let event: ApplicantEvent = rule.to as ApplicantEvent;
    const params: Record<string, string | Date> = {};
    let subscriptionId: string | undefined;
    let mail = true;

    if (cmd.move === 'schedule_survey' || cmd.move === 'schedule_installation') {
      const kind = cmd.move === 'schedule_survey' ? 'survey' : 'installation';
      const visit = await bookVisit(tx, {
        actor,
        kind,
        applicationId: before.id,
        customerId: before.customerId,
        address: before.addressLine,
        technicianId: cmd.technicianId,
        startsAt: startsAt!,
        durationMinutes: cmd.durationMinutes,
        notes: cmd.notes || null,
        now,
      });
      Object.assign(details, { appointmentId: visit.id, technicianId: visit.technicianId, technician: visit.technicianName, startsAt: visit.startsAt, endsAt: visit.endsAt, notes: cmd.notes || null });
      Object.assign(params, { when: visit.startsAt, technician: visit.technicianName });
    } else if (cmd.move === 'record_survey') {
      await finishVisits(tx, before.id, 'survey', actor);
      if (photoIds.length) {
        // Only the caller's own images that nothing uses yet become the survey's photos (C16).
        const claimed = await tx
          .update(uploads)
          .set({ purpose: 'survey-photo', customerId: before.customerId })
          .where(
            and(
              inArray(uploads.id, photoIds),
              eq(uploads.uploadedBy, actor.id),
              isNull(uploads.ticketId),
              eq(uploads.purpose, 'ticket-attachment'),
              like(uploads.contentType, 'image/%'),
            ),
          )
          .returning({ id: uploads.id });
        if (claimed.length !== photoIds.length) throw new ValidationError('isp.applications.errors.photos', { photoIds: ['isp.applications.errors.photos'] });
      }
      Object.assign(details, { covered: cmd.covered, notes: cmd.notes, photos: photoIds.length });
      event = cmd.covered ? 'surveyed_covered' : 'surveyed_not_covered';
    } else if (cmd.move === 'activate') {
      const sub = await createSubscriptionFromApplication(tx, { ...before, activatedAt: now }, { id: actor.id, role: actor.role });
      await finishVisits(tx, before.id, 'installation', actor);
      subscriptionId = sub.id;
      // The subscription service sends the welcome mail (plan, speeds, how to complain): one mail, not two.
      mail = !sub.created;
      const [plan] = await tx.select({ name: ispPlans.name }).from(ispPlans).where(eq(ispPlans.id, before.planId)).limit(1);
      Object.assign(details, { subscriptionId: sub.id, notes: cmd.notes || null });
      params.plan = plan?.name ?? '';
    } else if (cmd.move === 'reject') {
      await cancelVisits(tx, before.id, actor, cmd.reason);
      details.reason = cmd.reason;
      params.reason = cmd.reason;
    }

    await recordAudit(tx, actor, {
      action: `isp_application.${cmd.move}`,
      entityType: 'isp_application',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, ...details },
    });
    if (mail) await notifyApplicant(tx, before, event, params, `isp-application:${before.id}:${after.version}`, cal.timeZone);
    return { ...after, subscriptionId };
  });
}
