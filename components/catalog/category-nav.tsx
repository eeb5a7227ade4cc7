import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';
import type { CategoryTree } from '@/lib/catalog/public';
import { listingHref, type ListingState } from '@/lib/catalog/urls';
import { cn } from '@/components/ui/cn';

/** The category tree as links; switching category keeps the search and filters. */
export async function CategoryNav({ tree, current, state }: { tree: CategoryTree; current?: string; state: ListingState }) {
  const t = await getTranslations('catalog.public');
  const link = (slug: string | undefined, label: string, count: number | null, depth: number) => {
    const isCurrent = slug === current;
    return (
      <Link
        href={listingHref({ ...state, category: slug, page: 1 })}
        aria-current={isCurrent ? 'page' : undefined}
        className={cn(
          'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm no-underline',
          depth ? 'pl-5' : 'font-medium',
          isCurrent ? 'bg-brand-50 font-semibold text-brand-800 ring-1 ring-brand-100' : 'text-slate-700 hover:bg-slate-100',
        )}
      >
        <span>{label}</span>
        {count !== null ? <span className="text-xs tabular-nums text-slate-600">{count}</span> : null}
      </Link>
    );
  };
  return (
    <nav aria-label={t('categories')}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{t('categories')}</h2>
      <ul className="space-y-0.5">
        <li>{link(undefined, t('allCategories'), null, 0)}</li>
        {tree.roots.map((c) => (
          <li key={c.id}>
            {link(c.slug, c.name, c.itemCount, 0)}
            {tree.children[c.id]?.length ? (
              <ul className="mt-0.5 space-y-0.5">
                {tree.children[c.id].map((k) => (
                  <li key={k.id}>{link(k.slug, k.name, k.itemCount, 1)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
