import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requireReportScope } from '@/lib/reports/scope';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('indexTitle') };
}

/** The list of reports; other modules add their cards here. */
export default async function ReportsIndexPage() {
  await requireReportScope();
  const t = await getTranslations('reports');
  return (
    <>
      <PageHeader title={t('indexTitle')} description={t('indexSubtitle')} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={<Link href="/staff/reports/tickets">{t('title')}</Link>}>
          <p className="text-sm text-slate-600">{t('ticketsBlurb')}</p>
        </Card>
      </div>
    </>
  );
}
