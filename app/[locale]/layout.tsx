import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isLocale, LOCALES } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/store';
import { env } from '@/lib/env';
import { ErrorTextsProvider } from '@/components/layout/error-texts';
import '../globals.css';

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const company = (await getSettings()).company;
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: company.name, template: `%s · ${company.name}` },
    description: company.tagline || company.about.slice(0, 160) || undefined,
    applicationName: 'Relasi',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  const te = await getTranslations('errors');
  // No NextIntlClientProvider here: the signed-in areas and the auth pages have their own, and so has
  // every client form on a public page (with just its catalogs), so the public pages load none of
  // next-intl's client code. The error page, which renders outside all of them, gets its texts here.
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t('skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ title: te('errorTitle'), body: te('errorBody'), retry: te('tryAgain') }}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
