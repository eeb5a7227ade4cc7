import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { UnsubscribeForm } from '@/components/promos/unsubscribe-form';
import { type SearchParams, firstParam } from '@/components/admin/search-params';
import { clientMessages } from '@/lib/i18n/pick-messages';

// The link carries a signed token: keep it out of Referer headers and search engines (C9).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('unsubscribe');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/** GET only shows the question (mail scanners follow links); the button POSTs the opt-out. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  setRequestLocale((await params).locale);
  const token = (firstParam((await searchParams).t) ?? '').slice(0, 200);
  const t = await getTranslations('unsubscribe');
  const messages = await clientMessages(['unsubscribe']);
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <div className="mt-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        {token ? (
          <NextIntlClientProvider messages={messages}>
            <UnsubscribeForm token={token} />
          </NextIntlClientProvider>
        ) : (
          <p className="text-slate-700">{t('missing')}</p>
        )}
      </div>
    </div>
  );
}
