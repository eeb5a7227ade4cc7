import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogView } from '@/components/catalog/catalog-view';
import { categoryPath, getCategoryTree, getDefaultListing } from '@/lib/catalog/public';
import type { Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { alternatesFor, describe, socialFor } from '@/lib/site/seo';

// Rendered on the first visit, then served from the cache until a staff change revalidates `catalog`.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(slug: string) {
  const tree = await getCategoryTree();
  const category = tree.all.find((c) => c.slug === slug) ?? null;
  return { tree, category };
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; category: string }> }): Promise<Metadata> {
  const { locale, category: slug } = await params;
  const { category } = await load(slug);
  if (!category) return {};
  const t = await getTranslations({ locale, namespace: 'seo' });
  const { company } = await getSettings();
  const title = category.name;
  const description = describe(category.description || t('categoryDescription', { category: category.name, company: company.name }));
  const path = `/catalog/${category.slug}`;
  return { title, description, alternates: await alternatesFor(path, locale as Locale), ...(await socialFor({ path, locale: locale as Locale, title, description })) };
}

export default async function CategoryPage({ params }: { params: Promise<{ locale: string; category: string }> }) {
  const { locale, category: slug } = await params;
  setRequestLocale(locale);
  const settings = await getSettings();
  if (!settings.modules.catalog) notFound();
  const { tree, category } = await load(slug);
  if (!category) notFound();
  const listing = await getDefaultListing(category.id);
  const ts = await getTranslations('site');
  const crumbs = [
    { href: '/', label: ts('nav.home') },
    { href: '/catalog', label: ts('nav.catalog') },
    ...categoryPath(tree, category.id).map((c) => ({ href: `/catalog/${c.slug}`, label: c.name })),
  ];
  return (
    <CatalogView
      title={category.name}
      intro={category.description || undefined}
      crumbs={crumbs}
      tree={tree}
      category={category}
      listing={listing}
      state={{ category: category.slug }}
      sort="default"
      searching={false}
    />
  );
}
