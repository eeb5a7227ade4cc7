import type { Metadata } from 'next';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { NewsForm } from '../news-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('news');
  return { title: t('newTitle') };
}

export default async function NewNewsPage() {
  await requirePermission('news.publish');
  const t = await getTranslations('news');
  // next-intl's zone is the business zone from settings (lib/i18n/request.ts).
  const timeZone = await getTimeZone();
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <NewsForm initial={{ title: '', body: '', publishAt: toLocalInput(new Date(), timeZone), expiresAt: '', audience: 'all' }} zone={zoneLabel(timeZone)} />
    </>
  );
}
