import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { appointments, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { ValidationError } from '@/lib/errors';
import { bookAppointment, cancelAppointment, completeAppointment } from '@/lib/isp/scheduling/service';

export const APPLICATION_REF = 'isp_application';

/**
 * Books the survey or installation visit into the technician's calendar through the scheduling
 * service (business hours, not in the past; the exclusion constraint refuses a double booking even
 * under races). The application workflow mails the applicant itself, so the booking does not.
 */
export async function bookVisit(
  tx: Tx,
  cmd: {
    actor: CurrentUser;
    kind: 'survey' | 'installation';
    applicationId: string;
    customerId: string;
    address: string;
    technicianId: string;
    startsAt: Date;
    durationMinutes: number;
    notes: string | null;
    now: Date;
  },
) {
  let row;
  try {
    row = await bookAppointment(tx, {
      resourceId: cmd.technicianId,
      startsAt: cmd.startsAt,
      endsAt: new Date(cmd.startsAt.getTime() + cmd.durationMinutes * 60_000),
      kind: cmd.kind,
      customerId: cmd.customerId,
      refType: APPLICATION_REF,
      refId: cmd.applicationId,
      address: cmd.address,
      notes: cmd.notes,
      actor: { id: cmd.actor.id, role: cmd.actor.role },
      notify: false,
      now: cmd.now,
    });
  } catch (err) {
    // The scheduling form calls the technician `resourceId`; ours calls it `technicianId`.
    if (err instanceof ValidationError && err.fieldErrors.resourceId) {
      throw new ValidationError(err.messageKey, { technicianId: err.fieldErrors.resourceId }, err.params);
    }
    throw err;
  }
  const [tech] = await tx.select({ name: users.name }).from(users).where(eq(users.id, row.resourceId)).limit(1);
  return { id: row.id, startsAt: row.startsAt, endsAt: row.endsAt, technicianId: row.resourceId, technicianName: tech?.name ?? '' };
}

async function bookedVisits(tx: Tx, applicationId: string, kinds: Array<'survey' | 'installation'>) {
  return tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.refType, APPLICATION_REF), eq(appointments.refId, applicationId), inArray(appointments.kind, kinds), eq(appointments.status, 'booked')));
}

/** Marks the application's booked visits of a kind done (survey recorded, installation finished). */
export async function finishVisits(tx: Tx, applicationId: string, kind: 'survey' | 'installation', actor: CurrentUser) {
  for (const v of await bookedVisits(tx, applicationId, [kind])) {
    await completeAppointment(tx, { appointmentId: v.id, actor: { id: actor.id, role: actor.role }, onlyOwn: false });
  }
}

/** A rejected application frees the technicians' booked time (the rejection mail says why). */
export async function cancelVisits(tx: Tx, applicationId: string, actor: CurrentUser, reason: string) {
  for (const v of await bookedVisits(tx, applicationId, ['survey', 'installation'])) {
    await cancelAppointment(tx, { appointmentId: v.id, reason, actor: { id: actor.id, role: actor.role }, notify: false });
  }
}

/** Is this engineer booked for that visit of the application (booked or done)? Scope for engineers. */
export async function isBookedTechnician(tx: Tx, applicationId: string, kind: 'survey' | 'installation', userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.refType, APPLICATION_REF),
        eq(appointments.refId, applicationId),
        eq(appointments.kind, kind),
        eq(appointments.resourceId, userId),
        inArray(appointments.status, ['booked', 'done']),
      ),
    )
    .limit(1);
  return !!row;
}
