// SLA arithmetic (lib/sla/calendar.ts, lib/sla/clock.ts), table-driven with fixed instants written with
// their UTC offset, so every expectation can be checked by hand. Calendar: Monday–Friday 08:00–17:00.
// 2026-03-02 is a Monday; 2026-03-19 (Nyepi) and 2026-03-20/23/24 (Idulfitri and cuti bersama) are
// used as holidays.
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isWorkingDate, type BusinessCalendar } from '@/lib/sla/calendar';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';

const cal = (timeZone: string, holidays: string[] = []): BusinessCalendar => ({
  timeZone,
  workingDays: [1, 2, 3, 4, 5],
  open: '08:00',
  close: '17:00',
  holidays: new Set(holidays),
});
const WIB = cal('Asia/Jakarta');
const WITA = cal('Asia/Makassar');
const WIT = cal('Asia/Jayapura');
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('addBusinessMinutes', () => {
  const cases: Array<[string, BusinessCalendar, string, number, string]> = [
    ['within a day', WIB, '2026-03-02T09:00:00+07:00', 60, '2026-03-02T10:00:00+07:00'],
    ['ending exactly at closing', WIB, '2026-03-02T16:00:00+07:00', 60, '2026-03-02T17:00:00+07:00'],
    ['across a night', WIB, '2026-03-02T16:00:00+07:00', 120, '2026-03-03T09:00:00+07:00'],
    ['a whole working day from opening', WIB, '2026-03-02T08:00:00+07:00', 540, '2026-03-02T17:00:00+07:00'],
    ['three working days', WIB, '2026-03-02T08:00:00+07:00', 3 * 540, '2026-03-04T17:00:00+07:00'],
    ['across a weekend', WIB, '2026-03-06T16:30:00+07:00', 60, '2026-03-09T08:30:00+07:00'],
    ['across a holiday', cal('Asia/Jakarta', ['2026-03-03']), '2026-03-02T16:00:00+07:00', 120, '2026-03-04T09:00:00+07:00'],
    [
      'across a holiday, a weekend and two more holidays',
      cal('Asia/Jakarta', ['2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']),
      '2026-03-18T16:00:00+07:00',
      120,
      '2026-03-25T09:00:00+07:00',
    ],
    ['across new year with 1 January off', cal('Asia/Jakarta', ['2026-01-01']), '2025-12-31T16:00:00+07:00', 120, '2026-01-02T09:00:00+07:00'],
    ['starting before opening', WIB, '2026-03-02T06:00:00+07:00', 30, '2026-03-02T08:30:00+07:00'],
    ['starting after closing', WIB, '2026-03-02T18:00:00+07:00', 30, '2026-03-03T08:30:00+07:00'],
    ['starting at midnight (UTC still the day before)', WIB, '2026-03-03T00:00:00+07:00', 30, '2026-03-03T08:30:00+07:00'],
    ['starting on a holiday', cal('Asia/Jakarta', ['2026-03-03']), '2026-03-03T10:00:00+07:00', 30, '2026-03-04T08:30:00+07:00'],
    ['starting on a Saturday', WIB, '2026-03-07T10:00:00+07:00', 30, '2026-03-09T08:30:00+07:00'],
    ['starting on a Sunday evening', WIB, '2026-03-08T23:00:00+07:00', 540, '2026-03-09T17:00:00+07:00'],
    ['zero minutes keeps the instant, even off hours', WIB, '2026-03-07T10:00:00+07:00', 0, '2026-03-07T10:00:00+07:00'],
    ['negative minutes keep the instant', WIB, '2026-03-02T10:00:00+07:00', -5, '2026-03-02T10:00:00+07:00'],
    ['WITA (Asia/Makassar) across a night', WITA, '2026-03-02T16:00:00+08:00', 120, '2026-03-03T09:00:00+08:00'],
    ['WIT (Asia/Jayapura) before opening', WIT, '2026-03-02T07:00:00+09:00', 90, '2026-03-02T09:30:00+09:00'],
    ['WIT across a weekend', WIT, '2026-03-06T16:00:00+09:00', 90, '2026-03-09T08:30:00+09:00'],
  ];
  it.each(cases)('%s', (_name, c, start, minutes, expected) => {
    expect(iso(addBusinessMinutes(at(start), minutes, c))).toBe(iso(at(expected)));
  });

  it('reads the same UTC instant in the business zone: 08:30Z is 15:30 WIB, 16:30 WITA, 17:30 WIT', () => {
    const start = at('2026-03-02T08:30:00Z');
    expect(iso(addBusinessMinutes(start, 60, WIB))).toBe(iso(at('2026-03-02T16:30:00+07:00')));
    expect(iso(addBusinessMinutes(start, 60, WITA))).toBe(iso(at('2026-03-03T08:30:00+08:00')));
    expect(iso(addBusinessMinutes(start, 60, WIT))).toBe(iso(at('2026-03-03T09:00:00+09:00')));
  });

  it('a holiday is a local date: 2 March off in WIT also covers 1 March 15:00Z to 2 March 15:00Z', () => {
    const c = cal('Asia/Jayapura', ['2026-03-02']);
    // Monday 09:00 WIT is a holiday: the clock starts Tuesday 08:00 WIT.
    expect(iso(addBusinessMinutes(at('2026-03-02T00:00:00Z'), 10, c))).toBe(iso(at('2026-03-03T08:10:00+09:00')));
  });

  it('other working weeks and hours (Monday–Saturday, 09:00–15:30)', () => {
    const c: BusinessCalendar = { timeZone: 'Asia/Jakarta', workingDays: [1, 2, 3, 4, 5, 6], open: '09:00', close: '15:30', holidays: new Set() };
    expect(iso(addBusinessMinutes(at('2026-03-06T15:00:00+07:00'), 60, c))).toBe(iso(at('2026-03-07T09:30:00+07:00')));
    expect(iso(addBusinessMinutes(at('2026-03-07T15:00:00+07:00'), 60, c))).toBe(iso(at('2026-03-09T09:30:00+07:00')));
  });

  it('refuses a calendar without any working time instead of looping forever', () => {
    const never: BusinessCalendar = { ...WIB, workingDays: [] };
    expect(() => addBusinessMinutes(at('2026-03-02T09:00:00+07:00'), 1, never)).toThrow(/no working time/);
  });
});

