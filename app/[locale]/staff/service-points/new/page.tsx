import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { ServicePointForm } from '../service-point-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('servicePoints');
  return { title: t('newTitle') };
}

export default async function NewServicePointPage() {
  await requirePermission('servicepoint.manage');
  const t = await getTranslations('servicePoints');
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <ServicePointForm initial={{ name: '', address: '', region: '', phone: '', cities: '', active: true }} />
    </>
  );
}
