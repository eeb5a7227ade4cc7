import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ItemGrid } from '@/components/catalog/item-card';
import { SearchBox } from '@/components/catalog/search-box';
import { ContactDetails } from '@/components/public/contact-details';
import { JsonLd } from '@/components/public/json-ld';
import { NewsCards } from '@/components/public/news-cards';
import { PromoCards } from '@/components/public/promo-cards';
import { SocialLinks } from '@/components/public/social-links';
import { buttonClass } from '@/components/ui/button';
import { getCategoryTree, getFeaturedItems } from '@/lib/catalog/public';
import { whatsappLink } from '@/lib/format/phone';
import type { Locale } from '@/lib/i18n/config';
import { listLatestNews } from '@/lib/news/public';
import { listActivePublicPromos } from '@/lib/promos/public';
import { getSettings } from '@/lib/settings/store';
import { absoluteUrl, alternatesFor, describe, socialFor } from '@/lib/site/seo';

// Static per language. Settings, catalog, promo and news saves revalidate their tags; the short
// revalidate lets a promo appear and end on time without anyone saving anything.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const { company } = await getSettings();
  const t = await getTranslations({ locale, namespace: 'seo' });
  const title = company.tagline ? `${company.name} — ${company.tagline}` : company.name;
  const description = describe(company.about || t('homeDescription', { company: company.name }));
  return {
    title: { absolute: title },
    description,
    alternates: await alternatesFor('/', locale),
    ...(await socialFor({ path: '/', locale, title, description })),
  };
}

