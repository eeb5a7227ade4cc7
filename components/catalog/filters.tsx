import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';
import { CATALOG_SORTS, ITEM_KINDS, type CatalogSort, type ItemKind } from '@/lib/catalog/constants';
import { staticListingPath } from '@/lib/catalog/urls';
import { buttonClass } from '@/components/ui/button';

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none';

/** Kind, price range, availability and sort: a GET form to /catalog/search that keeps the query and category. */
export async function Filters({
  q,
  category,
  kind,
  min,
  max,
  stock,
  sort,
  active,
  idPrefix = 'f',
}: {
  idPrefix?: string;
  q: string;
  category?: string;
  kind?: ItemKind;
  min: number | null;
  max: number | null;
  stock: boolean;
  sort: CatalogSort | 'default';
  active: boolean;
}) {
  const t = await getTranslations('catalog.public');
  const tk = await getTranslations('catalog.item');
  const sorts = CATALOG_SORTS.filter((s) => s !== 'relevance' || q);
  return (
    <form action="/catalog/search" method="get" aria-label={t('filters')} className="space-y-4">
      {q ? <input type="hidden" name="q" value={q} /> : null}
      {category ? <input type="hidden" name="category" value={category} /> : null}
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-sort`} className="block text-sm font-medium text-slate-800">
          {t('sort')}
        </label>
        <select id={`${idPrefix}-sort`} name="sort" defaultValue={sort === 'default' ? '' : sort} className={control}>
          {!q ? <option value="">{t('sorts.default')}</option> : null}
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-kind`} className="block text-sm font-medium text-slate-800">
          {t('kind')}
        </label>
        <select id={`${idPrefix}-kind`} name="kind" defaultValue={kind ?? ''} className={control}>
          <option value="">{t('kindAll')}</option>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t('priceRange')}</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${idPrefix}-min`} className="sr-only">
              {t('priceMin')}
            </label>
            <input id={`${idPrefix}-min`} name="min" inputMode="numeric" placeholder={t('priceMinPlaceholder')} defaultValue={min ?? ''} maxLength={20} className={control} />
          </div>
          <div>
            <label htmlFor={`${idPrefix}-max`} className="sr-only">
              {t('priceMax')}
            </label>
            <input id={`${idPrefix}-max`} name="max" inputMode="numeric" placeholder={t('priceMaxPlaceholder')} defaultValue={max ?? ''} maxLength={20} className={control} />
          </div>
        </div>
      </fieldset>
      <div className="flex items-center gap-2">
        <input id={`${idPrefix}-stock`} name="stock" type="checkbox" value="1" defaultChecked={stock} className="size-4 rounded border-slate-300 accent-brand-700" />
        <label htmlFor={`${idPrefix}-stock`} className="text-sm text-slate-800">
          {t('inStock')}
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary', 'sm')}>
          {t('apply')}
        </button>
        {active ? (
          <Link href={staticListingPath(category)} className={buttonClass('ghost', 'sm')}>
            {t('reset')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
