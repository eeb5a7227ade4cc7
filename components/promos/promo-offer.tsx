import { getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';
import { formatRupiah } from '@/lib/format/money';
import type { PromoCard } from '@/lib/promos/public';

/** Discount, minimum spend and voucher code of a promo. */
export async function PromoOffer({ promo, compact = false }: { promo: Pick<PromoCard, 'discountType' | 'discountValue' | 'minSpendIdr' | 'voucherCode'>; compact?: boolean }) {
  const t = await getTranslations('promos');
  const discount =
    promo.discountType && promo.discountValue != null
      ? promo.discountType === 'percent'
        ? t('offer.percent', { value: promo.discountValue })
        : t('offer.amount', { amount: formatRupiah(promo.discountValue) })
      : null;
  if (!discount && !promo.voucherCode) return null;
  return (
    <div className={cn('flex flex-wrap items-center gap-2', compact ? 'text-sm' : 'text-base')}>
      {discount ? <span className="rounded-md bg-rose-50 px-2 py-1 font-semibold text-rose-800 ring-1 ring-rose-200">{discount}</span> : null}
      {promo.minSpendIdr ? <span className="text-slate-600">{t('offer.minSpend', { amount: formatRupiah(promo.minSpendIdr) })}</span> : null}
      {promo.voucherCode ? (
        <span className="text-slate-700">
          {t('public.voucher')} <code className="rounded bg-amber-100 px-1.5 py-0.5 font-mono font-semibold text-amber-900">{promo.voucherCode}</code>
        </span>
      ) : null}
    </div>
  );
}
