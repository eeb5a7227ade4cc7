import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Alert, Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { countUnassignedEngineers, listServicePoints, type ServicePointRow } from '@/lib/service-points/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('servicePoints');
  return { title: t('title') };
}

export default async function ServicePointsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('servicepoint.manage');
  const sp = await searchParams;
  const [points, unassigned] = await Promise.all([listServicePoints(), countUnassignedEngineers()]);
  const t = await getTranslations('servicePoints');
  const tc = await getTranslations('common');

  const columns: Column<ServicePointRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/staff/service-points/${p.id}`} className="font-medium">
          {p.name}
        </Link>
      ),
    },
    { key: 'region', header: t('region'), cell: (p) => p.region ?? '—' },
    { key: 'phone', header: t('phone'), className: 'whitespace-nowrap', cell: (p) => (p.phone ? formatIdPhone(p.phone) : '—') },
    {
      key: 'cities',
      header: t('cities'),
      cell: (p) => (
        <span className="block max-w-md text-sm">
          {p.cities.slice(0, 6).join(', ')}
          {p.cities.length > 6 ? ` ${t('moreCities', { count: p.cities.length - 6 })}` : ''}
        </span>
      ),
    },
    { key: 'staff', header: t('staff'), className: 'whitespace-nowrap', cell: (p) => t('staffCount', { engineers: p.engineers, coordinators: p.coordinators }) },
    { key: 'status', header: tc('status'), cell: (p) => (p.active ? <Badge tone="green">{t('activeBadge')}</Badge> : <Badge tone="slate">{t('inactiveBadge')}</Badge>) },
  ];

  return (
    <FlashProvider initial={firstParam(sp.deleted) ? { tone: 'success', text: t('deleted') } : null}>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <Link href="/staff/service-points/new" className={buttonClass('primary')}>
            {t('new')}
          </Link>
        }
      />
      <FlashOutlet />
      {unassigned > 0 ? (
        <div className="mb-4">
          <Alert tone="warning">{t('unassigned', { count: unassigned })}</Alert>
        </div>
      ) : null}
      <DataTable caption={t('caption')} columns={columns} rows={points} rowKey={(p) => p.id} empty={t('empty')} />
    </FlashProvider>
  );
}
