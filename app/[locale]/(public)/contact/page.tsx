import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Consultation } from '@/components/inquiries/consultation';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { ContactDetails } from '@/components/public/contact-details';
import type { Locale } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { alternatesFor, socialFor } from '@/lib/site/seo';

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'seo' });
  const { company } = await getSettings();
  const title = t('contactTitle');
  const description = t('contactDescription', { company: company.name });
  return { title, description, alternates: await alternatesFor('/contact', locale), ...(await socialFor({ path: '/contact', locale, title, description })) };
}

export default async function ContactPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  const [t, ts] = await Promise.all([getTranslations('site.contact'), getTranslations('site')]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { label: ts('nav.contact') }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t('intro')}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-5">
        {/* The form brings its own heading and introduction. */}
        <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8 lg:col-span-3">
          <Consultation />
        </div>
        <aside className="lg:col-span-2">
          <ContactDetails settings={settings} />
        </aside>
      </div>
    </div>
  );
}
