import { describe, expect, it } from 'vitest';
import { formatDateTime, fromLocalInput, fromZoned, toLocalInput, zoneLabel } from './date';

describe('datetime-local ↔ UTC in the Indonesian zones', () => {
  it.each([
    ['Asia/Jakarta', '2026-03-01T08:00', '2026-03-01T01:00:00.000Z', 'WIB'],
    ['Asia/Makassar', '2026-03-01T08:00', '2026-03-01T00:00:00.000Z', 'WITA'],
    ['Asia/Jayapura', '2026-03-01T08:00', '2026-02-28T23:00:00.000Z', 'WIT'],
    ['Asia/Jakarta', '2026-12-31T23:59', '2026-12-31T16:59:00.000Z', 'WIB'],
    ['Asia/Jayapura', '2026-01-01T05:30', '2025-12-31T20:30:00.000Z', 'WIT'],
  ])('%s %s is %s', (zone, local, utc, label) => {
    const d = fromLocalInput(local, zone);
    expect(d?.toISOString()).toBe(utc);
    expect(toLocalInput(d!, zone)).toBe(local);
    expect(zoneLabel(zone)).toBe(label);
  });

  it('one instant shows a different wall clock in each zone', () => {
    const instant = new Date('2026-08-17T03:00:00Z');
    expect(toLocalInput(instant, 'Asia/Jakarta')).toBe('2026-08-17T10:00');
    expect(toLocalInput(instant, 'Asia/Makassar')).toBe('2026-08-17T11:00');
    expect(toLocalInput(instant, 'Asia/Jayapura')).toBe('2026-08-17T12:00');
  });

  it('does not depend on the server time zone', () => {
    expect(fromZoned(2026, 8, 17, 10, 0, 'Asia/Jakarta').toISOString()).toBe('2026-08-17T03:00:00.000Z');
  });

  it('rejects malformed input', () => {
    for (const bad of ['', '2026-03-01', '2026-03-01 08:00', '2026-03-01T8:00', '01-03-2026T08:00', '2026-03-01T08:00Z', 'x']) {
      expect(fromLocalInput(bad, 'Asia/Jakarta'), bad).toBeNull();
    }
  });

  it('formats in the business zone, not UTC', () => {
    const s = formatDateTime(new Date('2026-08-17T20:30:00Z'), 'id', 'Asia/Jakarta');
    expect(s).toMatch(/18/); // 03:30 WIB on the 18th
    expect(s).toMatch(/03[.:]30/);
  });
});
