import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PlanForm } from '@/components/isp/plan-form';
import { PageHeader } from '@/components/ui/card';
import { getPlanForEdit } from '@/lib/isp/plans/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.plans');
  return { title: t('edit') };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const plan = await getPlanForEdit((await params).id);
  if (!plan) notFound();
  const t = await getTranslations('isp.plans');
  const { areas, ...p } = plan;
  return (
    <>
      <PageHeader title={t('editNamed', { name: p.name })} description={t('formLead')} />
      <PlanForm
        initial={{ ...p, monthlyPriceIdr: String(p.monthlyPriceIdr), installationFeeIdr: String(p.installationFeeIdr), areaCodes: areas.map((a) => a.code) }}
        areas={areas}
      />
    </>
  );
}
