import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';

export type Crumb = { href?: string; label: string };

/** "Beranda › Katalog › Router": the last crumb is the current page (no link). */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('site');
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-600">
        {items.map((c, i) => (
          <li key={`${c.label}-${i}`} className="flex items-center gap-1.5">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {c.href && i < items.length - 1 ? (
              <Link href={c.href} className="text-slate-700 hover:text-brand-800">
                {c.label}
              </Link>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined} className="font-medium text-slate-900">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