describe('businessMinutesBetween', () => {
  const cases: Array<[string, BusinessCalendar, string, string, number]> = [
    ['within a day', WIB, '2026-03-02T09:00:00+07:00', '2026-03-02T11:30:00+07:00', 150],
    ['across a night', WIB, '2026-03-02T16:00:00+07:00', '2026-03-03T09:00:00+07:00', 120],
    ['across a weekend', WIB, '2026-03-06T16:00:00+07:00', '2026-03-09T09:00:00+07:00', 120],
    ['across a holiday', cal('Asia/Jakarta', ['2026-03-03']), '2026-03-02T16:00:00+07:00', '2026-03-04T09:00:00+07:00', 120],
    ['a whole week', WIB, '2026-03-02T00:00:00+07:00', '2026-03-09T00:00:00+07:00', 5 * 540],
    ['a night only', WIB, '2026-03-02T18:00:00+07:00', '2026-03-03T07:00:00+07:00', 0],
    ['a weekend only', WIB, '2026-03-07T08:00:00+07:00', '2026-03-08T17:00:00+07:00', 0],
    ['a holiday only', cal('Asia/Jakarta', ['2026-03-03']), '2026-03-03T08:00:00+07:00', '2026-03-03T17:00:00+07:00', 0],
    ['equal instants', WIB, '2026-03-02T10:00:00+07:00', '2026-03-02T10:00:00+07:00', 0],
    ['partial minutes are floored', WIB, '2026-03-02T10:00:00+07:00', '2026-03-02T10:01:59+07:00', 1],
    ['WITA: 16:00 to 09:00 next day', WITA, '2026-03-02T16:00:00+08:00', '2026-03-03T09:00:00+08:00', 120],
    ['WIT: before opening to mid-morning', WIT, '2026-03-02T06:00:00+09:00', '2026-03-02T10:00:00+09:00', 120],
  ];
  it.each(cases)('%s', (_name, c, a, b, expected) => {
    expect(businessMinutesBetween(at(a), at(b), c)).toBe(expected);
  });

  it.each(cases.filter(([, , a, b]) => a !== b))('reversed (%s) is 0, never negative', (_name, c, a, b) => {
    expect(businessMinutesBetween(at(b), at(a), c)).toBe(0);
  });

  it('is the inverse of addBusinessMinutes for every start (in, before, after hours, weekend, holiday)', () => {
    const c = cal('Asia/Jakarta', ['2026-03-03', '2026-03-19']);
    const starts = ['2026-03-02T09:17:00+07:00', '2026-03-02T06:00:00+07:00', '2026-03-02T19:00:00+07:00', '2026-03-07T12:00:00+07:00', '2026-03-03T10:00:00+07:00', '2026-03-18T16:59:00+07:00'];
    for (const s of starts) {
      for (const m of [1, 44, 60, 539, 540, 541, 1000, 5000]) {
        const end = addBusinessMinutes(at(s), m, c);
        expect(businessMinutesBetween(at(s), end, c), `${s} + ${m}`).toBe(m);
      }
    }
  });

  it('adds up over consecutive intervals', () => {
    const a = at('2026-03-02T10:00:00+07:00');
    const b = at('2026-03-05T13:00:00+07:00');
    const c = at('2026-03-10T09:00:00+07:00');
    expect(businessMinutesBetween(a, b, WIB) + businessMinutesBetween(b, c, WIB)).toBe(businessMinutesBetween(a, c, WIB));
  });
});

