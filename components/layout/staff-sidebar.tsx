import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/auth/roles';
import { NavLink } from './nav-link';
import { staffNavFor } from './staff-nav';

export async function StaffNavList({ role, modules }: { role: Role; modules: Record<string, boolean> }) {
  const t = await getTranslations();
  const items = staffNavFor(role, modules);
  const sections = (['work', 'isp', 'admin', 'me'] as const).map((s) => ({ s, items: items.filter((i) => i.section === s) })).filter((x) => x.items.length);
  const titles = { work: 'nav.sectionWork', isp: 'isp.applications.navSection', admin: 'nav.sectionAdmin', me: 'nav.sectionMe' } as const;
  return (
    <nav aria-label={t('nav.staff')} className="space-y-5">
      {sections.map(({ s, items }) => (
        <div key={s}>
          <p className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t(titles[s])}</p>
          <ul className="mt-1 space-y-0.5">
            {items.map((i) => (
              <li key={i.href}>
                <NavLink href={i.href} exact={i.href === '/staff'}>
                  {t(i.label as never)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
