// The product page's review block: rating summary and approved reviews rendered on the server from
// the reviews module's cached public reads, and the member's form loaded on demand (LazyReviewForm).
// Same content as components/reviews/product-reviews.tsx, minus the form's JavaScript on page load
// (the form and its NextIntlClientProvider come with LazyReviewForm's chunk).
import type { AbstractIntlMessages } from 'next-intl';
import { getFormatter, getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { Stars } from '@/components/reviews/stars';
import { clientMessages } from '@/lib/i18n/pick-messages';
import { getRatingSummary, listApprovedReviews } from '@/lib/reviews/public';
import { LazyReviewForm } from './lazy-review-form';

export async function ProductReviewsSection({ itemId, returnTo }: { itemId: string; returnTo: string }) {
  const [summary, list] = await Promise.all([getRatingSummary(itemId), listApprovedReviews(itemId, 20)]);
  const t = await getTranslations('reviews.public');
  const tf = await getTranslations('reviews.form');
  const format = await getFormatter();
  const messages = (await clientMessages(['reviews.form', 'reviews.errors'])) as AbstractIntlMessages;
  const avg = (n: number) => format.number(n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <section aria-labelledby="reviews-heading" className="space-y-6">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {summary.count > 0 && summary.average != null ? (
        <div className="flex flex-wrap items-center gap-6">
          <div>
            <p className="text-4xl font-bold">{avg(summary.average)}</p>
            <Stars value={summary.average} label={t('averageLabel', { average: avg(summary.average) })} />
            <p className="text-sm text-slate-600">{t('count', { count: summary.count })}</p>
          </div>
          <ul className="min-w-48 flex-1 space-y-1 text-sm" aria-label={t('distribution')}>
            {([5, 4, 3, 2, 1] as const).map((n) => (
              <li key={n} className="flex items-center gap-2">
                <span className="w-16 shrink-0">{t('starsN', { count: n })}</span>
                <span className="h-2 flex-1 overflow-hidden rounded bg-slate-200" aria-hidden>
                  <span className="block h-full bg-amber-500" style={{ width: `${summary.count ? Math.round((summary.distribution[n] / summary.count) * 100) : 0}%` }} />
                </span>
                <span className="w-8 text-right tabular-nums">{summary.distribution[n]}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('none')}</p>
      )}
      {list.length ? (
        <ul className="divide-y divide-slate-200">
          {list.map((r) => (
            <li key={r.id} className="py-4">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Stars value={r.rating} label={t('starsN', { count: r.rating })} />
                <span className="font-medium">{r.author}</span>
                <time dateTime={r.createdAt} className="text-sm text-slate-600">
                  {format.dateTime(new Date(r.createdAt), { dateStyle: 'medium' })}
                </time>
              </div>
              <p className="mt-2 whitespace-pre-line text-slate-700">{r.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <LazyReviewForm itemId={itemId} returnTo={returnTo} label={tf('title')} messages={messages} locale={await getLocale()} timeZone={await getTimeZone()} />
      </div>
    </section>
  );
}
