import type { MetadataRoute } from 'next';
import { getCategoryTree, listSitemapItems } from '@/lib/catalog/public';
import { LOCALES } from '@/lib/i18n/config';
import { listStaticPages } from '@/lib/content/public';
import { listPublishedNewsSlugs } from '@/lib/news/public';
import { listPublicPromoSlugs } from '@/lib/promos/public';
import { getSettings } from '@/lib/settings/store';
import { localizedUrl } from '@/lib/site/seo';

// Rebuilt at most hourly, and whenever the catalog, promo, news or settings tags are revalidated.
export const revalidate = 3600;

type Entry = { path: string; lastModified?: string; changeFrequency?: MetadataRoute.Sitemap[number]['changeFrequency']; priority?: number };

/** Every public page in the business default language, with its other-language URL as an alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const settings = await getSettings();
  const { modules } = settings;
  const def = settings.regional.defaultLocale;
  const entries: Entry[] = [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    { path: '/about', changeFrequency: 'monthly', priority: 0.5 },
    { path: '/contact', changeFrequency: 'monthly', priority: 0.5 },
    { path: '/news', changeFrequency: 'daily', priority: 0.6 },
  ];
  if (modules.catalog) {
    const [tree, items] = await Promise.all([getCategoryTree(), listSitemapItems()]);
    entries.push({ path: '/catalog', changeFrequency: 'daily', priority: 0.9 });
    for (const c of tree.all) entries.push({ path: `/catalog/${c.slug}`, changeFrequency: 'daily', priority: 0.7 });
    for (const i of items) entries.push({ path: `/products/${i.slug}`, lastModified: i.updatedAt, changeFrequency: 'weekly', priority: 0.8 });
  }
  if (modules.promos) {
    entries.push({ path: '/promos', changeFrequency: 'daily', priority: 0.7 });
    for (const p of await listPublicPromoSlugs()) entries.push({ path: `/promos/${p.slug}`, lastModified: p.updatedAt, changeFrequency: 'weekly', priority: 0.6 });
  }
  for (const n of await listPublishedNewsSlugs()) entries.push({ path: `/news/${n.slug}`, lastModified: n.updatedAt, changeFrequency: 'monthly', priority: 0.5 });
  if (modules.isp) {
    entries.push({ path: '/internet', changeFrequency: 'weekly', priority: 0.8 });
    entries.push({ path: '/coverage', changeFrequency: 'weekly', priority: 0.6 });
  }
  for (const p of await listStaticPages()) entries.push({ path: `/pages/${p.slug}`, lastModified: p.updatedAt, changeFrequency: 'monthly', priority: 0.4 });
  return entries.map((e) => ({
    url: localizedUrl(e.path, def, def),
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
    changeFrequency: e.changeFrequency,
    priority: e.priority,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, localizedUrl(e.path, l, def)])) },
  }));
}
