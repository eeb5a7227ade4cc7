import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from './language-switch';
import { buttonClass } from '@/components/ui/button';
import type { AppSettings } from '@/lib/settings/schemas';

type NavLink = { href: string; label: string };

/** The public site's header: no client code besides the language switch; the phone menu is a <details>. */
export async function PublicHeader({ settings }: { settings: AppSettings }) {
  const t = await getTranslations('site.nav');
  const tn = await getTranslations('nav');
  const m = settings.modules;
  const links: NavLink[] = [
    { href: '/', label: t('home') },
    ...(m.catalog ? [{ href: '/catalog', label: t('catalog') }] : []),
    ...(m.isp ? [{ href: '/internet', label: t('internet') }] : []),
    ...(m.promos ? [{ href: '/promos', label: t('promos') }] : []),
    { href: '/news', label: t('news') },
    { href: '/about', label: t('about') },
    { href: '/contact', label: t('contact') },
  ];
  const linkClass = 'rounded-md px-3 py-2 text-sm font-medium text-slate-700 no-underline hover:bg-slate-100 hover:text-slate-900';
  return (
    <header data-shell className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
      <div className="mx-auto flex h-16 max-w-7xl items-center justify-between gap-3 px-4">
        <Link href="/" className="min-w-0 truncate text-lg font-bold text-brand-800 no-underline">
          {settings.company.name}
        </Link>
        <nav aria-label={t('main')} className="hidden lg:block">
          <ul className="flex items-center gap-0.5">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className={linkClass}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex shrink-0 items-center gap-2">
          <LanguageSwitch className="hidden gap-1 sm:flex" />
          {/* Wrapped: buttonClass sets its own display, which would beat a "hidden" next to it. */}
          <span className="hidden sm:inline-flex">
            <Link href="/login" className={buttonClass('secondary', 'sm')}>
              {tn('login')}
            </Link>
          </span>
          <span className="hidden md:inline-flex">
            <Link href="/register" className={buttonClass('primary', 'sm')}>
              {tn('register')}
            </Link>
          </span>
          <details className="group relative lg:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
              <span aria-hidden className="text-base leading-none">
                ☰
              </span>
              {t('menu')}
            </summary>
            <div className="absolute right-0 mt-2 w-64 rounded-lg bg-white p-2 shadow-lg ring-1 ring-slate-200">
              <nav aria-label={t('main')}>
                <ul className="space-y-0.5">
                  {links.map((l) => (
                    <li key={l.href}>
                      <Link href={l.href} className={`${linkClass} block`}>
                        {l.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="mt-2 flex flex-wrap items-center gap-2 border-t border-slate-100 px-2 pt-3">
                <LanguageSwitch className="flex gap-1 sm:hidden" />
                <Link href="/login" className={buttonClass('secondary', 'sm')}>
                  {tn('login')}
                </Link>
                <Link href="/register" className={buttonClass('primary', 'sm')}>
                  {tn('register')}
                </Link>
              </div>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
