import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PublicImage } from '@/components/content/public-image';
import type { PromoCard } from '@/lib/promos/public';
import { PromoOffer } from './promo-offer';

/** Promo cards for /promos and /account/promos. `href` decides where a card leads. */
export async function PromoList({ promos, href }: { promos: PromoCard[]; href: (p: PromoCard) => string }) {
  const t = await getTranslations('promos.public');
  const format = await getFormatter();
  return (
    <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
      {promos.map((p, i) => (
        <li key={p.id}>
          <article className="relative flex h-full flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {p.banner ? (
              <div className="aspect-[2/1] overflow-hidden bg-slate-100">
                <PublicImage image={p.banner} alt="" sizes="(min-width: 1024px) 400px, (min-width: 768px) 50vw, 100vw" priority={i === 0} className="h-full w-full object-cover" />
              </div>
            ) : (
              <div aria-hidden className="aspect-[2/1] bg-gradient-to-br from-brand-600 to-brand-900" />
            )}
            <div className="flex flex-1 flex-col gap-2 p-4">
              <h2 className="text-lg font-semibold leading-snug">
                <Link href={href(p)} className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:text-brand-800">
                  {p.title}
                </Link>
              </h2>
              {p.summary ? <p className="line-clamp-3 text-sm text-slate-700">{p.summary}</p> : null}
              <PromoOffer promo={p} compact />
              <p className="mt-auto pt-1 text-xs font-medium text-slate-600">{t('until', { date: format.dateTime(new Date(p.endsAt), { dateStyle: 'medium' }) })}</p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
