import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicImage } from '@/components/content/public-image';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import type { Locale } from '@/lib/i18n/config';
import { listPublishedNews } from '@/lib/news/public';
import { alternatesFor, socialFor } from '@/lib/site/seo';

// Static; saving an article revalidates the `news` tag; scheduled articles appear within 10 minutes.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'articles.public' });
  const title = t('title');
  const description = t('description');
  return { title, description, alternates: await alternatesFor('/news', locale), ...(await socialFor({ path: '/news', locale, title, description })) };
}

export default async function NewsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const [first, second, t, ts, format] = await Promise.all([listPublishedNews(1), listPublishedNews(2), getTranslations('articles.public'), getTranslations('site'), getFormatter()]);
  const items = [...first.items, ...second.items];
  const [lead, ...rest] = items;
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { label: t('title') }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t('description')}</p>
      {!lead ? (
        <p className="mt-8 rounded-lg bg-white p-6 text-slate-700 ring-1 ring-slate-200">{t('empty')}</p>
      ) : (
        <>
          <article className="relative mt-8 grid overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 md:grid-cols-2">
            {lead.cover ? <PublicImage image={lead.cover} alt="" sizes="(min-width: 768px) 50vw, 100vw" priority className="h-full w-full object-cover" /> : <div aria-hidden className="min-h-48 bg-gradient-to-br from-brand-600 to-brand-900" />}
            <div className="flex flex-col gap-3 p-6">
              <time dateTime={lead.publishedAt} className="text-sm font-medium text-slate-600">
                {format.dateTime(new Date(lead.publishedAt), { dateStyle: 'long' })}
              </time>
              <h2 className="text-2xl font-semibold leading-snug">
                <Link href={`/news/${lead.slug}`} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
                  {lead.title}
                </Link>
              </h2>
              <p className="text-slate-700">{lead.excerpt}</p>
              <span className="mt-auto text-sm font-medium text-brand-700">{t('readMore')}</span>
            </div>
          </article>
          {rest.length ? (
            <ul className="mt-8 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
              {rest.map((n) => (
                <li key={n.id}>
                  <article className="relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
                    {n.cover ? (
                      <div className="aspect-video overflow-hidden bg-slate-100">
                        <PublicImage image={n.cover} alt="" sizes="(min-width: 1024px) 400px, (min-width: 768px) 50vw, 100vw" className="h-full w-full object-cover" />
                      </div>
                    ) : null}
                    <div className="flex flex-1 flex-col gap-2 p-4">
                      <time dateTime={n.publishedAt} className="text-xs font-medium text-slate-600">
                        {format.dateTime(new Date(n.publishedAt), { dateStyle: 'long' })}
                      </time>
                      <h2 className="font-semibold leading-snug">
                        <Link href={`/news/${n.slug}`} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
                          {n.title}
                        </Link>
                      </h2>
                      {n.excerpt ? <p className="line-clamp-3 text-sm text-slate-700">{n.excerpt}</p> : null}
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
