import Link from '@/components/public/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatIdPhone, whatsappLink } from '@/lib/format/phone';
import { zoneLabel } from '@/lib/format/date';
import type { AppSettings } from '@/lib/settings/schemas';
import { SocialLinks } from '@/components/public/social-links';
import { listStaticPages } from '@/lib/content/public';

export async function PublicFooter({ settings }: { settings: AppSettings }) {
  const t = await getTranslations('public');
  const ts = await getTranslations('site');
  const locale = await getLocale();
  const c = settings.company;
  const m = settings.modules;
  const days = settings.hours.workingDays.map((d) => t(`days.${d}` as never)).join(', ');
  const links = [
    ...(m.catalog ? [{ href: '/catalog', label: ts('nav.catalog') }] : []),
    ...(m.isp ? [{ href: '/internet', label: ts('nav.internet') }] : []),
    ...(m.promos ? [{ href: '/promos', label: ts('nav.promos') }] : []),
    { href: '/news', label: ts('nav.news') },
    { href: '/about', label: ts('nav.about') },
    { href: '/contact', label: ts('nav.contact') },
  ];
  // Only the static pages an admin has written (no links to empty pages).
  const PAGE_LABELS: Record<string, string> = {
    'cara-membeli': ts('footer.howToBuy'),
    'cara-membayar': ts('footer.howToPay'),
    faq: ts('footer.faq'),
    'syarat-ketentuan': ts('footer.terms'),
    'kebijakan-privasi': ts('footer.privacy'),
  };
  const help = (await listStaticPages()).map((p) => ({ href: `/pages/${p.slug}`, label: PAGE_LABELS[p.slug] ?? p.title }));
  return (
    <footer data-shell className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="text-base font-semibold text-slate-900">{c.name}</p>
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
        <nav aria-label={ts('footer.siteLinks')}>
          <p className="font-semibold text-slate-900">{ts('footer.explore')}</p>
          <ul className="mt-2 space-y-1.5">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {help.length ? (
          <nav aria-label={ts('footer.helpLinks')}>
            <p className="font-semibold text-slate-900">{ts('footer.help')}</p>
            <ul className="mt-2 space-y-1.5">
              {help.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div>
          <p className="font-semibold text-slate-900">{t('contact')}</p>
          <ul className="mt-2 space-y-1.5">
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
          <p className="mt-4 font-semibold text-slate-900">{t('hours')}</p>
          <p className="mt-1">{t('hoursLine', { days, open: settings.hours.open, close: settings.hours.close, zone: zoneLabel(settings.regional.timeZone) })}</p>
          {[c.instagram, c.facebook, c.youtube, c.tiktok].some(Boolean) ? (
            <>
              <p className="mt-4 font-semibold text-slate-900">{t('follow')}</p>
              <SocialLinks company={c} className="mt-1 flex flex-wrap gap-3" />
            </>
          ) : null}
        </div>
      </div>
      <p className="border-t border-slate-100 py-4 text-center text-xs text-slate-600" lang={locale}>
        {t('copyright', { year: new Date().getFullYear(), company: c.name })}
      </p>
    </footer>
  );
}
