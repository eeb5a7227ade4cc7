import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CustomerForm } from '@/components/customers/customer-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listSlaPlanOptions } from '@/lib/sla-plans/queries';
import { toPlanChoices } from '../plan-choices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('customers');
  return { title: t('newTitle') };
}

export default async function NewCustomerPage() {
  await requirePermission('customer.manage');
  const plans = await listSlaPlanOptions();
  const t = await getTranslations('customers');
  const ts = await getTranslations('slaPlans');
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <CustomerForm
        plans={toPlanChoices(plans, (response, resolution) => ts('targets', { response, resolution }), (m) => ts('duration', { hours: Math.floor(m / 60), minutes: m % 60 }))}
        initial={{
          name: '',
          type: 'company',
          address: '',
          city: '',
          region: '',
          phone: '',
          email: '',
          personInCharge: '',
          salesperson: '',
          productsUsed: '',
          tags: '',
          notes: '',
          slaPlanId: '',
        }}
      />
    </>
  );
}
