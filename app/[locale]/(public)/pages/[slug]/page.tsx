import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { RichText } from '@/components/ui/rich-text';
import { getStaticPage } from '@/lib/content/public';
import type { Locale } from '@/lib/i18n/config';
import { richTextToPlain } from '@/lib/sanitize/html';
import { alternatesFor, describe, socialFor } from '@/lib/site/seo';

// Rendered on the first visit, then cached until an admin saves the page (tags `pages`, `pages:<slug>`).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await getStaticPage(slug);
  if (!page) return {};
  const path = `/pages/${page.slug}`;
  const description = describe(richTextToPlain(page.body, 300) || page.title);
  return { title: page.title, description, alternates: await alternatesFor(path, locale as Locale), ...(await socialFor({ path, locale: locale as Locale, title: page.title, description })) };
}

export default async function StaticPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const page = await getStaticPage(slug);
  if (!page) notFound();
  const [t, ts, format] = await Promise.all([getTranslations('pages.public'), getTranslations('site'), getFormatter()]);
  return (
    <article className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { label: page.title }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight">{page.title}</h1>
      <p className="mt-1 text-sm text-slate-500">{t('updated', { date: format.dateTime(new Date(page.updatedAt), { dateStyle: 'long' }) })}</p>
      <RichText html={page.body} className="mt-6" />
    </article>
  );
}
