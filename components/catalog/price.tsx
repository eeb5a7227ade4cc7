import { getTranslations } from 'next-intl/server';
import { formatRupiah } from '@/lib/format/money';
import { cn } from '@/components/ui/cn';

/** "Rp 1.234.567", with the earlier price crossed out and the saving when there is one. */
export async function Price({ price, compareAt, size = 'md' }: { price: number; compareAt: number | null; size?: 'md' | 'lg' }) {
  const t = await getTranslations('catalog.item');
  const discounted = compareAt !== null && compareAt > price;
  const percent = discounted ? Math.floor(((compareAt - price) / compareAt) * 100) : 0;
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <span className={cn('font-bold tabular-nums text-slate-900', size === 'lg' ? 'text-3xl' : 'text-lg')}>{formatRupiah(price)}</span>
      {discounted ? (
        <>
          <span className="sr-only">{t('compareAt')}</span>
          <del className={cn('tabular-nums text-slate-500', size === 'lg' ? 'text-lg' : 'text-sm')}>{formatRupiah(compareAt)}</del>
          {percent > 0 ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">{t('save', { percent })}</span> : null}
        </>
      ) : null}
    </p>
  );
}

/** "± 2 jam 30 menit" from minutes. */
export async function durationText(minutes: number): Promise<string> {
  const t = await getTranslations('catalog.item');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return t('durationHm', { hours: h, minutes: m });
  if (h) return t('durationH', { hours: h });
  return t('durationM', { minutes: m });
}
