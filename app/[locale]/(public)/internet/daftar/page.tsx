import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { IspIntlProvider } from '@/components/isp/isp-intl-provider';
import { SignupForm } from '@/components/isp/signup-form';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { getCurrentUser } from '@/lib/auth/session';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { getPreferredDateRules } from '@/lib/isp/applications/queries';
import { getPublicPlans } from '@/lib/isp/plans/queries';
import { getSettings } from '@/lib/settings/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.signup');
  return { title: t('title') };
}

/** Rendered per request: it carries a fresh idempotency key, so a double submit creates one application. */
export default async function InternetSignupPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  setRequestLocale((await params).locale);
  const { modules } = await getSettings();
  if (!modules.isp) notFound();
  const sp = await searchParams;
  const slug = firstParam(sp.plan);
  const villageParam = firstParam(sp.village);
  const village = villageParam && levelOfCode(villageParam) === 'village' ? villageParam : null;
  const me = await getCurrentUser();
  if (me?.role === 'customer') {
    const qs = new URLSearchParams({ ...(slug ? { plan: slug } : {}), ...(village ? { village } : {}) }).toString();
    redirect(`/account/applications/new${qs ? `?${qs}` : ''}`);
  }
  const [plans, rules] = await Promise.all([getPublicPlans(), getPreferredDateRules()]);
  const t = await getTranslations('isp.signup');
  const chosen = plans.find((p) => p.slug === slug);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{chosen ? t('leadWithPlan', { name: chosen.name }) : t('lead')}</p>
      <p className="mt-2 text-sm text-slate-600">
        {t('haveAccount')}{' '}
        <Link href="/login?callbackUrl=%2Faccount%2Fapplications%2Fnew">{t('loginButton')}</Link>
        {' · '}
        <Link href="/coverage">{t('checkCoverageFirst')}</Link>
      </p>
      <div className="mt-6 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <IspIntlProvider parts={['coverage', 'signup', 'nik']}>
          <SignupForm
            plans={plans.map((p) => ({ id: p.id, slug: p.slug, name: p.name, downloadMbps: p.downloadMbps, monthlyPriceIdr: p.monthlyPriceIdr }))}
            rules={rules}
            idempotencyKey={randomUUID()}
            initialPlanId={chosen?.id ?? ''}
            initialVillage={village}
          />
        </IspIntlProvider>
      </div>
    </div>
  );
}
