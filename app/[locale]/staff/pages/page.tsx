import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { listStaticPagesForStaff, type StaticPageRow } from '@/lib/content/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pages'))('title') };
}

export default async function StaticPagesPage() {
  await requirePermission('content.manage');
  const rows = await listStaticPagesForStaff();
  const t = await getTranslations('pages');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const columns: Column<StaticPageRow>[] = [
    {
      key: 'page',
      header: t('page'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/staff/pages/${p.slug}`} className="font-medium">
          {p.title || t(`defaults.${p.slug}`)}
        </Link>
      ),
    },
    { key: 'url', header: t('address'), cell: (p) => <code className="text-xs">/pages/{p.slug}</code> },
    { key: 'state', header: tc('status'), cell: (p) => (p.updatedAt ? <Badge tone="green">{t('written')}</Badge> : <Badge tone="amber">{t('empty')}</Badge>) },
    { key: 'updated', header: tc('updatedAt'), className: 'whitespace-nowrap', cell: (p) => (p.updatedAt ? `${format.dateTime(p.updatedAt, 'short')}${p.updatedBy ? ` · ${p.updatedBy}` : ''}` : '—') },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (p) => (
        <Link href={`/staff/pages/${p.slug}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { title: p.title || t(`defaults.${p.slug}`) })}>
          {tc('edit')}
        </Link>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <DataTable caption={t('caption')} columns={columns} rows={rows} rowKey={(p) => p.slug} empty={t('empty')} />
    </>
  );
}
