'use client';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';

/** The sidebar on small screens: a disclosure button that closes again after navigation. */
export function MobileMenu({ children }: { children: ReactNode }) {
  const t = useTranslations('common');
  const path = usePathname();
  // The menu remembers the page it was opened on, so navigating elsewhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpenOn(open ? null : path)}
        className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300"
      >
        {open ? t('closeMenu') : t('openMenu')}
      </button>
      {open ? (
        <div id="mobile-nav" className="absolute inset-x-0 top-14 z-40 border-b border-slate-200 bg-white p-3 shadow-lg">
          {children}
        </div>
      ) : null}
    </div>
  );
}
