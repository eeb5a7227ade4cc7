import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { listSlaPlans, type SlaPlanRow } from '@/lib/sla-plans/queries';
import { PlanRowActions } from '../plan-row-actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('slaPlans');
  return { title: t('title') };
}

export default async function SlaPlansPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('sla.manage');
  const sp = await searchParams;
  const plans = await listSlaPlans();
  const t = await getTranslations('slaPlans');
  const tc = await getTranslations('common');
  const duration = (m: number) => t('duration', { hours: Math.floor(m / 60), minutes: m % 60 });

  const columns: Column<SlaPlanRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/staff/sla-plans/${p.id}`} className="font-medium">
          {p.name}
        </Link>
      ),
    },
    { key: 'response', header: t('response'), className: 'whitespace-nowrap', cell: (p) => duration(p.responseMinutes) },
    { key: 'resolution', header: t('resolution'), className: 'whitespace-nowrap', cell: (p) => duration(p.resolutionMinutes) },
    { key: 'warning', header: t('warningShort'), className: 'whitespace-nowrap', cell: (p) => `${p.warningPercent}%` },
    { key: 'pause', header: t('pauseShort'), cell: (p) => (p.pauseOnPending ? tc('yes') : tc('no')) },
    { key: 'usage', header: t('usage'), cell: (p) => t('usageCount', { customers: p.customers, projects: p.projects }) },
    {
      key: 'status',
      header: tc('status'),
      cell: (p) => (p.active ? <Badge tone="green">{t('active')}</Badge> : <Badge tone="slate">{t('inactive')}</Badge>),
    },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (p) => (
        <div className="flex min-w-max gap-2">
          <Link href={`/staff/sla-plans/${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { name: p.name })}>
            {tc('edit')}
          </Link>
          <PlanRowActions id={p.id} name={p.name} active={p.active} />
        </div>
      ),
    },
  ];

  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <Link href="/staff/sla-plans/new" className={buttonClass('primary')}>
            {t('new')}
          </Link>
        }
      />
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={plans} rowKey={(p) => p.id} empty={t('empty')} />
    </FlashProvider>
  );
}
