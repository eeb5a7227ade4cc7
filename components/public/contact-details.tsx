import { getTranslations } from 'next-intl/server';
import { formatIdPhone, whatsappLink } from '@/lib/format/phone';
import { zoneLabel } from '@/lib/format/date';
import type { AppSettings } from '@/lib/settings/schemas';

/** Address with a map link, phone, WhatsApp click-to-chat, e-mail and opening hours, from settings. */
export async function ContactDetails({ settings, headingLevel = 2 }: { settings: AppSettings; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('site.contact');
  const tp = await getTranslations('public');
  const c = settings.company;
  const days = settings.hours.workingDays.map((d) => tp(`days.${d}` as never)).join(', ');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <H className="text-lg font-semibold">{t('heading')}</H>
      <dl className="mt-4 space-y-4 text-sm">
        {c.address ? (
          <div>
            <dt className="font-medium text-slate-600">{t('address')}</dt>
            <dd className="mt-0.5 text-slate-900">
              <address className="not-italic">
                {c.address}
                {c.city ? `, ${c.city}` : ''}
              </address>
              {c.mapUrl ? (
                <a href={c.mapUrl} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block font-medium">
                  {t('openMap')}
                </a>
              ) : null}
            </dd>
          </div>
        ) : null}
        {c.phone ? (
          <div>
            <dt className="font-medium text-slate-600">{t('phone')}</dt>
            <dd className="mt-0.5">
              <a href={`tel:${c.phone}`} className="font-medium">
                {formatIdPhone(c.phone)}
              </a>
            </dd>
          </div>
        ) : null}
        {c.whatsapp ? (
          <div>
            <dt className="font-medium text-slate-600">{t('whatsapp')}</dt>
            <dd className="mt-0.5">
              <a href={whatsappLink(c.whatsapp, t('whatsappHello'))} target="_blank" rel="noopener noreferrer" className="font-medium">
                {t('whatsappChat', { number: formatIdPhone(c.whatsapp) })}
              </a>
            </dd>
          </div>
        ) : null}
        {c.email ? (
          <div>
            <dt className="font-medium text-slate-600">{t('email')}</dt>
            <dd className="mt-0.5">
              <a href={`mailto:${c.email}`} className="font-medium">
                {c.email}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium text-slate-600">{t('hours')}</dt>
          <dd className="mt-0.5 text-slate-900">{tp('hoursLine', { days, open: settings.hours.open, close: settings.hours.close, zone: zoneLabel(settings.regional.timeZone) })}</dd>
        </div>
      </dl>
    </div>
  );
}
