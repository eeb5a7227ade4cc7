import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import type { BusinessCalendar } from '@/lib/sla/calendar';
import { businessMinutesBetween } from '@/lib/sla/clock';
import { businessMinutesSql, sqlCalendar } from './business-time';

// The report's SQL arithmetic must agree with the SLA clock's calendar walk (lib/sla) to the minute.
async function sqlMinutes(pairs: Array<[Date, Date]>, calendar: BusinessCalendar): Promise<number[]> {
  const cal = sqlCalendar(
    { regional: { timeZone: calendar.timeZone as 'Asia/Jakarta', defaultLocale: 'id' }, hours: { workingDays: calendar.workingDays, open: calendar.open, close: calendar.close } },
    [...calendar.holidays],
  );
  const starts = `{${pairs.map(([a]) => `"${a.toISOString()}"`).join(',')}}`;
  const ends = `{${pairs.map(([, b]) => `"${b.toISOString()}"`).join(',')}}`;
  const rows = await db.execute<{ i: number; m: number }>(sql`
    select p.i, ${businessMinutesSql({ l: sql`s.l`, d: sql`s.d` }, { l: sql`e.l`, d: sql`e.d` }, cal)} as m
    from unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) with ordinality as p(a, b, i)
    cross join lateral (select (p.a at time zone ${cal.tz}::text) as l, (p.a at time zone ${cal.tz}::text)::date as d) s
    cross join lateral (select (p.b at time zone ${cal.tz}::text) as l, (p.b at time zone ${cal.tz}::text)::date as d) e
    order by p.i`);
  return rows.map((r) => Number(r.m));
}

function randomPairs(count: number, seed: number): Array<[Date, Date]> {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const base = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, () => {
    const a = base + Math.floor(rnd() * 60 * 24 * 60) * 60_000; // within 60 days, minute precision
    const b = a + Math.floor(rnd() ** 2 * 60 * 24 * 25) * 60_000; // up to 25 days later, mostly short
    return [new Date(a), new Date(b)];
  });
}

describe('business minutes in SQL', () => {
  it('equal the SLA clock for 300 random spans (WIB, Mon–Fri 08–17, Nyepi and Idulfitri holidays)', async () => {
    const cal: BusinessCalendar = {
      timeZone: 'Asia/Jakarta',
      workingDays: [1, 2, 3, 4, 5],
      open: '08:00',
      close: '17:00',
      holidays: new Set(['2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']),
    };
    const pairs = randomPairs(300, 7);
    const got = await sqlMinutes(pairs, cal);
    pairs.forEach(([a, b], i) => expect(got[i], `${a.toISOString()} → ${b.toISOString()}`).toBeCloseTo(businessMinutesBetween(a, b, cal), 6));
  });

  it('and for a six-day week in WITA with a half-hour opening', async () => {
    const cal: BusinessCalendar = { timeZone: 'Asia/Makassar', workingDays: [1, 2, 3, 4, 5, 6], open: '07:30', close: '16:00', holidays: new Set(['2026-03-21']) };
    const pairs = randomPairs(150, 11);
    const got = await sqlMinutes(pairs, cal);
    pairs.forEach(([a, b], i) => expect(got[i], `${a.toISOString()} → ${b.toISOString()}`).toBeCloseTo(businessMinutesBetween(a, b, cal), 6));
  });
});
