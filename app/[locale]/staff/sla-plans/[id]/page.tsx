import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getSlaPlanForEdit } from '@/lib/sla-plans/queries';
import { splitMinutes } from '@/lib/sla-plans/schemas';
import { SlaPlanForm } from '../sla-plan-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('slaPlans');
  return { title: t('editTitle') };
}

export default async function EditSlaPlanPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('sla.manage');
  const { id } = await params;
  const plan = await getSlaPlanForEdit(id);
  if (!plan) notFound();
  const t = await getTranslations('slaPlans');
  const r = splitMinutes(plan.responseMinutes);
  const s = splitMinutes(plan.resolutionMinutes);
  return (
    <>
      <PageHeader title={t('editTitle')} description={plan.name} />
      <SlaPlanForm
        initial={{
          id: plan.id,
          name: plan.name,
          responseHours: r.hours,
          responseMinutes: r.minutes,
          resolutionHours: s.hours,
          resolutionMinutes: s.minutes,
          warningPercent: plan.warningPercent,
          pauseOnPending: plan.pauseOnPending,
        }}
      />
    </>
  );
}
