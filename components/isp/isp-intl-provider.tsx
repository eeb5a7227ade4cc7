import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { clientMessages } from '@/lib/i18n/pick-messages';

/**
 * Public pages ship only the shared catalogs to the browser (app/[locale]/layout.tsx); the coverage
 * check and the sign-up form also need their own texts, and only those parts of `isp`.
 */
export async function IspIntlProvider({ parts, children }: { parts: Array<'coverage' | 'signup' | 'nik' | 'plans'>; children: ReactNode }) {
  const messages = await clientMessages(parts.map((p) => `isp.${p}`));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
