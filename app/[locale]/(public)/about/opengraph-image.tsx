import { getTranslations } from 'next-intl/server';
import { siteCard } from '@/components/public/site-og';

// A page's own openGraph metadata replaces the inherited image, so each public section names its card.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 3600;

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site.nav' });
  return siteCard(locale, t('about'));
}
