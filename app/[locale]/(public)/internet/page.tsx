import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlanCards } from '@/components/isp/plan-cards';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { formatRupiah } from '@/lib/format/money';
import { getPublicPlans } from '@/lib/isp/plans/queries';
import { getSettings } from '@/lib/settings/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.plans');
  return { title: t('publicTitle'), description: t('publicLead') };
}

// Static per language: plans come from a cache tagged "isp-plans", dropped whenever staff change a plan.
export default async function InternetPlansPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { modules } = await getSettings();
  if (!modules.isp) notFound();
  const plans = await getPublicPlans();
  const t = await getTranslations('isp.plans');
  return (
    <>
      <section className="bg-gradient-to-br from-brand-800 to-brand-600 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
          <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-white sm:text-4xl">{t('publicTitle')}</h1>
          <p className="mt-3 max-w-2xl text-lg text-brand-50">{t('publicLead')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/coverage" className={buttonClass('secondary')}>
              {t('checkCoverage')}
            </Link>
          </div>
        </div>
      </section>
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading" className="mb-4 text-2xl font-semibold">
            {t('choosePlan')}
          </h2>
          {plans.length ? <PlanCards plans={plans} /> : <EmptyState>{t('noPublicPlans')}</EmptyState>}
        </section>
        {plans.length > 1 ? (
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading" className="mb-3 text-xl font-semibold">
              {t('compare')}
            </h2>
            <div role="region" aria-labelledby="compare-heading" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
              <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="px-3 py-2.5 font-semibold">{t('name')}</th>
                    <th scope="col" className="px-3 py-2.5 font-semibold">{t('download')}</th>
                    <th scope="col" className="px-3 py-2.5 font-semibold">{t('upload')}</th>
                    <th scope="col" className="px-3 py-2.5 font-semibold">{t('monthlyPrice')}</th>
                    <th scope="col" className="px-3 py-2.5 font-semibold">{t('installationFeeLabel')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {plans.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="px-3 py-2.5 font-medium">{p.name}</th>
                      <td className="whitespace-nowrap px-3 py-2.5">{p.downloadMbps} Mbps</td>
                      <td className="whitespace-nowrap px-3 py-2.5">{p.uploadMbps} Mbps</td>
                      <td className="whitespace-nowrap px-3 py-2.5">{formatRupiah(p.monthlyPriceIdr)}</td>
                      <td className="whitespace-nowrap px-3 py-2.5">{formatRupiah(p.installationFeeIdr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
        <section className="rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100">
          <h2 className="text-lg font-semibold">{t('coverageCtaTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700">{t('coverageCtaBody')}</p>
          <Link href="/coverage" className={`${buttonClass('primary')} mt-4`}>
            {t('checkCoverage')}
          </Link>
        </section>
      </div>
    </>
  );
}
