import Link from '@/components/public/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ItemCard as ItemCardData } from '@/lib/catalog/public';
import { Availability } from './availability';
import { MediaImg } from './media-img';
import { Price } from './price';

const SIZES = '(min-width: 1280px) 280px, (min-width: 1024px) 23vw, (min-width: 640px) 31vw, 46vw';

/** One product or service in a grid: picture, name (the link), price, availability. */
export async function ItemCard({ item, headingLevel = 3, priority = false }: { item: ItemCardData; headingLevel?: 2 | 3; priority?: boolean }) {
  const t = await getTranslations('catalog.item');
  const format = await getFormatter();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200 transition-shadow hover:shadow-md">
      <div className="aspect-square overflow-hidden bg-slate-100">
        {item.image ? (
          <MediaImg image={item.image} sizes={SIZES} priority={priority} className="h-full w-full object-cover transition-transform group-hover:scale-[1.02]" />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-slate-500">{t('noImage')}</div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
          {item.categoryName}
          <span className="sr-only"> · </span>
          <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 normal-case tracking-normal text-slate-700">{t(item.kind)}</span>
        </p>
        <H className="text-sm font-semibold leading-snug sm:text-base">
          {/* The whole card is clickable through this link's stretched ::after. */}
          <Link href={`/products/${item.slug}`} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
            {item.name}
          </Link>
        </H>
        <div className="mt-auto space-y-1 pt-1">
          <Price price={item.priceIdr} compareAt={item.compareAtPriceIdr} />
          <Availability kind={item.kind} stock={item.stock} durationMinutes={item.durationMinutes} className={item.kind === 'good' && (item.stock ?? 0) <= 0 ? 'text-xs font-medium text-red-700' : 'text-xs text-slate-600'} />
          {item.ratingCount > 0 && item.ratingAvg ? (
            <p className="text-xs text-slate-600">
              <span aria-hidden className="text-amber-600">★</span> {t('ratingShort', { rating: format.number(item.ratingAvg / 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), count: item.ratingCount })}
            </p>
          ) : null}
        </div>
      </div>
    </article>
  );
}

export async function ItemGrid({ items, priorityFirst = 0, headingLevel = 3 }: { items: ItemCardData[]; priorityFirst?: number; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {items.map((item, i) => (
        <li key={item.id}>
          <ItemCard item={item} priority={i < priorityFirst} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
