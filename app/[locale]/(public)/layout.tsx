import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { PublicFooter } from '@/components/layout/public-footer';
import { PublicHeader } from '@/components/layout/public-header';
import { getSettings } from '@/lib/settings/store';

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const settings = await getSettings();
  return (
    <>
      <PublicHeader company={settings.company.name} />
      <main id="main">{children}</main>
      <PublicFooter settings={settings} />
    </>
  );
}
