import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { ContactDetails } from '@/components/public/contact-details';
import { Locations } from '@/components/public/locations';
import { SocialLinks } from '@/components/public/social-links';
import { buttonClass } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { listPublicLocations } from '@/lib/site/public';
import { alternatesFor, describe, socialFor } from '@/lib/site/seo';

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'seo' });
  const { company } = await getSettings();
  const title = t('aboutTitle');
  const description = describe(company.about || t('aboutDescription', { company: company.name }));
  return { title, description, alternates: await alternatesFor('/about', locale), ...(await socialFor({ path: '/about', locale, title, description })) };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  const { company } = settings;
  const [t, ts, locations] = await Promise.all([getTranslations('site.about'), getTranslations('site'), listPublicLocations()]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { label: ts('nav.about') }]} />
      <div className="mt-6 grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h1 className="text-3xl font-bold tracking-tight">{t('title', { company: company.name })}</h1>
          {company.tagline ? <p className="mt-2 text-lg text-slate-700">{company.tagline}</p> : null}
          {company.about ? <p className="mt-6 whitespace-pre-line leading-7 text-slate-800">{company.about}</p> : <p className="mt-6 text-slate-600">{t('noProfile')}</p>}
          {company.vision ? (
            <section aria-labelledby="vision-heading" className="mt-10 rounded-xl border-l-4 border-brand-700 bg-white p-6 shadow-sm">
              <h2 id="vision-heading" className="text-xl font-semibold">
                {t('vision')}
              </h2>
              <p className="mt-2 leading-7 text-slate-800">{company.vision}</p>
            </section>
          ) : null}
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/contact" className={buttonClass('primary')}>
              {t('contactUs')}
            </Link>
            {settings.modules.catalog ? (
              <Link href="/catalog" className={buttonClass('secondary')}>
                {t('seeCatalog')}
              </Link>
            ) : null}
          </div>
          <SocialLinks company={company} className="mt-6 flex flex-wrap gap-4 text-sm" />
        </div>
        <aside>
          <ContactDetails settings={settings} />
        </aside>
      </div>
      {locations.length ? (
        <section aria-labelledby="locations-heading" className="mt-12">
          <h2 id="locations-heading" className="text-2xl font-bold tracking-tight">
            {t('locations')}
          </h2>
          <p className="mt-1 mb-5 text-slate-700">{t('locationsIntro')}</p>
          <Locations locations={locations} />
        </section>
      ) : null}
    </div>
  );
}
