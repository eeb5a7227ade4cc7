'use client';
import { createContext, useContext, type ReactNode } from 'react';

export type ErrorTexts = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The error page's three texts, handed down by the root layout. app/[locale]/error.tsx renders outside
 * every area's NextIntlClientProvider, and the public pages have none at all (next-intl's client
 * runtime, about 12 KB gzipped, stays off them), so it reads its texts from here instead.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  // The root layout always provides them; empty texts only if a page were rendered without it.
  return useContext(ErrorTextsContext) ?? { title: '', body: '', retry: '' };
}
