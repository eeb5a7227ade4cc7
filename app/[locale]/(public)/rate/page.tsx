import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { RateForm } from '@/components/ratings/rate-form';
import { Alert, Card } from '@/components/ui/card';
import { clientMessages } from '@/lib/i18n/pick-messages';
import { getRatingLink } from '@/lib/ratings/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rating');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * The page behind the e-mailed rating link. GET only shows the form (mail scanners open links); the
 * token is consumed when the customer submits (C9). next.config sends Referrer-Policy: no-referrer here.
 */
export default async function RatePage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);
  const link = await getRatingLink(token);
  const t = await getTranslations('rating');
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">{t('title')}</h1>
      {link.state === 'valid' ? (
        <Card>
          <p className="text-sm text-slate-600">{t('ticketLabel')}</p>
          <p className="font-semibold">{link.number}</p>
          <p className="mb-5 break-words text-slate-800">{link.summary}</p>
          {/* Public pages only ship the shared catalogs to the browser: the form brings its own texts. */}
          <NextIntlClientProvider messages={await clientMessages(['rating'])}>
            <RateForm token={token!} />
          </NextIntlClientProvider>
        </Card>
      ) : (
        <div className="space-y-4">
          <Alert tone="warning">
            <p className="font-medium">{t(`link.${link.state}.title`)}</p>
            <p>{t(`link.${link.state}.body`)}</p>
          </Alert>
          <Link href="/account">{t('toAccount')}</Link>
        </div>
      )}
    </div>
  );
}
