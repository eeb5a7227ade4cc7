import { z } from 'zod';

const instant = z.iso.datetime({ offset: true, message: 'ispOps.schedule.errors.slotRequired' }).transform((v) => new Date(v));
const version = z.coerce.number().int().min(1);
const notes = z.string().trim().max(1000, 'validation.tooLong');

/** Customer support books a complaint visit for an open complaint ticket into a free slot. */
export const bookComplaintVisitSchema = z.strictObject({
  ticketId: z.uuid('ispOps.schedule.errors.ticketRequired'),
  resourceId: z.uuid('ispOps.schedule.errors.technicianRequired'),
  startsAt: instant,
  notes: notes.optional().default(''),
});
export type BookComplaintVisitInput = z.input<typeof bookComplaintVisitSchema>;

export const rescheduleVisitSchema = z.strictObject({
  appointmentId: z.uuid(),
  version,
  resourceId: z.uuid('ispOps.schedule.errors.technicianRequired'),
  startsAt: instant,
});
export type RescheduleVisitInput = z.input<typeof rescheduleVisitSchema>;

export const cancelVisitSchema = z.strictObject({
  appointmentId: z.uuid(),
  version,
  reason: z.string().trim().min(3, 'ispOps.schedule.errors.reasonRequired').max(500, 'validation.tooLong'),
});
export type CancelVisitInput = z.input<typeof cancelVisitSchema>;

export const completeVisitSchema = z.strictObject({ appointmentId: z.uuid() });
