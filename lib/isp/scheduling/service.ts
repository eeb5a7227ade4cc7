import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { appointments, users } from '@/db/schema';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { AppointmentKind } from '@/lib/isp/constants';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { visitMinutes } from './constants';
import { notifyVisitChange } from './notify';
import { withinBusinessHours } from './slots';

/** The catalog key of the refusal when the technician is already booked (other modules match on it). */
export const SLOT_TAKEN = 'isp.schedule.slotTaken';

export type BookAppointmentCommand = {
  resourceId: string;
  startsAt: Date;
  /** Defaults to the kind's length (survey 60 min, installation 120, complaint 60). */
  endsAt?: Date | null;
  kind: AppointmentKind;
  customerId: string | null;
  refType: string;
  refId: string;
  address?: string | null;
  notes?: string | null;
  actor: Actor;
  /** Mail the customer about the booked visit (the application workflow sends its own message). */
  notify?: boolean;
  /** Bookings in the past are refused; `now` is injectable for tests. */
  now?: Date;
};

export type BookedAppointment = { id: string; resourceId: string; startsAt: Date; endsAt: Date; version: number };

const slotTaken = () => new ValidationError(SLOT_TAKEN, { startsAt: [SLOT_TAKEN] });

/** SQLSTATE 23P01: the exclusion constraint appointments_no_overlap refused an overlapping booking. */
function isOverlap(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e?.cause?.code ?? e?.code) === '23P01';
}

/** The technician must be an active user with the engineer role. */
async function assertTechnician(tx: Tx, resourceId: string) {
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, resourceId), eq(users.role, 'engineer'), eq(users.status, 'active')))
    .limit(1);
  if (!u) throw new ValidationError('ispOps.schedule.errors.notTechnician', { resourceId: ['ispOps.schedule.errors.notTechnician'] });
}

async function assertWhen(tx: Tx, startsAt: Date, endsAt: Date, now: Date) {
  if (!(endsAt > startsAt)) throw new ValidationError('ispOps.schedule.errors.range', { startsAt: ['ispOps.schedule.errors.range'] });
  if (startsAt < now) throw new ValidationError('ispOps.schedule.errors.inPast', { startsAt: ['ispOps.schedule.errors.inPast'] });
  const cal = await loadCalendar(tx);
  if (!withinBusinessHours(cal, startsAt, endsAt)) {
    throw new ValidationError('ispOps.schedule.errors.outsideHours', { startsAt: ['ispOps.schedule.errors.outsideHours'] });
  }
}

/**
 * Books a technician for a visit inside the caller's transaction. Nothing is checked for overlaps
 * here on purpose: the exclusion constraint (migration 0006) is the guarantee, so two concurrent
 * bookings of one slot cannot both commit. The insert runs in a savepoint, so the refusal
 * (ValidationError SLOT_TAKEN) leaves the caller's transaction usable.
 */
export async function bookAppointment(tx: Tx, cmd: BookAppointmentCommand): Promise<BookedAppointment> {
  const startsAt = new Date(cmd.startsAt);
  const endsAt = cmd.endsAt ? new Date(cmd.endsAt) : new Date(startsAt.getTime() + visitMinutes(cmd.kind) * 60_000);
  await assertTechnician(tx, cmd.resourceId);
  await assertWhen(tx, startsAt, endsAt, cmd.now ?? new Date());
  let row: BookedAppointment;
  try {
    row = await tx.transaction(async (sp) => {
      const [r] = await sp
        .insert(appointments)
        .values({
          resourceId: cmd.resourceId,
          startsAt,
          endsAt,
          kind: cmd.kind,
          customerId: cmd.customerId,
          refType: cmd.refType,
          refId: cmd.refId,
          address: cmd.address ?? null,
          notes: cmd.notes ?? null,
          createdBy: cmd.actor?.id ?? null,
        })
        .returning({ id: appointments.id, resourceId: appointments.resourceId, startsAt: appointments.startsAt, endsAt: appointments.endsAt, version: appointments.version });
      return r;
    });
  } catch (err) {
    if (isOverlap(err)) throw slotTaken();
    throw err;
  }
  await recordAudit(tx, cmd.actor, {
    action: 'appointment.book',
    entityType: 'appointment',
    entityId: row.id,
    after: { resourceId: row.resourceId, startsAt: row.startsAt, endsAt: row.endsAt, kind: cmd.kind, refType: cmd.refType, refId: cmd.refId },
  });
  if (cmd.notify) await notifyVisitChange(tx, row.id, 'booked');
  return row;
}

type Loaded = typeof appointments.$inferSelect;

async function loadLive(tx: Tx, appointmentId: string): Promise<Loaded> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, appointmentId)).for('update').limit(1);
  if (!row) throw new NotFoundError();
  if (row.status !== 'booked') throw new ConflictError('ispOps.schedule.errors.notBooked');
  return row;
}

