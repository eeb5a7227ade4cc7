import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SegmentForm } from '@/components/segments/segment-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getCriteriaCatalog, getSegmentForEdit } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('segments'))('editTitle') };
}

export default async function EditSegmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('promo.manage');
  const { id } = await params;
  const [segment, catalog] = await Promise.all([getSegmentForEdit(id), getCriteriaCatalog()]);
  if (!segment) notFound();
  const t = await getTranslations('segments');
  return (
    <>
      <PageHeader title={t('editTitle')} description={segment.name} />
      <SegmentForm initial={segment} catalog={catalog} />
    </>
  );
}
