import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CustomerForm } from '@/components/customers/customer-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getCustomerForEdit } from '@/lib/customers/queries';
import { listSlaPlanOptions } from '@/lib/sla-plans/queries';
import { toPlanChoices } from '../../plan-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('customers');
  return { title: t('editTitle') };
}

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('customer.manage');
  const { id } = await params;
  const c = await getCustomerForEdit(id);
  if (!c) notFound();
  const plans = await listSlaPlanOptions(c.slaPlanId);
  const t = await getTranslations('customers');
  const ts = await getTranslations('slaPlans');
  return (
    <>
      <PageHeader title={t('editTitle')} description={c.name} />
      <CustomerForm
        plans={toPlanChoices(plans, (response, resolution) => ts('targets', { response, resolution }), (m) => ts('duration', { hours: Math.floor(m / 60), minutes: m % 60 }))}
        initial={{
          id: c.id,
          version: c.version,
          name: c.name,
          type: c.type,
          address: c.address ?? '',
          city: c.city ?? '',
          region: c.region ?? '',
          phone: c.phone ?? '',
          email: c.email ?? '',
          personInCharge: c.personInCharge ?? '',
          salesperson: c.salesperson ?? '',
          productsUsed: c.productsUsed ?? '',
          tags: c.tags.join(', '),
          notes: c.notes ?? '',
          slaPlanId: c.slaPlanId ?? '',
        }}
      />
    </>
  );
}
