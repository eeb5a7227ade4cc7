// Report periods are whole local days in the business zone: from 00:00 of `from` to 24:00 of `to`.
import { fromZoned, zonedParts } from '@/lib/format/date';

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'last7', 'last30', 'thisQuarter', 'thisYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Longest period one report covers; longer requests are cut at the start. */
export const MAX_PERIOD_DAYS = 400;

export type Period = {
  /** Local dates "YYYY-MM-DD", both inclusive. */
  from: string;
  to: string;
  /** UTC instants: start inclusive, end exclusive. */
  start: Date;
  end: Date;
  preset: PeriodPreset | null;
};

type Day = { y: number; m: number; d: number };
const pad = (n: number) => String(n).padStart(2, '0');
const key = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const addDays = (d: Day, n: number): Day => {
  const u = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
};
const daysBetween = (a: Day, b: Day) => Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);

function parseDay(v: string | undefined): Day | null {
  const m = v ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return null;
  const d = { y: +m[1], m: +m[2], d: +m[3] };
  const u = new Date(Date.UTC(d.y, d.m - 1, d.d));
  if (d.y < 2000 || d.y > 2100 || u.getUTCMonth() !== d.m - 1 || u.getUTCDate() !== d.d) return null;
  return d;
}

export function presetRange(preset: PeriodPreset, today: Day): [Day, Day] {
  const monthStart = { y: today.y, m: today.m, d: 1 };
  switch (preset) {
    case 'thisMonth':
      return [monthStart, addDays({ y: today.m === 12 ? today.y + 1 : today.y, m: today.m === 12 ? 1 : today.m + 1, d: 1 }, -1)];
    case 'lastMonth': {
      const last = addDays(monthStart, -1);
      return [{ y: last.y, m: last.m, d: 1 }, last];
    }
    case 'last7':
      return [addDays(today, -6), today];
    case 'last30':
      return [addDays(today, -29), today];
    case 'thisQuarter': {
      const qm = Math.floor((today.m - 1) / 3) * 3 + 1;
      const next = qm + 3 > 12 ? { y: today.y + 1, m: 1, d: 1 } : { y: today.y, m: qm + 3, d: 1 };
      return [{ y: today.y, m: qm, d: 1 }, addDays(next, -1)];
    }
    case 'thisYear':
      return [{ y: today.y, m: 1, d: 1 }, { y: today.y, m: 12, d: 31 }];
  }
}

function build(from: Day, to: Day, timeZone: string, preset: PeriodPreset | null): Period {
  const endDay = addDays(to, 1);
  return {
    from: key(from),
    to: key(to),
    start: fromZoned(from.y, from.m, from.d, 0, 0, timeZone),
    end: fromZoned(endDay.y, endDay.m, endDay.d, 0, 0, timeZone),
    preset,
  };
}

/**
 * The period from the URL: a known preset wins, else `from`/`to` (swapped when reversed, cut to
 * MAX_PERIOD_DAYS), else this month. Garbage never fails; it falls back to the default.
 */
export function resolvePeriod(q: { from?: string; to?: string; preset?: string }, timeZone: string, now = new Date()): Period {
  const p = zonedParts(now, timeZone);
  const today = { y: p.year, m: p.month, d: p.day };
  const preset = PERIOD_PRESETS.find((x) => x === q.preset);
  if (preset) {
    const [a, b] = presetRange(preset, today);
    return build(a, b, timeZone, preset);
  }
  let from = parseDay(q.from);
  let to = parseDay(q.to);
  if (!from && !to) {
    const [a, b] = presetRange('thisMonth', today);
    return build(a, b, timeZone, 'thisMonth');
  }
  from ??= to!;
  to ??= from;
  if (daysBetween(from, to) < 0) [from, to] = [to, from];
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS) from = addDays(to, -(MAX_PERIOD_DAYS - 1));
  return build(from, to, timeZone, null);
}

/** The local calendar day of an instant, for labels ("YYYY-MM-DD"). */
export function localDay(d: Date, timeZone: string): string {
  const p = zonedParts(d, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
