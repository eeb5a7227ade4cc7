import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from './config';
import { getSettings } from '@/lib/settings/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schemas';

// The locale comes from the [locale] segment that proxy.ts rewrites to (profile → cookie → settings).
// The time zone is always set explicitly: the business zone from settings, never the server's.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  let timeZone = DEFAULT_SETTINGS.regional.timeZone as string;
  try {
    timeZone = (await getSettings()).regional.timeZone;
  } catch {
    // settings unreadable: keep the default zone rather than fail every page
  }
  return {
    locale,
    timeZone,
    messages: (await import(`../../messages/${locale}.json`)).default,
    formats: {
      dateTime: {
        short: { dateStyle: 'medium', timeStyle: 'short' },
        date: { dateStyle: 'long' },
      },
    },
  };
});
