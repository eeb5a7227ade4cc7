import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { ArticleForm } from '@/components/content/article-form';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { getArticleForEdit } from '@/lib/news/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('articles'))('editTitle') };
}

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePermission('content.manage');
  const { id } = await params;
  const sp = await searchParams;
  const a = await getArticleForEdit(id);
  if (!a) notFound();
  const t = await getTranslations('articles');
  const timeZone = await getTimeZone();
  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('editTitle')}
        description={a.title}
        actions={
          a.status === 'published' ? (
            <Link href={`/news/${a.slug}`} className={buttonClass('secondary')}>
              {t('viewPublic')}
            </Link>
          ) : undefined
        }
      />
      <FlashOutlet />
      <ArticleForm
        initial={{
          id: a.id,
          title: a.title,
          slug: a.slug,
          excerpt: a.excerpt,
          body: a.body,
          coverMediaId: a.coverMediaId ?? '',
          status: a.status,
          publishedAt: a.publishedAt ? toLocalInput(a.publishedAt, timeZone) : '',
        }}
        cover={(a.coverVariants as Record<string, string> | null) ?? null}
        zone={zoneLabel(timeZone)}
      />
    </FlashProvider>
  );
}
