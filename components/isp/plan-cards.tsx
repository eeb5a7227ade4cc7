import Link from '@/components/public/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { formatRupiah } from '@/lib/format/money';
import type { PublicPlan } from '@/lib/isp/plans/queries';

/** The public plan comparison: one card per active plan, cheapest first, each with its own sign-up link. */
export async function PlanCards({ plans, village }: { plans: PublicPlan[]; village?: string }) {
  const t = await getTranslations('isp.plans');
  const qs = (slug: string) => `/internet/daftar?${new URLSearchParams({ plan: slug, ...(village ? { village } : {}) }).toString()}`;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {plans.map((p) => (
        <li key={p.id} className="flex flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h3 className="text-lg font-semibold text-slate-900">{p.name}</h3>
          <p className="mt-2">
            <span className="text-4xl font-bold tracking-tight text-brand-800">{p.downloadMbps}</span>
            <span className="ml-1 text-sm font-medium text-slate-600">Mbps</span>
          </p>
          <p className="text-xs text-slate-500">{t('uploadSpeed', { mbps: p.uploadMbps })}</p>
          <p className="mt-4 text-xl font-semibold text-slate-900">
            {formatRupiah(p.monthlyPriceIdr)}
            <span className="text-sm font-normal text-slate-500"> {t('perMonth')}</span>
          </p>
          <p className="text-xs text-slate-600">
            {p.installationFeeIdr > 0 ? t('installationFee', { fee: formatRupiah(p.installationFeeIdr) }) : t('freeInstallation')}
          </p>
          {p.description ? <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{p.description}</p> : null}
          <p className="mt-3 text-xs text-slate-500">{p.areas.length ? t('soldIn', { areas: p.areas.join('; ') }) : t('soldWhereCovered')}</p>
          <div className="mt-auto pt-5">
            <Link href={qs(p.slug)} className={`${buttonClass('primary')} w-full`} aria-label={t('signUpFor', { name: p.name })}>
              {t('signUp')}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
