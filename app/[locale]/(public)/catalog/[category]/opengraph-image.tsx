import { siteCard } from '@/components/public/site-og';
import { getCategoryTree } from '@/lib/catalog/public';

// The category's share card: its name on the site card.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 3600;

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; category: string }> }) {
  const { locale, category } = await params;
  const found = (await getCategoryTree()).all.find((c) => c.slug === category);
  return siteCard(locale, found?.name);
}
