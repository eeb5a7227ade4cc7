import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicImage } from '@/components/content/public-image';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import type { Locale } from '@/lib/i18n/config';
import { imageSources } from '@/lib/media/constants';
import { getPublishedArticle, listLatestNews } from '@/lib/news/public';
import { absoluteUrl, alternatesFor, describe, socialFor } from '@/lib/site/seo';
import { RichText } from '@/components/ui/rich-text';

export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const a = await getPublishedArticle(slug);
  if (!a) return {};
  const path = `/news/${a.slug}`;
  const description = describe(a.excerpt || a.title);
  const img = a.cover ? imageSources(a.cover.variants, 1280) : null;
  return {
    title: a.title,
    description,
    alternates: await alternatesFor(path, locale as Locale),
    ...(await socialFor({ path, locale: locale as Locale, title: a.title, description, type: 'article', images: img ? [{ url: absoluteUrl(img.src), alt: a.title }] : undefined })),
  };
}

export default async function ArticlePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const a = await getPublishedArticle(slug);
  if (!a) notFound();
  const [latest, t, ts, format] = await Promise.all([listLatestNews(4), getTranslations('articles.public'), getTranslations('site'), getFormatter()]);
  const more = latest.filter((n) => n.id !== a.id).slice(0, 3);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { href: '/news', label: t('title') }, { label: a.title }]} />
      <article>
        <h1 className="mt-6 text-3xl font-bold tracking-tight sm:text-4xl">{a.title}</h1>
        <time dateTime={a.publishedAt} className="mt-2 block text-slate-600">
          {format.dateTime(new Date(a.publishedAt), { dateStyle: 'long' })}
        </time>
        {a.cover ? (
          <div className="mt-6 overflow-hidden rounded-xl bg-slate-100">
            <PublicImage image={a.cover} sizes="(min-width: 768px) 768px, 100vw" priority className="w-full object-cover" />
          </div>
        ) : null}
        {a.excerpt ? <p className="mt-6 text-lg text-slate-700">{a.excerpt}</p> : null}
        <RichText html={a.body} className="mt-4" />
      </article>
      {more.length ? (
        <aside className="mt-12 border-t border-slate-200 pt-6" aria-labelledby="more-news">
          <h2 id="more-news" className="text-lg font-semibold">
            {t('more')}
          </h2>
          <ul className="mt-3 space-y-2">
            {more.map((n) => (
              <li key={n.id}>
                <Link href={`/news/${n.slug}`}>{n.title}</Link>
                <span className="text-sm text-slate-500"> · {format.dateTime(new Date(n.publishedAt), { dateStyle: 'medium' })}</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
