import { getFormatter } from 'next-intl/server';
import { EmptyState } from '@/components/ui/card';
import type { NewsItem } from '@/lib/helpdesk-news/queries';

export async function NewsList({ items, emptyText }: { items: NewsItem[]; emptyText: string }) {
  const format = await getFormatter();
  if (!items.length) return <EmptyState>{emptyText}</EmptyState>;
  return (
    <ul className="space-y-4">
      {items.map((n) => (
        <li key={n.id}>
          <article>
            <h3 className="font-semibold">{n.title}</h3>
            <p className="text-xs text-slate-500">{format.dateTime(n.publishAt, 'short')}</p>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{n.body}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
