'use server';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { appointments, customers, subscriptions, tickets } from '@/db/schema';
import { action } from '@/lib/auth/action';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { OPEN_STATUSES } from '@/lib/tickets/constants';
import { bookComplaintVisitSchema, cancelVisitSchema, completeVisitSchema, rescheduleVisitSchema } from './schemas';
import { bookAppointment, cancelAppointment, completeAppointment, rescheduleAppointment } from './service';

/** A complaint visit for an open complaint ticket, into a free slot of a technician (seed 004). */
export const bookComplaintVisit = action({
  permission: 'schedule.manage',
  input: bookComplaintVisitSchema,
  run: async (input, me) => {
    const r = await db.transaction(async (tx) => {
      const [t] = await tx
        .select({ id: tickets.id, customerId: tickets.customerId, subAddress: subscriptions.addressLine, customerAddress: customers.address })
        .from(tickets)
        .innerJoin(customers, eq(customers.id, tickets.customerId))
        .leftJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
        .where(and(eq(tickets.id, input.ticketId), eq(tickets.category, 'complaint'), inArray(tickets.status, OPEN_STATUSES), isNull(tickets.deletedAt)))
        .limit(1);
      if (!t) throw new ValidationError('ispOps.schedule.errors.ticketRequired', { ticketId: ['ispOps.schedule.errors.ticketRequired'] });
      return bookAppointment(tx, {
        resourceId: input.resourceId,
        startsAt: input.startsAt,
        kind: 'complaint',
        customerId: t.customerId,
        refType: 'ticket',
        refId: t.id,
        address: t.subAddress ?? t.customerAddress,
        notes: input.notes || null,
        actor: me,
        notify: true,
      });
    });
    revalidatePath('/staff/isp/schedule');
    return { id: r.id };
  },
});

/** Another time and/or technician for a booked visit; the customer is told by e-mail. */
export const rescheduleVisit = action({
  permission: 'schedule.manage',
  input: rescheduleVisitSchema,
  run: async (input, me) => {
    const r = await db.transaction((tx) =>
      rescheduleAppointment(tx, { appointmentId: input.appointmentId, version: input.version, resourceId: input.resourceId, startsAt: input.startsAt, actor: me }),
    );
    revalidatePath('/staff/isp/schedule');
    return { id: r.id };
  },
});

/**
 * Cancels a complaint (ticket) visit. Survey and installation visits belong to the application
 * workflow, which cancels or moves them itself, so they are not cancelled from the calendar.
 */
export const cancelVisit = action({
  permission: 'schedule.manage',
  input: cancelVisitSchema,
  run: async (input, me) => {
    const r = await db.transaction(async (tx) => {
      const [a] = await tx.select({ refType: appointments.refType }).from(appointments).where(eq(appointments.id, input.appointmentId)).limit(1);
      if (!a) throw new NotFoundError();
      if (a.refType !== 'ticket') throw new ValidationError('ispOps.schedule.errors.cancelViaApplication');
      return cancelAppointment(tx, { appointmentId: input.appointmentId, version: input.version, reason: input.reason, actor: me });
    });
    revalidatePath('/staff/isp/schedule');
    return r;
  },
});

/** The technician marks one of their own visits done from the today list. */
export const completeVisit = action({
  permission: 'visit.work',
  input: completeVisitSchema,
  run: async (input, me) => {
    const r = await db.transaction((tx) => completeAppointment(tx, { appointmentId: input.appointmentId, actor: me }));
    revalidatePath('/staff/today');
    return r;
  },
});
