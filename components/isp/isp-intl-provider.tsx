import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { BASE_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/pick-messages';

/**
 * Public pages ship only the shared catalogs to the browser (app/[locale]/layout.tsx); the coverage
 * check and the sign-up form also need their own texts, and only those parts of `isp`.
 */
export async function IspIntlProvider({ parts, children }: { parts: Array<'coverage' | 'signup' | 'nik' | 'plans'>; children: ReactNode }) {
  const base = await pickMessages(BASE_CLIENT_NAMESPACES);
  const isp = ((await getMessages()) as { isp?: Record<string, unknown> }).isp ?? {};
  return <NextIntlClientProvider messages={{ ...base, isp: Object.fromEntries(parts.map((p) => [p, isp[p]])) }}>{children}</NextIntlClientProvider>;
}
