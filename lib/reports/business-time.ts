import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { AppSettings } from '@/lib/settings/schemas';

/** The business calendar as SQL parameters (all validated by the settings schemas and the date column). */
export type SqlCalendar = { tz: string; days: number[]; open: string; close: string; holidays: string };

export function sqlCalendar(s: Pick<AppSettings, 'regional' | 'hours'>, holidayDays: string[]): SqlCalendar {
  const days = s.hours.workingDays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  const hol = holidayDays.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return { tz: s.regional.timeZone, days, open: s.hours.open, close: s.hours.close, holidays: `{${hol.join(',')}}` };
}

/**
 * Business minutes between two local instants (timestamp `l`, date `d` for start and end), in plain
 * arithmetic so a year of tickets costs one expression each, not a generated row per day: the
 * overlap with opening hours on the first and on the last day, plus whole working days in between
 * (a count per weekday, computed from the span's length), less the holidays among those. Same rule
 * as lib/sla/calendar.ts. Null when there is no end.
 */
export function businessMinutesSql(start: { l: SQL; d: SQL }, end: { l: SQL; d: SQL }, cal: SqlCalendar): SQL<number | null> {
  const open = sql`${cal.open}::interval`;
  const close = sql`${cal.close}::interval`;
  const dayMinutes = sql`(extract(epoch from (${close} - ${open})) / 60.0)`;
  const isWorking = (d: SQL) => sql`(extract(isodow from ${d})::int = any(${`{${cal.days.join(',')}}`}::int[]) and not (${d} = any(${cal.holidays}::date[])))`;
  const overlap = (d: SQL) =>
    sql`greatest(0::float8, extract(epoch from least(${end.l}, ${d} + ${close}) - greatest(${start.l}, ${d} + ${open}))::float8 / 60.0)`;
  // Working weekdays among the n = de - ds - 1 dates strictly between the two days, from the weekday of ds + 1.
  const n = sql`(${end.d} - ${start.d} - 1)`;
  const firstDow = sql`extract(isodow from (${start.d} + 1))::int`;
  const weekdays = cal.days.length
    ? sql.join(
        cal.days.map((w) => sql`(${n} / 7 + case when ((${w}::int - ${firstDow} + 7) % 7) < (${n} % 7) then 1 else 0 end)`),
        sql` + `,
      )
    : sql`0`;
  const holidaysBetween = sql`(case when ${n} > 0 then (select count(*)::int from unnest(${cal.holidays}::date[]) h
      where h > ${start.d} and h < ${end.d} and extract(isodow from h)::int = any(${`{${cal.days.join(',')}}`}::int[])) else 0 end)`;
  return sql<number | null>`(case
    when ${end.l} is null then null
    when ${end.l} <= ${start.l} then 0::float8
    when ${end.d} = ${start.d} then (case when ${isWorking(start.d)} then ${overlap(start.d)} else 0 end)
    else (case when ${isWorking(start.d)} then ${overlap(start.d)} else 0 end)
       + (case when ${isWorking(end.d)} then ${overlap(end.d)} else 0 end)
       + greatest(0, (${weekdays}) - ${holidaysBetween}) * ${dayMinutes}
    end)`;
}

/** Wall-clock minutes between two instants; null when the end is missing. */
export function wallMinutesSql(start: SQL, end: SQL): SQL<number | null> {
  return sql<number | null>`(extract(epoch from (${end} - ${start}))::float8 / 60.0)`;
}
