import type { AppointmentKind } from '@/lib/isp/constants';

/** The technician visits of the ISP module (other kinds in the same table belong to other modules). */
export const ISP_VISIT_KINDS = ['survey', 'installation', 'complaint'] as const satisfies readonly AppointmentKind[];
export type IspVisitKind = (typeof ISP_VISIT_KINDS)[number];

/** How long each visit blocks the technician's calendar. */
export const VISIT_MINUTES: Record<IspVisitKind, number> = { survey: 60, installation: 120, complaint: 60 };

/** Other kinds booked into the same calendars (engineer visits for tickets) default to an hour. */
export function visitMinutes(kind: AppointmentKind): number {
  return (VISIT_MINUTES as Record<string, number>)[kind] ?? 60;
}

/** Grid of the calendar and of the free slots offered: visits start on the half hour. */
export const SLOT_STEP_MINUTES = 30;

/** What an appointment serves (appointments.ref_type). */
export const APPOINTMENT_REF_TYPES = ['isp_application', 'ticket'] as const;
export type AppointmentRefType = (typeof APPOINTMENT_REF_TYPES)[number];
