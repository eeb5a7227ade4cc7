import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { getSettings } from '@/lib/settings/store';
import { BASE_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/pick-messages';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { company } = await getSettings();
  const messages = await pickMessages([...BASE_CLIENT_NAMESPACES, 'auth']);
  return (
    <NextIntlClientProvider messages={messages}>
      <div className="flex min-h-dvh flex-col">
        <header data-shell className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
              {company.name}
            </Link>
            <LanguageSwitch className="flex gap-1" />
          </div>
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:py-16">
          <div className="w-full max-w-md">{children}</div>
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
