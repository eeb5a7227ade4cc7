import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PromoList } from '@/components/promos/promo-list';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { listActivePublicPromos } from '@/lib/promos/public';
import { getSettings } from '@/lib/settings/store';
import { alternatesFor, socialFor } from '@/lib/site/seo';

// Static; promo saves revalidate the `promos` tag, and the window is re-checked every 5 minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'promos.public' });
  const title = t('title');
  const description = t('description');
  return { title, description, alternates: await alternatesFor('/promos', locale), ...(await socialFor({ path: '/promos', locale, title, description })) };
}

export default async function PromosPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  // Promotions switched off in settings: no promo pages.
  if (!(await getSettings()).modules.promos) notFound();
  const [promos, t, ts] = await Promise.all([listActivePublicPromos(), getTranslations('promos.public'), getTranslations('site')]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <Breadcrumbs items={[{ href: '/', label: ts('nav.home') }, { label: t('title') }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t('description')}</p>
      <div className="mt-8">
        {promos.length ? (
          <PromoList promos={promos} href={(p) => `/promos/${p.slug}`} />
        ) : (
          <p className="rounded-lg bg-white p-6 text-slate-700 ring-1 ring-slate-200">{t('empty')}</p>
        )}
      </div>
      <section className="mt-10 rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100">
        <h2 className="text-lg font-semibold">{t('memberTitle')}</h2>
        <p className="mt-1 text-slate-700">{t('memberBody')}</p>
        <Link href="/account/promos" className={`${buttonClass('primary')} mt-4`}>
          {t('memberCta')}
        </Link>
      </section>
    </div>
  );
}
