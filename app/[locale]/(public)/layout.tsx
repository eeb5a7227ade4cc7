import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { PublicFooter } from '@/components/layout/public-footer';
import { PublicHeader } from '@/components/layout/public-header';
import { getSettings } from '@/lib/settings/store';

// The public shell. The root layout hands client components only the shared message catalogs
// (lib/i18n/pick-messages.ts); a public page whose client form needs more wraps that form in its own
// NextIntlClientProvider (e.g. components/inquiries/consultation.tsx), so every other public page
// ships no extra text.
export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  return (
    <>
      <PublicHeader settings={settings} />
      <main id="main">{children}</main>
      <PublicFooter settings={settings} />
    </>
  );
}
