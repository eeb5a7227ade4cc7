// Slots inside business hours, from the settings calendar (working days, hours, holidays, zone).
// Pure: the caller passes the calendar, the day and the busy ranges, so tests control everything.
import { isWorkingDay, type BusinessCalendar } from '@/lib/sla/calendar';
import { fromZoned, zonedParts } from '@/lib/format/date';
import { SLOT_STEP_MINUTES } from './constants';

export type LocalDate = string; // "YYYY-MM-DD" in the business zone
export type Range = { start: Date; end: Date };

const MIN = 60_000;

function parseDay(day: LocalDate) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  return { y: +m[1], m: +m[2], d: +m[3] };
}

/** The local day of an instant in the business zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `day` ± n days. */
export function addDays(day: LocalDate, n: number): LocalDate {
  const p = parseDay(day);
  return new Date(Date.UTC(p.y, p.m - 1, p.d + n)).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function isoWeekday(day: LocalDate): number {
  const p = parseDay(day);
  const w = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Monday of the week that holds `day`. */
export function weekStart(day: LocalDate): LocalDate {
  return addDays(day, 1 - isoWeekday(day));
}

/** Opening hours of a local day as instants, or null on a day off (weekend, holiday). */
export function businessWindow(cal: BusinessCalendar, day: LocalDate): Range | null {
  const p = parseDay(day);
  if (!isWorkingDay(cal, p)) return null;
  const [oh, om] = cal.open.split(':').map(Number);
  const [ch, cm] = cal.close.split(':').map(Number);
  const start = fromZoned(p.y, p.m, p.d, oh, om, cal.timeZone);
  const end = fromZoned(p.y, p.m, p.d, ch, cm, cal.timeZone);
  return end > start ? { start, end } : null;
}

/** A visit must lie inside the opening hours of one working day. */
export function withinBusinessHours(cal: BusinessCalendar, start: Date, end: Date): boolean {
  if (!(end > start)) return false;
  const w = businessWindow(cal, localDateOf(start, cal.timeZone));
  return !!w && start >= w.start && end <= w.end;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Start times on the half-hour grid of `day` where a visit of `minutes` fits inside business hours
 * without touching a busy range (adjacent is fine: a visit may start when the previous one ends).
 * `notBefore` drops starts in the past.
 */
export function freeSlots(cal: BusinessCalendar, day: LocalDate, busy: Range[], minutes: number, opts: { notBefore?: Date; stepMinutes?: number } = {}): Date[] {
  const w = businessWindow(cal, day);
  if (!w) return [];
  const step = (opts.stepMinutes ?? SLOT_STEP_MINUTES) * MIN;
  const out: Date[] = [];
  for (let t = w.start.getTime(); t + minutes * MIN <= w.end.getTime(); t += step) {
    const slot = { start: new Date(t), end: new Date(t + minutes * MIN) };
    if (opts.notBefore && slot.start < opts.notBefore) continue;
    if (busy.some((b) => overlaps(slot, b))) continue;
    out.push(slot.start);
  }
  return out;
}

/** The half-hour rows of a day's grid (start instants), empty on a day off. */
export function gridRows(cal: BusinessCalendar, day: LocalDate): Date[] {
  const w = businessWindow(cal, day);
  if (!w) return [];
  const out: Date[] = [];
  for (let t = w.start.getTime(); t < w.end.getTime(); t += SLOT_STEP_MINUTES * MIN) out.push(new Date(t));
  return out;
}
