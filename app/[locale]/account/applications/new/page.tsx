import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { ApplyForm } from '@/components/isp/apply-form';
import { Card, PageHeader } from '@/components/ui/card';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { getApplicantDefaults, getPreferredDateRules } from '@/lib/isp/applications/queries';
import { getPublicPlans } from '@/lib/isp/plans/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.applications.account');
  return { title: t('newTitle') };
}

export default async function NewApplicationPage({ searchParams }: { searchParams: SearchParams }) {
  const defaults = await getApplicantDefaults();
  const sp = await searchParams;
  const slug = firstParam(sp.plan);
  const villageParam = firstParam(sp.village);
  const village = villageParam && levelOfCode(villageParam) === 'village' ? villageParam : null;
  const [plans, rules] = await Promise.all([getPublicPlans(), getPreferredDateRules()]);
  const t = await getTranslations('isp.applications.account');
  const chosen = plans.find((p) => p.slug === slug);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <p className="mb-4 text-sm">
        <Link href="/coverage">{t('checkCoverage')}</Link>
      </p>
      <Card className="max-w-2xl">
        <ApplyForm
          plans={plans.map((p) => ({ id: p.id, slug: p.slug, name: p.name, downloadMbps: p.downloadMbps, monthlyPriceIdr: p.monthlyPriceIdr }))}
          rules={rules}
          idempotencyKey={randomUUID()}
          initialPlanId={chosen?.id ?? ''}
          initialVillage={village}
          defaults={{ fullName: defaults.fullName, phone: defaults.phone }}
        />
      </Card>
    </>
  );
}
