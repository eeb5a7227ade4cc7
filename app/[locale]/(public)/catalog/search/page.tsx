import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogView } from '@/components/catalog/catalog-view';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { categoryPath, effectiveSort, getCategoryTree, searchCatalog } from '@/lib/catalog/public';
import { listingSchema } from '@/lib/catalog/schemas';
import type { Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { alternatesFor } from '@/lib/site/seo';

// Search and filters: rendered per request (the query string decides), never indexed; the canonical
// URL is the catalog itself.
export async function generateMetadata({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const q = firstParam((await searchParams).q)?.slice(0, 80);
  const t = await getTranslations({ locale, namespace: 'seo' });
  return {
    title: q ? t('searchTitleFor', { q }) : t('searchTitle'),
    robots: { index: false, follow: true },
    alternates: { canonical: (await alternatesFor('/catalog', locale)).canonical },
  };
}

export default async function CatalogSearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  if (!settings.modules.catalog) notFound();
  const sp = await searchParams;
  // Unknown, malformed or oversized values fall back to defaults (S25): nothing here reaches SQL as text.
  const p = listingSchema.parse({
    q: firstParam(sp.q),
    category: firstParam(sp.category),
    kind: firstParam(sp.kind),
    min: firstParam(sp.min),
    max: firstParam(sp.max),
    stock: firstParam(sp.stock),
    sort: firstParam(sp.sort),
    page: firstParam(sp.page),
  });
  const [tree, result] = await Promise.all([getCategoryTree(), searchCatalog(p)]);
  const t = await getTranslations('catalog.public');
  const ts = await getTranslations('site');
  const crumbs = [
    { href: '/', label: ts('nav.home') },
    { href: '/catalog', label: ts('nav.catalog') },
    ...(result.category ? categoryPath(tree, result.category.id).map((c) => ({ href: `/catalog/${c.slug}`, label: c.name })) : []),
    { label: p.q ? t('searchHeading') : t('filteredHeading') },
  ];
  return (
    <CatalogView
      title={p.q ? t('searchTitle', { q: p.q }) : (result.category?.name ?? t('title'))}
      crumbs={crumbs}
      tree={tree}
      category={result.category}
      listing={result}
      state={{ q: p.q, category: result.category?.slug, kind: p.kind, min: p.min, max: p.max, stock: p.stock, sort: p.sort }}
      sort={effectiveSort(p)}
      searching
    />
  );
}
