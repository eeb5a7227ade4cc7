// The only money formatter. Money is integer Rupiah everywhere; "Rp 1.234.567" (NBSP after "Rp").
const idr = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0, minimumFractionDigits: 0 });

export function formatRupiah(amount: number | bigint): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) throw new RangeError('money must be an integer number of Rupiah');
  return idr.format(amount);
}

/** Parses "Rp 1.234.567", "1.234.567" or "1234567" into integer Rupiah; null when it is not a whole amount. */
export function parseRupiah(input: string): number | null {
  const cleaned = input.replace(/^\s*Rp\.?\s*/i, '').replace(/[.\s\u00a0]/g, '');
  if (!/^\d{1,15}$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : null;
}
