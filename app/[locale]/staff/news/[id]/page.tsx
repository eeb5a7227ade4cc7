import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { getNewsForEdit } from '@/lib/helpdesk-news/queries';
import { NEWS_AUDIENCES } from '@/lib/helpdesk-news/schemas';
import { NewsForm } from '../news-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('news');
  return { title: t('editTitle') };
}

export default async function EditNewsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('news.publish');
  const { id } = await params;
  const news = await getNewsForEdit(id); // null for a malformed or unknown id
  if (!news) notFound();
  const t = await getTranslations('news');
  const timeZone = await getTimeZone();
  const audience = NEWS_AUDIENCES.find((a) => a === news.audience) ?? 'all';
  return (
    <>
      <PageHeader title={t('editTitle')} description={news.title} />
      <NewsForm
        initial={{
          id: news.id,
          title: news.title,
          body: news.body,
          publishAt: toLocalInput(news.publishAt, timeZone),
          expiresAt: news.expiresAt ? toLocalInput(news.expiresAt, timeZone) : '',
          audience,
        }}
        zone={zoneLabel(timeZone)}
      />
    </>
  );
}
