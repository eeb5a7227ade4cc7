import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RuleForm } from '@/components/isp-ops/rule-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listPlanOptions } from '@/lib/isp/subscriptions/queries';
import { getRuleForEdit } from '@/lib/isp/upgrades/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.upgrades');
  return { title: t('editRule') };
}

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('isp.manage');
  const { id } = await params;
  const [rule, plans] = await Promise.all([getRuleForEdit(id), listPlanOptions()]);
  if (!rule) notFound();
  const t = await getTranslations('ispOps.upgrades');
  return (
    <>
      <PageHeader title={t('editRule')} description={rule.name} />
      <RuleForm
        plans={plans}
        initial={{
          id: rule.id,
          name: rule.name,
          minTenureMonths: rule.minTenureMonths,
          planIds: rule.planIds,
          extraMbps: rule.extraMbps,
          durationMonths: rule.durationMonths,
          offerStart: rule.offerStart,
          offerEnd: rule.offerEnd,
          automatic: rule.automatic,
          active: rule.active,
        }}
      />
    </>
  );
}
