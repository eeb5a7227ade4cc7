import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RuleForm } from '@/components/isp-ops/rule-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listPlanOptions, businessToday } from '@/lib/isp/subscriptions/queries';
import { addMonths } from '@/lib/isp/subscriptions/tenure';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.upgrades');
  return { title: t('newRule') };
}

export default async function NewRulePage() {
  await requirePermission('isp.manage');
  const [plans, today] = await Promise.all([listPlanOptions(), businessToday()]);
  const t = await getTranslations('ispOps.upgrades');
  return (
    <>
      <PageHeader title={t('newRule')} description={t('ruleFormIntro')} />
      <RuleForm
        plans={plans}
        initial={{
          id: '',
          name: '',
          minTenureMonths: 12,
          planIds: [],
          extraMbps: 10,
          durationMonths: 3,
          offerStart: today,
          offerEnd: addMonths(today, 12),
          automatic: false,
          active: true,
        }}
      />
    </>
  );
}
