import Link from '@/components/public/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CatalogSort } from '@/lib/catalog/constants';
import type { CategoryTree, Listing, PublicCategory } from '@/lib/catalog/public';
import { listingHref, type ListingState } from '@/lib/catalog/urls';
import { Breadcrumbs, type Crumb } from '@/components/public/breadcrumbs';
import { CategoryNav } from './category-nav';
import { Filters } from './filters';
import { ItemGrid } from './item-card';
import { ListingPager } from './listing-pager';
import { SearchBox } from './search-box';

/**
 * The catalog page body shared by /catalog, /catalog/<category> and /catalog/search: categories and
 * filters beside the results (folded away on phones, no script needed), the search box, the grid and
 * the pager.
 */
export async function CatalogView({
  title,
  intro,
  crumbs,
  tree,
  category,
  listing,
  state,
  sort,
  searching,
}: {
  title: string;
  intro?: string;
  crumbs: Crumb[];
  tree: CategoryTree;
  category: PublicCategory | null;
  listing: Listing;
  state: ListingState;
  sort: CatalogSort | 'default';
  searching: boolean;
}) {
  const t = await getTranslations('catalog.public');
  const format = await getFormatter();
  const subcategories = category ? (tree.children[category.id] ?? []) : [];
  const filtered = !!(state.q || state.kind || state.min != null || state.max != null || state.stock || state.sort);
  const count = listing.totalCapped ? t('resultsMore', { count: format.number(listing.total) }) : t('results', { count: listing.total });
  const side = (prefix: string) => (
    <div className="space-y-8">
      <CategoryNav tree={tree} current={category?.slug} state={{ ...state, page: 1 }} />
      <section aria-labelledby={`${prefix}-filters-heading`}>
        <h2 id={`${prefix}-filters-heading`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t('filters')}
        </h2>
        <Filters q={state.q ?? ''} category={category?.slug} kind={state.kind} min={state.min ?? null} max={state.max ?? null} stock={!!state.stock} sort={sort} active={filtered} idPrefix={prefix} />
      </section>
    </div>
  );
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={crumbs} />
      <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
          {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
        </div>
      </div>
      <div className="mt-5 max-w-2xl">
        <SearchBox q={state.q} category={category?.slug} />
      </div>
      {subcategories.length ? (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label={t('subcategories')}>
          {subcategories.map((s) => (
            <li key={s.id}>
              <Link href={listingHref({ ...state, category: s.slug, page: 1 })} className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-slate-800 no-underline ring-1 ring-slate-300 hover:bg-slate-50">
                {s.name} <span className="text-xs text-slate-600">{s.itemCount}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[15rem_1fr]">
        {/* One copy of the categories and filters: folded on phones; on wide screens the fold is
            forced open with ::details-content where the browser supports it (else it stays a fold). */}
        <details className="self-start rounded-lg bg-white ring-1 ring-slate-200 lg:rounded-none lg:bg-transparent lg:ring-0 lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]">
          <summary className="cursor-pointer select-none px-4 py-3 text-sm font-semibold text-slate-800 lg:supports-[selector(::details-content)]:hidden">
            {t('categoriesAndFilters')}
          </summary>
          <div className="border-t border-slate-200 p-4 lg:border-0 lg:p-0">{side('side')}</div>
        </details>
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="mb-4 text-sm text-slate-700" aria-live="polite">
            <span className="font-semibold text-slate-900">{count}</span>
            {searching && state.q ? <> {t('resultsFor', { q: state.q })}</> : null}
          </h2>
          {listing.items.length ? (
            <ItemGrid items={listing.items} priorityFirst={2} />
          ) : (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-medium text-slate-900">{t('empty')}</p>
              <p className="mt-1 text-sm text-slate-600">{t('emptyHint')}</p>
              {filtered ? (
                <Link href="/catalog" className="mt-4 inline-block text-sm font-medium">
                  {t('browseAll')}
                </Link>
              ) : null}
            </div>
          )}
          <ListingPager state={{ ...state, category: category?.slug }} page={listing.page} hasNext={listing.hasNext} />
        </section>
      </div>
    </div>
  );
}
