import { describe, expect, it } from 'vitest';
import { addMonths, contractEnd, inContract, inWarranty, toDay, warrantyEnd, type ProjectDates } from './dates';

const base: ProjectDates = { deliveryEnd: null, installationEnd: null, warrantyMonths: 0, contractStart: null, contractMonths: 0 };

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-05-20', 0, '2026-05-20'],
    ['2026-03-31', 36, '2029-03-31'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('15-01-2026', 1)).toThrow(RangeError);
  });
});

describe('warranty', () => {
  it('runs from the installation end, else the delivery end', () => {
    expect(warrantyEnd({ ...base, deliveryEnd: '2026-01-10', installationEnd: '2026-02-01', warrantyMonths: 12 })).toBe('2027-02-01');
    expect(warrantyEnd({ ...base, deliveryEnd: '2026-01-10', warrantyMonths: 6 })).toBe('2026-07-10');
  });

  it('is absent without a start date or without months', () => {
    expect(warrantyEnd({ ...base, warrantyMonths: 12 })).toBeNull();
    expect(warrantyEnd({ ...base, installationEnd: '2026-02-01' })).toBeNull();
  });

  it('includes both the first and the last day', () => {
    const p = { ...base, installationEnd: '2026-02-01', warrantyMonths: 12 };
    expect(inWarranty(p, '2026-01-31')).toBe(false);
    expect(inWarranty(p, '2026-02-01')).toBe(true);
    expect(inWarranty(p, '2027-02-01')).toBe(true);
    expect(inWarranty(p, '2027-02-02')).toBe(false);
    expect(inWarranty(base, '2026-06-01')).toBe(false);
  });
});

describe('contract', () => {
  it('ends contract start + months', () => {
    expect(contractEnd({ ...base, contractStart: '2026-04-01', contractMonths: 24 })).toBe('2028-04-01');
    expect(contractEnd({ ...base, contractStart: '2026-04-01' })).toBeNull();
  });

  it('tells whether a day is under contract', () => {
    const p = { ...base, contractStart: '2026-04-01', contractMonths: 12 };
    expect(inContract(p, '2026-03-31')).toBe(false);
    expect(inContract(p, '2026-04-01')).toBe(true);
    expect(inContract(p, '2027-04-01')).toBe(true);
    expect(inContract(p, '2027-04-02')).toBe(false);
  });
});

describe('toDay', () => {
  it('reads an instant as its day in the business zone, not UTC', () => {
    // 18:30 UTC on 31 March is 01:30 WIB on 1 April.
    const instant = new Date('2026-03-31T18:30:00Z');
    expect(toDay(instant, 'Asia/Jakarta')).toBe('2026-04-01');
    expect(inContract({ ...base, contractStart: '2026-04-01', contractMonths: 12 }, instant, 'Asia/Jakarta')).toBe(true);
    expect(toDay(new Date('2026-03-31T16:30:00Z'), 'Asia/Jakarta')).toBe('2026-03-31');
  });
});
