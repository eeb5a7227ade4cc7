import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PublicImage } from '@/components/content/public-image';
import { PromoOffer } from '@/components/promos/promo-offer';
import { Badge, EmptyState, PageHeader } from '@/components/ui/card';
import { RichText } from '@/components/ui/rich-text';
import { requireUser } from '@/lib/auth/session';
import { listMyPromos } from '@/lib/promos/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('promos.account'))('title') };
}

/** Promos meant for this customer now: public, for all customers, and segments they belong to. */
export default async function MyPromosPage() {
  await requireUser();
  const promos = await listMyPromos();
  const t = await getTranslations('promos');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      {promos.length === 0 ? (
        <EmptyState>{t('account.empty')}</EmptyState>
      ) : (
        <ul className="space-y-6">
          {promos.map((p) => (
            <li key={p.id}>
              <article className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-labelledby={`promo-${p.id}`}>
                {p.banner ? (
                  <div className="aspect-[3/1] overflow-hidden bg-slate-100">
                    <PublicImage image={p.banner} alt="" sizes="(min-width: 1152px) 1152px, 100vw" className="h-full w-full object-cover" />
                  </div>
                ) : null}
                <div className="space-y-3 p-5">
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 id={`promo-${p.id}`} className="text-xl font-semibold">
                      {p.title}
                    </h2>
                    {p.audience !== 'public' ? <Badge tone="blue">{t('account.forYou')}</Badge> : null}
                  </div>
                  <p className="text-sm text-slate-600">{t('public.period', { period: format.dateTimeRange(new Date(p.startsAt), new Date(p.endsAt), { dateStyle: 'long' }) })}</p>
                  <PromoOffer promo={p} />
                  <RichText html={p.body} />
                  {p.terms ? (
                    <details className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
                      <summary className="cursor-pointer font-medium">{t('public.terms')}</summary>
                      <p className="mt-2 whitespace-pre-line text-slate-700">{p.terms}</p>
                    </details>
                  ) : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
