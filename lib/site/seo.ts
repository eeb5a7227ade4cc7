// URLs for search engines: canonical, hreflang alternates and Open Graph basics. There is no locale
// prefix in our URLs (proxy.ts picks the language); `?hl=id|en` selects one explicitly, so each
// language has its own crawlable URL. The business default language gets the clean URL.
import 'server-only';
import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';

export const OG_LOCALES: Record<Locale, string> = { id: 'id_ID', en: 'en_US' };

export function absoluteUrl(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

/** The URL of `path` in `locale`: clean for the default language, `?hl=` for the other. */
export function localizedUrl(path: string, locale: Locale, defaultLocale: Locale): string {
  const url = new URL(path, env.APP_URL);
  if (locale !== defaultLocale) url.searchParams.set('hl', locale);
  return url.toString();
}

/** canonical + hreflang (id, en, x-default) for a public page. */
export async function alternatesFor(path: string, locale: Locale): Promise<NonNullable<Metadata['alternates']>> {
  const defaultLocale = (await getSettings()).regional.defaultLocale;
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localizedUrl(path, l, defaultLocale);
  languages['x-default'] = absoluteUrl(path);
  return { canonical: localizedUrl(path, locale, defaultLocale), languages };
}

/** Open Graph and Twitter card fields shared by the public pages. */
export async function socialFor(opts: {
  path: string;
  locale: Locale;
  title: string;
  description: string;
  type?: 'website' | 'article';
  images?: Array<{ url: string; width?: number; height?: number; alt?: string }>;
}): Promise<Pick<Metadata, 'openGraph' | 'twitter'>> {
  const settings = await getSettings();
  const url = localizedUrl(opts.path, opts.locale, settings.regional.defaultLocale);
  return {
    openGraph: {
      type: opts.type ?? 'website',
      url,
      siteName: settings.company.name,
      title: opts.title,
      description: opts.description,
      locale: OG_LOCALES[opts.locale],
      alternateLocale: LOCALES.filter((l) => l !== opts.locale).map((l) => OG_LOCALES[l]),
      ...(opts.images ? { images: opts.images } : {}),
    },
    twitter: { card: 'summary_large_image', title: opts.title, description: opts.description, ...(opts.images ? { images: opts.images.map((i) => i.url) } : {}) },
  };
}

/** A meta description: whitespace collapsed, cut at a word near 160 characters. */
export function describe(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).replace(/[\s,.;:–-]+$/, '')}…`;
}
