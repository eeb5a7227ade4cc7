import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { formatIdPhone, whatsappLink } from '@/lib/format/phone';
import { getSettings } from '@/lib/settings/store';

// Static per language; revalidated when settings change (tag "settings").
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('public');
  const tn = await getTranslations('nav');
  const { company } = await getSettings();
  return (
    <>
      <section className="bg-gradient-to-br from-brand-800 to-brand-600 text-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-white sm:text-5xl">{company.name}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{company.tagline || t('heroFallback')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {company.whatsapp ? (
              <a href={whatsappLink(company.whatsapp)} target="_blank" rel="noopener noreferrer" className={buttonClass('secondary')}>
                {t('whatsappChat')}
              </a>
            ) : null}
            <Link href="/login" className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/70 no-underline hover:bg-white/10">
              {tn('login')}
            </Link>
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 md:grid-cols-3">
        <section className="md:col-span-2">
          <h2 className="text-2xl font-semibold">{t('about')}</h2>
          <p className="mt-3 whitespace-pre-line leading-7 text-slate-700">{company.about}</p>
          {company.vision ? (
            <>
              <h2 className="mt-8 text-xl font-semibold">{t('vision')}</h2>
              <p className="mt-2 leading-7 text-slate-700">{company.vision}</p>
            </>
          ) : null}
        </section>
        <aside className="space-y-4">
          <div className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-lg font-semibold">{t('contact')}</h2>
            <dl className="mt-3 space-y-2 text-sm">
              {company.address ? (
                <div>
                  <dt className="font-medium text-slate-500">{t('address')}</dt>
                  <dd>
                    {company.address}
                    {company.city ? `, ${company.city}` : ''}
                  </dd>
                </div>
              ) : null}
              {company.phone ? (
                <div>
                  <dt className="font-medium text-slate-500">{t('phone')}</dt>
                  <dd>
                    <a href={`tel:${company.phone}`}>{formatIdPhone(company.phone)}</a>
                  </dd>
                </div>
              ) : null}
              {company.email ? (
                <div>
                  <dt className="font-medium text-slate-500">{t('email')}</dt>
                  <dd>
                    <a href={`mailto:${company.email}`}>{company.email}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </div>
          <div className="rounded-lg bg-brand-50 p-5 ring-1 ring-brand-100">
            <h2 className="text-lg font-semibold">{t('memberCta')}</h2>
            <p className="mt-2 text-sm text-slate-700">{t('memberCtaBody')}</p>
            <Link href="/login" className={`${buttonClass('primary', 'sm')} mt-4`}>
              {tn('login')}
            </Link>
          </div>
        </aside>
      </div>
    </>
  );
}
