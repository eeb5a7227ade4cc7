import Link from '@/components/public/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MediaImg } from '@/components/catalog/media-img';
import type { PromoCard } from '@/lib/promos/public';

/** Running public promos as banner cards (the home page shows the first few). */
export async function PromoCards({ promos }: { promos: PromoCard[] }) {
  const t = await getTranslations('site.home');
  const format = await getFormatter();
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {promos.map((p, i) => (
        <li key={p.id}>
          <article className="group relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {p.banner ? (
              <div className="aspect-[2/1] overflow-hidden bg-slate-100">
                <MediaImg image={p.banner} sizes="(min-width: 1024px) 400px, (min-width: 768px) 50vw, 100vw" priority={i === 0} className="h-full w-full object-cover" />
              </div>
            ) : (
              <div aria-hidden className="aspect-[2/1] bg-gradient-to-br from-amber-400 to-rose-500" />
            )}
            <div className="flex flex-1 flex-col gap-2 p-4">
              <h3 className="text-lg font-semibold leading-snug">
                <Link href={`/promos/${p.slug}`} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
                  {p.title}
                </Link>
              </h3>
              {p.summary ? <p className="line-clamp-3 text-sm text-slate-700">{p.summary}</p> : null}
              <p className="mt-auto pt-1 text-xs font-medium text-slate-600">
                {t('promoUntil', { date: format.dateTime(new Date(p.endsAt), { dateStyle: 'medium' }) })}
                {p.voucherCode ? (
                  <>
                    {' · '}
                    {t('voucher')} <span className="rounded bg-amber-100 px-1.5 py-0.5 font-mono text-amber-900">{p.voucherCode}</span>
                  </>
                ) : null}
              </p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
