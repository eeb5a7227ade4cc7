import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StaticPageForm } from '@/components/content/static-page-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getStaticPageForEdit } from '@/lib/content/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pages'))('editTitle') };
}

export default async function EditStaticPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePermission('content.manage');
  const { slug } = await params;
  const page = await getStaticPageForEdit(slug);
  if (!page) notFound();
  const t = await getTranslations('pages');
  return (
    <>
      <PageHeader title={t('editTitle')} description={`/pages/${page.slug}`} />
      <StaticPageForm initial={{ slug: page.slug, title: page.title || t(`defaults.${page.slug}`), body: page.body }} />
    </>
  );
}
