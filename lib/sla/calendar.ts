// Business-hours arithmetic for SLA clocks and working-day rules. Pure: the caller passes the calendar
// (working days, hours, holidays, zone from settings) and fixed instants, so tests control the clock.
import { fromZoned, zonedParts } from '@/lib/format/date';

export type BusinessCalendar = {
  timeZone: string;
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  workingDays: number[];
  open: string; // "08:00"
  close: string; // "17:00"
  /** Local dates "YYYY-MM-DD". */
  holidays: ReadonlySet<string>;
};

const MAX_DAYS = 5 * 366;
const pad = (n: number) => String(n).padStart(2, '0');

type LocalDay = { y: number; m: number; d: number };

function localDayOf(instant: Date, tz: string): LocalDay {
  const p = zonedParts(instant, tz);
  return { y: p.year, m: p.month, d: p.day };
}

function nextDay(day: LocalDay): LocalDay {
  const u = new Date(Date.UTC(day.y, day.m - 1, day.d + 1));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

function isoWeekday(day: LocalDay): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function dayKey(day: LocalDay): string {
  return `${day.y}-${pad(day.m)}-${pad(day.d)}`;
}

export function isWorkingDay(cal: BusinessCalendar, day: LocalDay): boolean {
  return cal.workingDays.includes(isoWeekday(day)) && !cal.holidays.has(dayKey(day));
}

/** The business window of a local day as UTC instants, or null on a day off. */
function windowOf(cal: BusinessCalendar, day: LocalDay): [Date, Date] | null {
  if (!isWorkingDay(cal, day)) return null;
  const [oh, om] = cal.open.split(':').map(Number);
  const [ch, cm] = cal.close.split(':').map(Number);
  return [fromZoned(day.y, day.m, day.d, oh, om, cal.timeZone), fromZoned(day.y, day.m, day.d, ch, cm, cal.timeZone)];
}

/** The instant `minutes` business minutes after `start` (nights, weekends and holidays do not count). */
export function addBusinessMinutes(start: Date, minutes: number, cal: BusinessCalendar): Date {
  if (minutes <= 0) return new Date(start);
  let remaining = minutes * 60_000;
  let cursor = start.getTime();
  let day = localDayOf(start, cal.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const w = windowOf(cal, day);
    if (!w) continue;
    const from = Math.max(cursor, w[0].getTime());
    const to = w[1].getTime();
    if (from >= to) continue;
    if (remaining <= to - from) return new Date(from + remaining);
    remaining -= to - from;
    cursor = to;
  }
  throw new Error('business calendar has no working time within five years');
}

/** Business minutes between two instants (0 when b <= a). */
export function businessMinutesBetween(a: Date, b: Date, cal: BusinessCalendar): number {
  if (b.getTime() <= a.getTime()) return 0;
  let total = 0;
  let day = localDayOf(a, cal.timeZone);
  const endDay = dayKey(localDayOf(b, cal.timeZone));
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const w = windowOf(cal, day);
    if (w) {
      const from = Math.max(a.getTime(), w[0].getTime());
      const to = Math.min(b.getTime(), w[1].getTime());
      if (to > from) total += to - from;
    }
    if (dayKey(day) === endDay) break;
  }
  return Math.floor(total / 60_000);
}

/** The next working day on or after the given local date (for "working days only" rules). */
export function isWorkingDate(cal: BusinessCalendar, isoDate: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return false;
  return isWorkingDay(cal, { y: +m[1], m: +m[2], d: +m[3] });
}
