import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SegmentForm } from '@/components/segments/segment-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getCriteriaCatalog } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('segments'))('create') };
}

export default async function NewSegmentPage() {
  await requirePermission('promo.manage');
  const catalog = await getCriteriaCatalog();
  const t = await getTranslations('segments');
  return (
    <>
      <PageHeader title={t('create')} description={t('description')} />
      <SegmentForm initial={{ name: '', criteria: [] }} catalog={catalog} />
    </>
  );
}
