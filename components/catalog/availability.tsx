import { getTranslations } from 'next-intl/server';
import type { ItemKind } from '@/lib/catalog/constants';
import { durationText } from './price';

/** Stock for goods ("Stok 12" / "Stok habis"), duration for services. */
export async function Availability({ kind, stock, durationMinutes, className }: { kind: ItemKind; stock: number | null; durationMinutes: number | null; className?: string }) {
  const t = await getTranslations('catalog.item');
  if (kind === 'service') {
    return <p className={className ?? 'text-sm text-slate-600'}>{durationMinutes ? t('duration', { duration: await durationText(durationMinutes) }) : t('serviceAvailable')}</p>;
  }
  const n = stock ?? 0;
  if (n <= 0) return <p className={className ?? 'text-sm font-medium text-red-700'}>{t('outOfStock')}</p>;
  return <p className={className ?? 'text-sm text-green-800'}>{n <= 5 ? t('lowStock', { count: n }) : t('inStock', { count: n })}</p>;
}
