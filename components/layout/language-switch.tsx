'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { switchLanguage } from '@/lib/accounts/actions';
import { LOCALES, type Locale } from '@/lib/i18n/config';

/** Sets the language cookie (and the profile language when signed in), then reloads in that language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations('common');
  const current = useLocale();
  const [pending, start] = useTransition();
  return (
    <div className={className} role="group" aria-label={t('language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          disabled={pending}
          aria-pressed={current === l}
          onClick={() =>
            start(async () => {
              if (l === current) return;
              const r = await switchLanguage({ locale: l as Locale });
              if (!r.ok) return;
              // An explicit ?hl= (the hreflang URLs) would override the new cookie: drop it.
              const url = new URL(window.location.href);
              if (url.searchParams.has('hl')) {
                url.searchParams.delete('hl');
                window.location.replace(url.toString());
              } else window.location.reload();
            })
          }
          className={
            current === l
              ? 'rounded px-2 py-1 text-xs font-semibold uppercase text-white bg-brand-700'
              : 'rounded px-2 py-1 text-xs font-semibold uppercase text-slate-600 hover:bg-slate-100'
          }
          title={t(`languages.${l}`)}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
