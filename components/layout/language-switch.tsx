import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { LanguageSwitchButtons } from './language-switch-buttons';

/** Sets the language cookie (and the profile language when signed in), then reloads in that language. */
export async function LanguageSwitch({ className }: { className?: string }) {
  const t = await getTranslations('common');
  const current = (await getLocale()) as Locale;
  const titles = Object.fromEntries(LOCALES.map((l) => [l, t(`languages.${l}`)])) as Record<Locale, string>;
  return <LanguageSwitchButtons className={className} current={current} label={t('language')} titles={titles} />;
}
