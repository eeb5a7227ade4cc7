// Translations outside a React request (worker, e-mail templates, tests).
import { createTranslator } from 'next-intl';
import id from '@/messages/id.json';
import en from '@/messages/en.json';
import type { Locale } from './config';

export const catalogs = { id, en } as const;

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export function translatorFor(locale: Locale, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: catalogs[locale] as Record<string, unknown>, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