function SectionHeading({ id, title, href, linkLabel }: { id: string; title: string; href?: string; linkLabel?: string }) {
  return (
    <div className="mb-5 flex items-end justify-between gap-4">
      <h2 id={id} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {href && linkLabel ? (
        <Link href={href} className="shrink-0 text-sm font-semibold">
          {linkLabel} <span aria-hidden>→</span>
        </Link>
      ) : null}
    </div>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  const { company, modules } = settings;
  const [t, promos, news, goods, services, tree] = await Promise.all([
    getTranslations('site.home'),
    modules.promos ? listActivePublicPromos(3) : Promise.resolve([]),
    listLatestNews(3),
    modules.catalog ? getFeaturedItems('good', 8) : Promise.resolve([]),
    modules.catalog ? getFeaturedItems('service', 4) : Promise.resolve([]),
    modules.catalog ? getCategoryTree() : Promise.resolve(null),
  ]);
  const org = {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: company.name,
    url: absoluteUrl('/'),
    ...(company.about ? { description: company.about.slice(0, 500) } : {}),
    ...(company.phone ? { telephone: company.phone } : {}),
    ...(company.email ? { email: company.email } : {}),
    ...(company.address ? { address: { '@type': 'PostalAddress', streetAddress: company.address, addressLocality: company.city, addressCountry: 'ID' } } : {}),
    ...(company.mapUrl ? { hasMap: company.mapUrl } : {}),
    sameAs: [company.instagram, company.facebook, company.youtube, company.tiktok].filter(Boolean),
  };

  return (
    <>
      <JsonLd data={org} />
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-900 via-brand-800 to-brand-700 text-white">
        <div aria-hidden className="pointer-events-none absolute -right-24 -top-24 size-96 rounded-full bg-white/5" />
        <div aria-hidden className="pointer-events-none absolute -bottom-32 left-1/3 size-80 rounded-full bg-white/5" />
        <div className="relative mx-auto max-w-7xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-100">{t('eyebrow')}</p>
          <h1 className="mt-3 max-w-3xl text-3xl font-bold tracking-tight text-white sm:text-5xl">{company.name}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{company.tagline || t('heroFallback')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {modules.catalog ? (
              <Link href="/catalog" className="inline-flex items-center rounded-md bg-white px-5 py-2.5 text-sm font-semibold text-brand-900 no-underline hover:bg-brand-50">
                {t('ctaCatalog')}
              </Link>
            ) : null}
            {company.whatsapp ? (
              <a
                href={whatsappLink(company.whatsapp, t('whatsappHello'))}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center rounded-md px-5 py-2.5 text-sm font-semibold text-white no-underline ring-1 ring-white/70 hover:bg-white/10"
              >
                {t('ctaWhatsapp')}
              </a>
            ) : null}
            {modules.isp ? (
              <Link href="/internet" className="inline-flex items-center rounded-md px-5 py-2.5 text-sm font-semibold text-white no-underline ring-1 ring-white/70 hover:bg-white/10">
                {t('ctaInternet')}
              </Link>
            ) : null}
          </div>
          {modules.catalog ? (
            <div className="mt-8 max-w-xl rounded-lg bg-white/10 p-2 ring-1 ring-white/20">
              <SearchBox id="home-q" large />
            </div>
          ) : null}
        </div>
      </section>

      {promos.length ? (
        <section aria-labelledby="promos-heading" className="mx-auto max-w-7xl px-4 pt-12">
          <SectionHeading id="promos-heading" title={t('promos')} href="/promos" linkLabel={t('allPromos')} />
          <PromoCards promos={promos} />
        </section>
      ) : null}

      {tree?.roots.length ? (
        <section aria-labelledby="categories-heading" className="mx-auto max-w-7xl px-4 pt-12">
          <SectionHeading id="categories-heading" title={t('categories')} href="/catalog" linkLabel={t('allProducts')} />
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
            {tree.roots.map((c) => (
              <li key={c.id}>
                <Link href={`/catalog/${c.slug}`} className="flex h-full flex-col rounded-xl bg-white p-4 no-underline shadow-sm ring-1 ring-slate-200 hover:ring-brand-700">
                  <span className="font-semibold text-slate-900">{c.name}</span>
                  <span className="mt-1 text-xs text-slate-600">{t('itemCount', { count: c.itemCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {goods.length ? (
        <section aria-labelledby="products-heading" className="mx-auto max-w-7xl px-4 pt-12">
          <SectionHeading id="products-heading" title={t('featuredProducts')} href="/catalog/search?kind=good" linkLabel={t('allProducts')} />
          <ItemGrid items={goods} />
        </section>
      ) : null}

      {services.length ? (
        <section aria-labelledby="services-heading" className="mx-auto max-w-7xl px-4 pt-12">
          <SectionHeading id="services-heading" title={t('featuredServices')} href="/catalog/search?kind=service" linkLabel={t('allServices')} />
          <ItemGrid items={services} />
        </section>
      ) : null}

      <section aria-labelledby="about-heading" className="mx-auto mt-12 max-w-7xl px-4">
        <div className="grid gap-8 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-10 lg:grid-cols-5">
          <div className="lg:col-span-3">
            <h2 id="about-heading" className="text-2xl font-bold tracking-tight">
              {t('about')}
            </h2>
            {company.about ? <p className="mt-3 whitespace-pre-line leading-7 text-slate-700">{company.about}</p> : null}
            {company.vision ? (
              <>
                <h3 className="mt-6 text-lg font-semibold">{t('vision')}</h3>
                <p className="mt-2 leading-7 text-slate-700">{company.vision}</p>
              </>
            ) : null}
            <Link href="/about" className={`${buttonClass('secondary')} mt-6`}>
              {t('moreAbout')}
            </Link>
            <SocialLinks company={company} className="mt-6 flex flex-wrap gap-4 text-sm" />
          </div>
          <div className="lg:col-span-2">
            <ContactDetails settings={settings} headingLevel={3} />
          </div>
        </div>
      </section>

      {news.length ? (
        <section aria-labelledby="news-heading" className="mx-auto max-w-7xl px-4 pt-12">
          <SectionHeading id="news-heading" title={t('news')} href="/news" linkLabel={t('allNews')} />
          <NewsCards news={news} />
        </section>
      ) : null}
    </>
  );
}
