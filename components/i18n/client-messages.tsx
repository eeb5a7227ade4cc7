import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { namespacesFor, pickMessages, type ClientMessagesSection } from '@/lib/i18n/pick-messages';

/** The message catalogs this part of the app's client components use (lib/i18n/pick-messages.ts). */
export async function ClientMessages({ section, children }: { section: 'staff' | 'account' | ClientMessagesSection; children: ReactNode }) {
  const messages = await pickMessages(namespacesFor(section));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
