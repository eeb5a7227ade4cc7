import type { Metadata } from 'next';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { ArticleForm } from '@/components/content/article-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { zoneLabel } from '@/lib/format/date';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('articles'))('create') };
}

export default async function NewArticlePage() {
  await requirePermission('content.manage');
  const t = await getTranslations('articles');
  const timeZone = await getTimeZone();
  return (
    <>
      <PageHeader title={t('create')} description={t('description')} />
      <ArticleForm initial={{ id: '', title: '', slug: '', excerpt: '', body: '', coverMediaId: '', status: 'draft', publishedAt: '' }} cover={null} zone={zoneLabel(timeZone)} />
    </>
  );
}
