import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from './button';
import { cn } from './cn';

type Params = Record<string, string | undefined>;

/** `/staff/users?q=budi&page=3`: the current filters stay, empty ones are dropped, page 1 has no `page`. */
export function pageHref(basePath: string, params: Params, page: number): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== 'page') qs.set(k, v);
  if (page > 1) qs.set('page', String(page));
  const s = qs.toString();
  return s ? `${basePath}?${s}` : basePath;
}

/** Server-side pagination: previous/next links and "Halaman x dari y". */
export async function Pagination({ page, pages, total, basePath, params }: { page: number; pages: number; total: number; basePath: string; params: Params }) {
  const t = await getTranslations('common');
  const disabled = cn(buttonClass('secondary', 'sm'), 'pointer-events-none opacity-50');
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">
        <span>{t('pageOf', { page, pages })}</span>
        <span className="text-slate-400"> · </span>
        {t('totalRows', { count: total })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={pageHref(basePath, params, page - 1)} rel="prev" className={buttonClass('secondary', 'sm')}>
            <span aria-hidden>←</span> {t('previous')}
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            <span aria-hidden>←</span> {t('previous')}
          </span>
        )}
        {page < pages ? (
          <Link href={pageHref(basePath, params, page + 1)} rel="next" className={buttonClass('secondary', 'sm')}>
            {t('next')} <span aria-hidden>→</span>
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            {t('next')} <span aria-hidden>→</span>
          </span>
        )}
      </div>
    </nav>
  );
}