export type RescheduleCommand = {
  appointmentId: string;
  startsAt: Date;
  /** Defaults to the visit's current length. */
  endsAt?: Date | null;
  /** Another technician; the same one when omitted. */
  resourceId?: string | null;
  /** The version the form loaded (C21); omitted by workflow callers that hold the row. */
  version?: number;
  actor: Actor;
  /** The customer hears about the new time (default); a workflow that mails itself may turn it off. */
  notify?: boolean;
  now?: Date;
};

/** Moves a booked visit to another time and/or technician; the customer is told by e-mail. */
export async function rescheduleAppointment(tx: Tx, cmd: RescheduleCommand): Promise<BookedAppointment> {
  const before = await loadLive(tx, cmd.appointmentId);
  if (cmd.version !== undefined && cmd.version !== before.version) throw new ConflictError('errors.conflict');
  const startsAt = new Date(cmd.startsAt);
  const length = before.endsAt.getTime() - before.startsAt.getTime();
  const endsAt = cmd.endsAt ? new Date(cmd.endsAt) : new Date(startsAt.getTime() + length);
  const resourceId = cmd.resourceId ?? before.resourceId;
  if (resourceId !== before.resourceId) await assertTechnician(tx, resourceId);
  await assertWhen(tx, startsAt, endsAt, cmd.now ?? new Date());
  if (resourceId === before.resourceId && startsAt.getTime() === before.startsAt.getTime() && endsAt.getTime() === before.endsAt.getTime()) {
    throw new ValidationError('ispOps.schedule.errors.unchanged', { startsAt: ['ispOps.schedule.errors.unchanged'] });
  }
  let after: BookedAppointment | undefined;
  try {
    after = await tx.transaction(async (sp) => {
      const [r] = await sp
        .update(appointments)
        .set({ startsAt, endsAt, resourceId, version: sql`${appointments.version} + 1` })
        .where(and(eq(appointments.id, before.id), eq(appointments.version, before.version), ne(appointments.status, 'cancelled')))
        .returning({ id: appointments.id, resourceId: appointments.resourceId, startsAt: appointments.startsAt, endsAt: appointments.endsAt, version: appointments.version });
      return r;
    });
  } catch (err) {
    if (isOverlap(err)) throw slotTaken();
    throw err;
  }
  if (!after) throw new ConflictError('errors.conflict');
  await recordAudit(tx, cmd.actor, {
    action: 'appointment.reschedule',
    entityType: 'appointment',
    entityId: before.id,
    before: { resourceId: before.resourceId, startsAt: before.startsAt, endsAt: before.endsAt },
    after: { resourceId: after.resourceId, startsAt: after.startsAt, endsAt: after.endsAt },
  });
  if (cmd.notify !== false) await notifyVisitChange(tx, before.id, 'rescheduled', { previousStart: before.startsAt });
  return after;
}

export type CancelCommand = { appointmentId: string; reason?: string | null; version?: number; actor: Actor; notify?: boolean };

/** Cancels a booked visit: the slot is free again at once (the constraint ignores cancelled rows). */
export async function cancelAppointment(tx: Tx, cmd: CancelCommand): Promise<{ id: string }> {
  const before = await loadLive(tx, cmd.appointmentId);
  if (cmd.version !== undefined && cmd.version !== before.version) throw new ConflictError('errors.conflict');
  const [after] = await tx
    .update(appointments)
    .set({ status: 'cancelled', version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.id, before.id), eq(appointments.status, 'booked')))
    .returning({ id: appointments.id });
  if (!after) throw new ConflictError('ispOps.schedule.errors.notBooked');
  await recordAudit(tx, cmd.actor, {
    action: 'appointment.cancel',
    entityType: 'appointment',
    entityId: before.id,
    before: { status: before.status },
    after: { status: 'cancelled', reason: cmd.reason ?? null },
  });
  if (cmd.notify !== false) await notifyVisitChange(tx, before.id, 'cancelled', { reason: cmd.reason ?? '' });
  return after;
}

/**
 * The technician marks their own visit done. Someone else's visit is not found (C3); a visit that is
 * no longer booked (done already, cancelled) is a conflict and changes nothing.
 */
export async function completeAppointment(tx: Tx, cmd: { appointmentId: string; actor: NonNullable<Actor>; onlyOwn?: boolean }): Promise<{ id: string }> {
  const [row] = await tx
    .select({ id: appointments.id, status: appointments.status, resourceId: appointments.resourceId })
    .from(appointments)
    .where(and(eq(appointments.id, cmd.appointmentId), cmd.onlyOwn === false ? undefined : eq(appointments.resourceId, cmd.actor.id)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFoundError();
  if (row.status !== 'booked') throw new ConflictError('ispOps.schedule.errors.notBooked');
  await tx.update(appointments).set({ status: 'done', version: sql`${appointments.version} + 1` }).where(eq(appointments.id, row.id));
  await recordAudit(tx, cmd.actor, { action: 'appointment.done', entityType: 'appointment', entityId: row.id, before: { status: 'booked' }, after: { status: 'done' } });
  return { id: row.id };
}
