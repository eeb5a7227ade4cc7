// Tenure is calendar months on local dates in the business zone, with PostgreSQL's month arithmetic:
// `start + N months` keeps the day of month and clamps it to the month's last day (Jan 31 + 1 month =
// Feb 28/29). A subscriber has N months of tenure on the day `start + N months` is reached — so one
// who started on 2025-11-25 has 12 months on 2026-11-25, not on 2026-11-24. Pure.

export type IsoDate = string; // "YYYY-MM-DD"

const pad = (n: number) => String(n).padStart(2, '0');

function parse(d: IsoDate): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new RangeError(`not a date: ${d}`);
  return { y: +m[1], m: +m[2], d: +m[3] };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** `date + months` (negative allowed) with the day clamped to the target month's length, like PostgreSQL. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parse(date);
  const idx = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return iso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Whole months of tenure on `today`: the largest N with `start + N months <= today` (0 before the first). */
export function tenureMonths(start: IsoDate, today: IsoDate): number {
  if (today < start) return 0;
  const s = parse(start);
  const t = parse(today);
  let n = (t.y - s.y) * 12 + (t.m - s.m);
  while (n > 0 && addMonths(start, n) > today) n--;
  return Math.max(0, n);
}

/**
 * The latest start date with at least `months` of tenure on `today`: every start on or before it
 * qualifies, every later one does not. `start + N months` only grows with `start`, so one comparison
 * `start_date <= cutoff` replaces the arithmetic per row and the (status, start_date) index serves it.
 * On the last day of a month every start day the clamp folds onto it qualifies too (Jan 29–31 + 1 month
 * all land on Feb 28), hence the end of the earlier month.
 */
export function tenureCutoff(today: IsoDate, months: number): IsoDate {
  const back = addMonths(today, -months);
  const t = parse(today);
  if (t.d !== daysInMonth(t.y, t.m)) return back;
  const b = parse(back);
  return iso(b.y, b.m, daysInMonth(b.y, b.m));
}
