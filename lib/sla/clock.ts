// The SLA instants of a ticket, derived from its copied targets, its history and the calendar.
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from './calendar';
import type { SlaState } from '@/lib/tickets/constants';

export type SlaTargets = { responseMinutes: number; resolutionMinutes: number; warningPercent: number };

export type SlaInstants = {
  responseWarnAt: Date;
  responseDueAt: Date;
  resolutionWarnAt: Date;
  resolutionDueAt: Date;
};

/**
 * Response is measured from opening (never paused); resolution from opening plus the business minutes
 * spent paused while waiting on the customer.
 */
export function computeInstants(openedAt: Date, t: SlaTargets, pausedMinutes: number, cal: BusinessCalendar): SlaInstants {
  const warn = (m: number) => Math.max(1, Math.floor((m * t.warningPercent) / 100));
  return {
    responseWarnAt: addBusinessMinutes(openedAt, warn(t.responseMinutes), cal),
    responseDueAt: addBusinessMinutes(openedAt, t.responseMinutes, cal),
    resolutionWarnAt: addBusinessMinutes(openedAt, warn(t.resolutionMinutes) + pausedMinutes, cal),
    resolutionDueAt: addBusinessMinutes(openedAt, t.resolutionMinutes + pausedMinutes, cal),
  };
}

export { businessMinutesBetween };

/** ok / warning / breached at `now` for a clock with those instants (a paused clock is read at the pause). */
export function slaStateAt(now: Date, warnAt: Date | null, dueAt: Date | null, pausedSince?: Date | null): SlaState {
  if (!warnAt || !dueAt) return 'ok';
  const at = pausedSince && pausedSince < now ? pausedSince : now;
  if (at >= dueAt) return 'breached';
  if (at >= warnAt) return 'warning';
  return 'ok';
}
