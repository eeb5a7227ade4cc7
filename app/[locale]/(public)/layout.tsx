import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { PublicFooter } from '@/components/layout/public-footer';
import { PublicHeader } from '@/components/layout/public-header';
import { getSettings } from '@/lib/settings/store';

// The public shell. There is no NextIntlClientProvider above it: the header's language switch gets
// its texts as props, and a public page whose client form needs texts wraps that form in its own
// provider with just its catalogs (e.g. components/inquiries/consultation.tsx), so every other public
// page ships neither message catalogs nor next-intl's client code.
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
