import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { PlanRowActions } from '@/components/isp/plan-row-actions';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { can } from '@/lib/auth/permissions';
import { formatRupiah } from '@/lib/format/money';
import { requireAnyPermission } from '@/lib/isp/plans/access';
import { listPlansForStaff, type StaffPlanRow } from '@/lib/isp/plans/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.plans');
  return { title: t('title') };
}

/** Admins manage plans; customer support sees them (to answer the phone) without the edit controls. */
export default async function PlansPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireAnyPermission('isp.manage', 'signup.review');
  const manage = can(me.role, 'isp.manage');
  const sp = await searchParams;
  const plans = await listPlansForStaff();
  const t = await getTranslations('isp.plans');
  const tc = await getTranslations('common');

  const columns: Column<StaffPlanRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      cell: (p) =>
        manage ? (
          <Link href={`/staff/isp/plans/${p.id}`} className="font-medium">
            {p.name}
          </Link>
        ) : (
          p.name
        ),
    },
    { key: 'speed', header: t('speed'), className: 'whitespace-nowrap', cell: (p) => `${p.downloadMbps} / ${p.uploadMbps} Mbps` },
    { key: 'price', header: t('monthlyPrice'), className: 'whitespace-nowrap', cell: (p) => formatRupiah(p.monthlyPriceIdr) },
    { key: 'fee', header: t('installationFeeLabel'), className: 'whitespace-nowrap', cell: (p) => formatRupiah(p.installationFeeIdr) },
    { key: 'areas', header: t('soldAreas'), cell: (p) => (p.areaCount ? t('areaCount', { count: p.areaCount }) : t('soldEverywhereShort')) },
    { key: 'usage', header: t('usage'), cell: (p) => t('usageCount', { applications: p.openApplications, subscriptions: p.subscriptions }) },
    { key: 'status', header: tc('status'), cell: (p) => (p.active ? <Badge tone="green">{t('active')}</Badge> : <Badge tone="slate">{t('inactive')}</Badge>) },
    ...(manage
      ? [
          {
            key: 'actions',
            header: tc('actions'),
            cell: (p: StaffPlanRow) => (
              <div className="flex min-w-max gap-2">
                <Link href={`/staff/isp/plans/${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('editNamed', { name: p.name })}>
                  {tc('edit')}
                </Link>
                <PlanRowActions id={p.id} name={p.name} active={p.active} />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            <Link href="/internet" className={buttonClass('secondary')}>
              {t('viewPublic')}
            </Link>
            {manage ? (
              <Link href="/staff/isp/plans/new" className={buttonClass('primary')}>
                {t('new')}
              </Link>
            ) : null}
          </>
        }
      />
      <FlashOutlet />
      <DataTable caption={t('caption')} columns={columns} rows={plans} rowKey={(p) => p.id} empty={t('empty')} />
    </FlashProvider>
  );
}
