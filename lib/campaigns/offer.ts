import { formatRupiah } from '@/lib/format/money';
import type { Translate } from '@/lib/i18n/translator';

/** "Diskon 20% (min. belanja Rp 100.000)" in the reader's language, or '' when the promo has no discount. */
export function describeOffer(
  p: { discountType: 'percent' | 'amount' | null; discountValue: number | null; minSpendIdr: number | null },
  t: Translate,
): string {
  if (!p.discountType || p.discountValue == null) return '';
  const base = p.discountType === 'percent' ? t('offer.percent', { value: p.discountValue }) : t('offer.amount', { amount: formatRupiah(p.discountValue) });
  return p.minSpendIdr ? `${base} ${t('offer.minSpend', { amount: formatRupiah(p.minSpendIdr) })}` : base;
}
