import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProjectForm } from '@/components/customers/project-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getCustomerForEdit } from '@/lib/customers/queries';
import { listSlaPlanOptions } from '@/lib/sla-plans/queries';
import { toPlanChoices } from '../../../plan-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('newTitle') };
}

export default async function NewProjectPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('customer.manage');
  const { id } = await params;
  const customer = await getCustomerForEdit(id);
  if (!customer) notFound();
  const plans = await listSlaPlanOptions();
  const t = await getTranslations('projects');
  const ts = await getTranslations('slaPlans');
  return (
    <>
      <PageHeader title={t('newTitle')} description={customer.name} />
      <ProjectForm
        customerName={customer.name}
        plans={toPlanChoices(plans, (response, resolution) => ts('targets', { response, resolution }), (m) => ts('duration', { hours: Math.floor(m / 60), minutes: m % 60 }))}
        initial={{
          customerId: customer.id,
          name: '',
          deliveryBegin: '',
          deliveryEnd: '',
          installationBegin: '',
          installationEnd: '',
          uatBegin: '',
          uatEnd: '',
          billingStart: '',
          billingDue: '',
          warrantyMonths: 12,
          contractStart: '',
          contractMonths: 0,
          slaPlanId: '',
          notes: '',
        }}
      />
    </>
  );
}
