import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { CoverageCheck } from '@/components/isp/coverage-check';
import { IspIntlProvider } from '@/components/isp/isp-intl-provider';
import { getPublicPlans } from '@/lib/isp/plans/queries';
import { getSettings } from '@/lib/settings/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.coverage');
  return { title: t('publicTitle'), description: t('publicLead') };
}

// A static shell: the selects and the answer load in the browser from /api/coverage/*.
export default async function CoveragePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { modules } = await getSettings();
  if (!modules.isp) notFound();
  const t = await getTranslations('isp.coverage');
  const plans = (await getPublicPlans()).map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('publicTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('publicLead')}</p>
      <div className="mt-6 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <IspIntlProvider parts={['coverage']}>
          <Suspense fallback={<p className="text-sm text-slate-600">{t('loading')}</p>}>
            <CoverageCheck plans={plans} />
          </Suspense>
        </IspIntlProvider>
      </div>
      <p className="mt-6 text-sm">
        <Link href="/internet">{t('seePlans')}</Link>
      </p>
    </div>
  );
}
