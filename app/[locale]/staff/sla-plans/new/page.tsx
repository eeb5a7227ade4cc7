import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { SlaPlanForm } from '../sla-plan-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('slaPlans');
  return { title: t('newTitle') };
}

export default async function NewSlaPlanPage() {
  await requirePermission('sla.manage');
  const t = await getTranslations('slaPlans');
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <SlaPlanForm
        initial={{ name: '', responseHours: 2, responseMinutes: 0, resolutionHours: 16, resolutionMinutes: 0, warningPercent: 75, pauseOnPending: true }}
      />
    </>
  );
}
