import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { LogoutButton } from '@/components/layout/logout-button';
import { NavLink } from '@/components/layout/nav-link';
import { requireUser } from '@/lib/auth/session';
import { getSettings } from '@/lib/settings/store';
import { ClientMessages } from '@/components/i18n/client-messages';

// Convenience only: every query on these pages checks the caller again.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const me = await requireUser();
  if (me.role !== 'customer') redirect('/staff');
  const t = await getTranslations('nav');
  const tt = await getTranslations('tickets');
  const tp = await getTranslations('promos');
  const ti = await getTranslations('isp.applications.account');
  const tsub = await getTranslations('ispOps.account');
  const { company } = await getSettings();
  const links = [
    { href: '/account', label: t('dashboard'), exact: true },
    { href: '/account/applications', label: ti('nav') },
    { href: '/account/subscriptions', label: tsub('nav') },
    { href: '/account/tickets', label: tt('myNav') },
    { href: '/account/promos', label: tp('account.nav') },
    { href: '/account/profile', label: t('profile') },
    { href: '/account/password', label: t('password') },
    { href: '/account/notifications', label: t('notifications') },
  ];
  return (
    <ClientMessages section="account">
      <div className="min-h-dvh">
        <header data-shell className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
              {company.name}
            </Link>
            <div className="flex items-center gap-2">
              <LanguageSwitch className="flex gap-1" />
              <span className="hidden text-sm text-slate-600 sm:inline">{me.name}</span>
              <LogoutButton />
            </div>
          </div>
          <nav aria-label={t('account')} className="mx-auto max-w-6xl overflow-x-auto px-4 pb-2">
            <ul className="flex gap-1">
              {links.map((l) => (
                <li key={l.href} className="shrink-0">
                  <NavLink href={l.href} exact={l.exact}>
                    {l.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
