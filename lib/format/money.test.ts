import { describe, expect, it } from 'vitest';
import { formatRupiah, parseRupiah } from './money';

// "Rp" then a space or a no-break space (what Intl emits), then dots between thousands.
const rp = (digits: string) => new RegExp(`^Rp[ \\u00a0]${digits.replace(/\./g, '\\.')}$`);

describe('formatRupiah', () => {
  it('writes whole Rupiah with dots between thousands', () => {
    expect(formatRupiah(1_234_567)).toMatch(rp('1.234.567'));
    expect(formatRupiah(0)).toMatch(rp('0'));
    expect(formatRupiah(999)).toMatch(rp('999'));
    expect(formatRupiah(1_000)).toMatch(rp('1.000'));
    expect(formatRupiah(12_500_000_000n)).toMatch(rp('12.500.000.000'));
  });

  it('never shows decimals', () => {
    expect(formatRupiah(1_000_000)).not.toMatch(/,/);
  });

  it('refuses fractions and unsafe numbers (money is integer Rupiah, C4)', () => {
    expect(() => formatRupiah(10.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(2 ** 60)).toThrow(RangeError);
  });
});

describe('parseRupiah', () => {
  it('reads the formats people type', () => {
    expect(parseRupiah('Rp 1.234.567')).toBe(1_234_567);
    expect(parseRupiah('Rp\u00a01.234.567')).toBe(1_234_567);
    expect(parseRupiah('rp. 50.000')).toBe(50_000);
    expect(parseRupiah('1.234.567')).toBe(1_234_567);
    expect(parseRupiah('1234567')).toBe(1_234_567);
    expect(parseRupiah(formatRupiah(987_654_321))).toBe(987_654_321);
  });

  it('rejects what is not a whole amount', () => {
    for (const bad of ['', 'Rp', '12,50', '-5000', '1e6', 'abc', '1.234.567,00', '9'.repeat(16), '0x10']) {
      expect(parseRupiah(bad), bad).toBeNull();
    }
  });
});
