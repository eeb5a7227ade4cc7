import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';
import { listingHref, type ListingState } from '@/lib/catalog/urls';
import { buttonClass } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

/** Previous / next for the public listing (server-side pages; the total may be "1.000+"). */
export async function ListingPager({ state, page, hasNext }: { state: ListingState; page: number; hasNext: boolean }) {
  if (page <= 1 && !hasNext) return null;
  const t = await getTranslations('catalog.public');
  const off = cn(buttonClass('secondary', 'sm'), 'pointer-events-none opacity-50');
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={listingHref({ ...state, page: page - 1 })} rel="prev" className={buttonClass('secondary', 'sm')}>
          <span aria-hidden>←</span> {t('previous')}
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          <span aria-hidden>←</span> {t('previous')}
        </span>
      )}
      <span className="text-slate-600">{t('page', { page })}</span>
      {hasNext ? (
        <Link href={listingHref({ ...state, page: page + 1 })} rel="next" className={buttonClass('secondary', 'sm')}>
          {t('next')} <span aria-hidden>→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          {t('next')} <span aria-hidden>→</span>
        </span>
      )}
    </nav>
  );
}
