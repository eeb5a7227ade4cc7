import { getTranslations } from 'next-intl/server';
import { SEARCH_MAX_LENGTH } from '@/lib/catalog/constants';
import { buttonClass } from '@/components/ui/button';

/** The catalog search: a plain GET form (works without JavaScript), kept within the current category. */
export async function SearchBox({ q = '', category, id = 'catalog-q', large = false }: { q?: string; category?: string; id?: string; large?: boolean }) {
  const t = await getTranslations('catalog.public');
  return (
    <form action="/catalog/search" method="get" role="search" aria-label={t('searchLabel')} className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={q}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        enterKeyHint="search"
        className={`block w-full min-w-0 rounded-md border-0 bg-white px-3 text-slate-900 ring-1 ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-brand-700 focus:outline-none ${large ? 'py-3 text-base' : 'py-2 text-sm'}`}
      />
      {category ? <input type="hidden" name="category" value={category} /> : null}
      <button type="submit" className={buttonClass('primary')}>
        {t('searchButton')}
      </button>
    </form>
  );
}
