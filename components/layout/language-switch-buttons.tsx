'use client';
import { useTransition } from 'react';
import { switchLanguage } from '@/lib/accounts/actions';
import { LOCALES, type Locale } from '@/lib/i18n/config';

/**
 * The language buttons. Their texts come as props from LanguageSwitch (a server component), so pages
 * without a NextIntlClientProvider — the public site — need no message catalog in the browser for them.
 */
export function LanguageSwitchButtons({ className, current, label, titles }: { className?: string; current: Locale; label: string; titles: Record<Locale, string> }) {
  const [pending, start] = useTransition();
  return (
    <div className={className} role="group" aria-label={label}>
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
          title={titles[l]}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
