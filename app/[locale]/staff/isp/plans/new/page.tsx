import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlanForm } from '@/components/isp/plan-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.plans');
  return { title: t('new') };
}

export default async function NewPlanPage() {
  await requirePermission('isp.manage');
  const t = await getTranslations('isp.plans');
  return (
    <>
      <PageHeader title={t('new')} description={t('formLead')} />
      <PlanForm
        initial={{ name: '', slug: '', downloadMbps: 20, uploadMbps: 10, monthlyPriceIdr: '', installationFeeIdr: '0', description: '', active: true, sortOrder: 0, areaCodes: [] }}
        areas={[]}
      />
    </>
  );
}
