import { siteCard } from '@/components/public/site-og';

// The site's share card for the home page (company name and tagline), per language, cached like the page.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 3600;

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  return siteCard((await params).locale);
}
