import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/card';
import { withParamFallback } from '@/lib/i18n/message-params';
import type { NotificationItem } from '@/lib/notifications/queries';
import { MarkReadButton } from './mark-read-button';

export async function NotificationList({ items, emptyText }: { items: NotificationItem[]; emptyText: string }) {
  const t = await getTranslations('notifications');
  const format = await getFormatter();
  if (!items.length) return <EmptyState>{emptyText}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((n) => {
        const key = `kinds.${n.kind}`;
        const text = t.has(key as never) ? t(key as never, withParamFallback(t.raw(key as never), n.params) as never) : t('kinds.generic', { text: String(n.params.text ?? n.kind) });
        return (
          <li key={n.id} className="flex items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className={n.readAt ? 'text-sm text-slate-600' : 'text-sm font-semibold text-slate-900'}>{text}</p>
              <p className="text-xs text-slate-500">{format.dateTime(n.createdAt, 'short')}</p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              {n.link && n.link.startsWith('/') ? (
                <Link href={n.link} className="text-sm">
                  {t('open')}
                </Link>
              ) : null}
              {!n.readAt ? <MarkReadButton id={n.id} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
