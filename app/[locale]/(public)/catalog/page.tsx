import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogView } from '@/components/catalog/catalog-view';
import { getCategoryTree, getDefaultListing } from '@/lib/catalog/public';
import type { Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { alternatesFor, socialFor } from '@/lib/site/seo';

// Static per language; staff changes revalidate the `catalog` tag, so new items show without a rebuild.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'seo' });
  const { company } = await getSettings();
  const title = t('catalogTitle');
  const description = t('catalogDescription', { company: company.name });
  return { title, description, alternates: await alternatesFor('/catalog', locale), ...(await socialFor({ path: '/catalog', locale, title, description })) };
}

export default async function CatalogPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  if (!settings.modules.catalog) notFound();
  const [tree, listing] = await Promise.all([getCategoryTree(), getDefaultListing(null)]);
  const t = await getTranslations('catalog.public');
  const ts = await getTranslations('site');
  return (
    <CatalogView
      title={t('title')}
      intro={t('intro')}
      crumbs={[{ href: '/', label: ts('nav.home') }, { label: ts('nav.catalog') }]}
      tree={tree}
      category={null}
      listing={listing}
      state={{}}
      sort="default"
      searching={false}
    />
  );
}
