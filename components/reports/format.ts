// Shared number formatting for reports (next-intl's formatter uses the request locale).
import type { createFormatter } from 'next-intl';

type NumberFormatter = Pick<ReturnType<typeof createFormatter>, 'number'>;

export function pct(format: NumberFormatter, met: number, decided: number): string {
  return decided ? format.number(met / decided, { style: 'percent', maximumFractionDigits: 1 }) : '—';
}

export function pctValue(met: number, decided: number): number | null {
  return decided ? (met / decided) * 100 : null;
}

export function hours(format: NumberFormatter, h: number | null): string {
  return h == null ? '—' : format.number(h, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

export function csatText(format: NumberFormatter, avg: number | null, count: number): string {
  return avg == null || !count ? '—' : `${format.number(avg, { maximumFractionDigits: 2, minimumFractionDigits: 2 })} (${count})`;
}
