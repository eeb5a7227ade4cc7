import { getLocale, getTranslations } from 'next-intl/server';
import { formatIdPhone, whatsappLink } from '@/lib/format/phone';
import { zoneLabel } from '@/lib/format/date';
import type { AppSettings } from '@/lib/settings/schemas';

export async function PublicFooter({ settings }: { settings: AppSettings }) {
  const t = await getTranslations('public');
  const locale = await getLocale();
  const c = settings.company;
  const days = settings.hours.workingDays.map((d) => t(`days.${d}` as never)).join(', ');
  const socials = (['instagram', 'facebook', 'youtube', 'tiktok'] as const).filter((k) => c[k]);
  return (
    <footer data-shell className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{c.name}</p>
          {c.tagline ? <p className="mt-1">{c.tagline}</p> : null}
          {c.address ? (
            <address className="mt-3 not-italic">
              {c.address}
              {c.city ? `, ${c.city}` : ''}
            </address>
          ) : null}
          {c.mapUrl ? (
            <a className="mt-1 inline-block" href={c.mapUrl} target="_blank" rel="noopener noreferrer">
              {t('map')}
            </a>
          ) : null}
        </div>
        <div>
          <p className="font-semibold text-slate-900">{t('contact')}</p>
          <ul className="mt-2 space-y-1">
            {c.phone ? (
              <li>
                {t('phone')}: <a href={`tel:${c.phone}`}>{formatIdPhone(c.phone)}</a>
              </li>
            ) : null}
            {c.whatsapp ? (
              <li>
                {t('whatsapp')}:{' '}
                <a href={whatsappLink(c.whatsapp)} target="_blank" rel="noopener noreferrer">
                  {formatIdPhone(c.whatsapp)}
                </a>
              </li>
            ) : null}
            {c.email ? (
              <li>
                {t('email')}: <a href={`mailto:${c.email}`}>{c.email}</a>
              </li>
            ) : null}
          </ul>
        </div>
        <div>
          <p className="font-semibold text-slate-900">{t('hours')}</p>
          <p className="mt-2">
            {t('hoursLine', { days, open: settings.hours.open, close: settings.hours.close, zone: zoneLabel(settings.regional.timeZone) })}
          </p>
          {socials.length ? (
            <>
              <p className="mt-4 font-semibold text-slate-900">{t('follow')}</p>
              <ul className="mt-2 flex flex-wrap gap-3">
                {socials.map((k) => (
                  <li key={k}>
                    <a href={c[k]} target="_blank" rel="noopener noreferrer" className="capitalize">
                      {k}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
      <p className="border-t border-slate-100 py-4 text-center text-xs text-slate-500" lang={locale}>
        {t('copyright', { year: new Date().getFullYear(), company: c.name })}
      </p>
    </footer>
  );
}
