import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicImage } from '@/components/content/public-image';
import { PromoOffer } from '@/components/promos/promo-offer';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';
import type { Locale } from '@/lib/i18n/config';
import { imageSources } from '@/lib/media/constants';
import { getPublicPromo } from '@/lib/promos/public';
import { getSettings } from '@/lib/settings/store';
import { absoluteUrl, alternatesFor, describe, socialFor } from '@/lib/site/seo';

// Rendered on the first visit, then cached; a promo save revalidates `promos`; the window is
// re-checked every 5 minutes, so an ended promo turns into a 404 on time.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const promo = await getPublicPromo(slug);
  if (!promo) return {};
  const path = `/promos/${promo.slug}`;
  const description = describe(promo.summary || promo.title);
  const img = promo.banner ? imageSources(promo.banner.variants, 1280) : null;
  return {
    title: promo.title,
    description,
    alternates: await alternatesFor(path, locale as Locale),
    ...(await socialFor({ path, locale: locale as Locale, title: promo.title, description, images: img ? [{ url: absoluteUrl(img.src), alt: promo.title }] : undefined })),
  };
}

export default async function PromoPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  // Promotions switched off in settings: no promo pages.
  if (!(await getSettings()).modules.promos) notFound();
  const promo = await getPublicPromo(slug);
  if (!promo) notFound();
  const [t, ts, format] = await Promise.all([getTranslations('promos.public'), getTranslations('site'), getFormatter()]);
  return (
    <article className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { href: '/promos', label: t('title') }, { label: promo.title }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight sm:text-4xl">{promo.title}</h1>
      <p className="mt-2 text-slate-600">
        {t('period', { period: format.dateTimeRange(new Date(promo.startsAt), new Date(promo.endsAt), { dateStyle: 'long' }) })}
      </p>
      {promo.banner ? (
        <div className="mt-6 overflow-hidden rounded-xl bg-slate-100">
          <PublicImage image={promo.banner} sizes="(min-width: 896px) 896px, 100vw" priority className="w-full object-cover" />
        </div>
      ) : null}
      <div className="mt-6">
        <PromoOffer promo={promo} />
      </div>
      <RichText html={promo.body} className="mt-6" />
      {promo.terms ? (
        <section className="mt-8 rounded-lg bg-slate-50 p-5 ring-1 ring-slate-200">
          <h2 className="text-lg font-semibold">{t('terms')}</h2>
          <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{promo.terms}</p>
        </section>
      ) : null}
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/contact" className={buttonClass('primary')}>
          {t('ask')}
        </Link>
        <Link href="/promos" className={buttonClass('secondary')}>
          {t('allPromos')}
        </Link>
      </div>
    </article>
  );
}
