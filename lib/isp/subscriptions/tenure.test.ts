import { describe, expect, it } from 'vitest';
import { addMonths, tenureCutoff, tenureMonths } from './tenure';

describe('tenure on calendar months', () => {
  it('adds months like PostgreSQL (the day is clamped to the month)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2025-11-25', 12)).toBe('2026-11-25');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('counts whole months: the anniversary itself counts, the day before does not', () => {
    expect(tenureMonths('2025-11-25', '2026-11-24')).toBe(11);
    expect(tenureMonths('2025-11-25', '2026-11-25')).toBe(12);
    expect(tenureMonths('2025-11-25', '2026-11-26')).toBe(12);
    expect(tenureMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(tenureMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(tenureMonths('2026-01-31', '2026-03-30')).toBe(1);
    expect(tenureMonths('2026-01-31', '2026-03-31')).toBe(2);
    expect(tenureMonths('2026-05-01', '2026-04-30')).toBe(0);
  });

  it('the cutoff is exactly the set of starts with enough tenure', () => {
    // Every start date in a two-year window against every "today" in a month-end-heavy sample.
    const todays = ['2026-02-28', '2026-03-01', '2026-03-30', '2026-03-31', '2028-02-29', '2026-11-24', '2026-11-25', '2026-12-31'];
    const wrong: string[] = [];
    for (const today of todays) {
      for (const months of [1, 3, 12, 24]) {
        const cutoff = tenureCutoff(today, months);
        for (let i = 0; i < 800; i++) {
          const d = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
          const eligible = addMonths(d, months) <= today;
          if (d <= cutoff !== eligible || tenureMonths(d, today) >= months !== eligible) wrong.push(`${today} ${months} ${d}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
