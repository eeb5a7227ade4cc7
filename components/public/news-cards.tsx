import Link from '@/components/public/link';
import { getFormatter } from 'next-intl/server';
import { MediaImg } from '@/components/catalog/media-img';
import type { NewsCard } from '@/lib/news/public';

export async function NewsCards({ news }: { news: NewsCard[] }) {
  const format = await getFormatter();
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {news.map((n) => (
        <li key={n.id}>
          <article className="group relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {n.cover ? (
              <div className="aspect-video overflow-hidden bg-slate-100">
                <MediaImg image={n.cover} sizes="(min-width: 768px) 33vw, 100vw" className="h-full w-full object-cover" />
              </div>
            ) : null}
            <div className="flex flex-1 flex-col gap-2 p-4">
              <time dateTime={n.publishedAt} className="text-xs font-medium text-slate-600">
                {format.dateTime(new Date(n.publishedAt), { dateStyle: 'long' })}
              </time>
              <h3 className="font-semibold leading-snug">
                <Link href={`/news/${n.slug}`} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
                  {n.title}
                </Link>
              </h3>
              {n.excerpt ? <p className="line-clamp-3 text-sm text-slate-700">{n.excerpt}</p> : null}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
