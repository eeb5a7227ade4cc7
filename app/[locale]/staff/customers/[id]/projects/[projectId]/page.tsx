import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProjectForm } from '@/components/customers/project-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getCustomerForEdit } from '@/lib/customers/queries';
import { getProjectForEdit } from '@/lib/projects/queries';
import { listSlaPlanOptions } from '@/lib/sla-plans/queries';
import { toPlanChoices } from '../../../plan-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('editTitle') };
}

export default async function EditProjectPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  await requirePermission('customer.manage');
  const { id, projectId } = await params;
  const [customer, p] = await Promise.all([getCustomerForEdit(id), getProjectForEdit(id, projectId)]);
  if (!customer || !p) notFound();
  const plans = await listSlaPlanOptions(p.slaPlanId);
  const t = await getTranslations('projects');
  const ts = await getTranslations('slaPlans');
  return (
    <>
      <PageHeader title={t('editTitle')} description={`${customer.name} · ${p.name}`} />
      <ProjectForm
        customerName={customer.name}
        plans={toPlanChoices(plans, (response, resolution) => ts('targets', { response, resolution }), (m) => ts('duration', { hours: Math.floor(m / 60), minutes: m % 60 }))}
        initial={{
          id: p.id,
          version: p.version,
          customerId: p.customerId,
          name: p.name,
          deliveryBegin: p.deliveryBegin ?? '',
          deliveryEnd: p.deliveryEnd ?? '',
          installationBegin: p.installationBegin ?? '',
          installationEnd: p.installationEnd ?? '',
          uatBegin: p.uatBegin ?? '',
          uatEnd: p.uatEnd ?? '',
          billingStart: p.billingStart ?? '',
          billingDue: p.billingDue ?? '',
          warrantyMonths: p.warrantyMonths,
          contractStart: p.contractStart ?? '',
          contractMonths: p.contractMonths,
          slaPlanId: p.slaPlanId ?? '',
          notes: p.notes ?? '',
        }}
      />
    </>
  );
}