describe('isWorkingDate', () => {
  it.each([
    ['2026-03-02', true],
    ['2026-03-07', false],
    ['2026-03-08', false],
    ['2026-03-19', false],
    ['not-a-date', false],
  ] as const)('%s → %s', (d, expected) => {
    expect(isWorkingDate(cal('Asia/Jakarta', ['2026-03-19']), d)).toBe(expected);
  });
});

describe('computeInstants', () => {
  const targets = { responseMinutes: 60, resolutionMinutes: 600, warningPercent: 75 };

  it('response and resolution instants in business time', () => {
    const i = computeInstants(at('2026-03-02T09:00:00+07:00'), targets, 0, WIB);
    expect(Object.fromEntries(Object.entries(i).map(([k, v]) => [k, iso(v)]))).toEqual({
      responseWarnAt: iso(at('2026-03-02T09:45:00+07:00')),
      responseDueAt: iso(at('2026-03-02T10:00:00+07:00')),
      // 75 % of 600 = 450 minutes: 09:00 + 7 h 30
      resolutionWarnAt: iso(at('2026-03-02T16:30:00+07:00')),
      // 480 minutes on Monday, 120 on Tuesday
      resolutionDueAt: iso(at('2026-03-03T10:00:00+07:00')),
    });
  });

  it('paused minutes push only the resolution instants', () => {
    const i = computeInstants(at('2026-03-02T09:00:00+07:00'), targets, 90, WIB);
    expect(iso(i.responseWarnAt)).toBe(iso(at('2026-03-02T09:45:00+07:00')));
    expect(iso(i.responseDueAt)).toBe(iso(at('2026-03-02T10:00:00+07:00')));
    expect(iso(i.resolutionWarnAt)).toBe(iso(at('2026-03-03T09:00:00+07:00')));
    expect(iso(i.resolutionDueAt)).toBe(iso(at('2026-03-03T11:30:00+07:00')));
  });

  it('a ticket opened on Friday evening before a holiday Monday', () => {
    const c = cal('Asia/Makassar', ['2026-03-09']);
    const i = computeInstants(at('2026-03-06T20:00:00+08:00'), targets, 0, c);
    expect(iso(i.responseWarnAt)).toBe(iso(at('2026-03-10T08:45:00+08:00')));
    expect(iso(i.responseDueAt)).toBe(iso(at('2026-03-10T09:00:00+08:00')));
  });

  it('the warning is at least one minute in', () => {
    const i = computeInstants(at('2026-03-02T09:00:00+07:00'), { responseMinutes: 1, resolutionMinutes: 1, warningPercent: 50 }, 0, WIB);
    expect(iso(i.responseWarnAt)).toBe(iso(at('2026-03-02T09:01:00+07:00')));
    expect(iso(i.responseDueAt)).toBe(iso(at('2026-03-02T09:01:00+07:00')));
  });
});

describe('slaStateAt', () => {
  const warn = at('2026-03-02T09:45:00+07:00');
  const due = at('2026-03-02T10:00:00+07:00');
  it.each([
    ['before the warning', '2026-03-02T09:44:59+07:00', 'ok'],
    ['at the warning', '2026-03-02T09:45:00+07:00', 'warning'],
    ['between warning and due', '2026-03-02T09:59:00+07:00', 'warning'],
    ['at the due time', '2026-03-02T10:00:00+07:00', 'breached'],
    ['long after', '2026-03-05T10:00:00+07:00', 'breached'],
  ] as const)('%s → %s', (_n, now, expected) => {
    expect(slaStateAt(at(now), warn, due)).toBe(expected);
  });

  it('no clock is ok', () => {
    expect(slaStateAt(at('2026-03-05T10:00:00+07:00'), null, null)).toBe('ok');
    expect(slaStateAt(at('2026-03-05T10:00:00+07:00'), warn, null)).toBe('ok');
  });

  it('a paused clock is read at the pause', () => {
    const now = at('2026-03-05T10:00:00+07:00');
    expect(slaStateAt(now, warn, due, at('2026-03-02T09:30:00+07:00'))).toBe('ok');
    expect(slaStateAt(now, warn, due, at('2026-03-02T09:50:00+07:00'))).toBe('warning');
    expect(slaStateAt(now, warn, due, at('2026-03-02T10:30:00+07:00'))).toBe('breached');
  });

  it('a pause recorded after now is ignored (now is used)', () => {
    expect(slaStateAt(at('2026-03-02T09:50:00+07:00'), warn, due, at('2026-03-02T12:00:00+07:00'))).toBe('warning');
    expect(slaStateAt(at('2026-03-02T09:00:00+07:00'), warn, due, null)).toBe('ok');
  });
});
