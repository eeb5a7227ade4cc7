import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_DAYS, resolvePeriod } from './period';

const tz = 'Asia/Jakarta';
const now = new Date('2026-03-15T05:00:00Z'); // 12:00 WIB, Sunday 15 March 2026

describe('report period', () => {
  it('defaults to this month in the business zone', () => {
    const p = resolvePeriod({}, tz, now);
    expect(p).toMatchObject({ from: '2026-03-01', to: '2026-03-31', preset: 'thisMonth' });
    expect(p.start.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });
  it('knows the presets', () => {
    expect(resolvePeriod({ preset: 'lastMonth' }, tz, now)).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(resolvePeriod({ preset: 'last7' }, tz, now)).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    expect(resolvePeriod({ preset: 'thisQuarter' }, tz, now)).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(resolvePeriod({ preset: 'thisYear' }, tz, now)).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('swaps reversed dates, ignores garbage and caps the length', () => {
    expect(resolvePeriod({ from: '2026-03-10', to: '2026-03-01' }, tz, now)).toMatchObject({ from: '2026-03-01', to: '2026-03-10', preset: null });
    expect(resolvePeriod({ from: "2026-02-30' or 1=1", to: 'x' }, tz, now)).toMatchObject({ preset: 'thisMonth' });
    const long = resolvePeriod({ from: '2020-01-01', to: '2026-03-01' }, tz, now);
    expect((long.end.getTime() - long.start.getTime()) / 86_400_000).toBe(MAX_PERIOD_DAYS);
  });
  it('uses the local day boundaries of WIT', () => {
    const p = resolvePeriod({ from: '2026-03-01', to: '2026-03-01' }, 'Asia/Jayapura', now);
    expect(p.start.toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-01T15:00:00.000Z');
  });
});
