import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { LogoutButton } from '@/components/layout/logout-button';
import { MobileMenu } from '@/components/layout/mobile-menu';
import { StaffNavList } from '@/components/layout/staff-sidebar';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { countMyUnread } from '@/lib/notifications/queries';
import { getSettings } from '@/lib/settings/store';
import { ClientMessages } from '@/components/i18n/client-messages';

// Convenience only: a layout is not a guard (it does not re-run on client navigation). Every page,
// query and action below checks the caller again.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const me = await requireUser();
  if (!can(me.role, 'staff.access')) forbidden();
  const [settings, unread] = await Promise.all([getSettings(), countMyUnread()]);
  const t = await getTranslations();
  const nav = <StaffNavList role={me.role} modules={settings.modules} />;
  return (
    <ClientMessages section="staff">
      <div className="min-h-dvh">
        <header data-shell className="sticky top-0 z-30 border-b border-slate-200 bg-white">
          <div className="relative flex h-14 items-center justify-between gap-3 px-4">
            <div className="flex items-center gap-3">
              <MobileMenu>{nav}</MobileMenu>
              <Link href="/staff" className="font-bold text-brand-800 no-underline">
                {settings.company.name}
              </Link>
            </div>
            <div className="flex items-center gap-2">
              <Link href="/staff/notifications" className="rounded-md px-2 py-1 text-sm no-underline hover:bg-slate-100">
                {t('nav.notifications')}
                {unread ? <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">{unread}</span> : null}
              </Link>
              <LanguageSwitch className="hidden gap-1 sm:flex" />
              <span className="hidden text-sm text-slate-600 md:inline">
                {me.name} · {t(`roles.${me.role}`)}
              </span>
              <LogoutButton />
            </div>
          </div>
        </header>
        <div className="flex">
          <aside data-shell className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-60 shrink-0 overflow-y-auto border-r border-slate-200 bg-white p-3 lg:block">
            {nav}
          </aside>
          <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
            {children}
          </main>
        </div>
      </div>
    </ClientMessages>
  );
}
