import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { CoverageForm } from '@/components/isp/coverage-form';
import { CoverageRemove } from '@/components/isp/coverage-remove';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { listCoverage, listPlanChoices, type CoverageRow } from '@/lib/isp/coverage/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.coverage');
  return { title: t('title') };
}

export default async function CoverageAdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('isp.manage');
  const sp = await searchParams;
  const q = firstParam(sp.q);
  const [data, plans] = await Promise.all([listCoverage({ q, page: Number(firstParam(sp.page) ?? 1) }), listPlanChoices()]);
  const t = await getTranslations('isp.coverage');
  const tc = await getTranslations('common');
  const format = await getFormatter();

  const columns: Column<CoverageRow>[] = [
    {
      key: 'area',
      header: t('area'),
      rowHeader: true,
      cell: (r) => (
        <div>
          <p className="font-medium">{r.label}</p>
          <p className="text-xs text-slate-500">
            {r.province} · <span className="font-mono">{r.areaCode}</span>
          </p>
        </div>
      ),
    },
    { key: 'level', header: t('levelColumn'), cell: (r) => <Badge tone={r.level === 'district' ? 'blue' : 'slate'}>{t(`levels.${r.level}`)}</Badge> },
    { key: 'plan', header: t('plan'), cell: (r) => r.planName ?? t('allPlans') },
    {
      key: 'leads',
      header: t('leads'),
      className: 'whitespace-nowrap',
      cell: (r) => (
        <Link href={`/staff/isp/waiting-list?q=${encodeURIComponent(r.label.split(',')[0])}`} aria-label={t('leadsFor', { name: r.label })}>
          {t('leadCount', { leads: r.leads, waiting: r.waiting })}
        </Link>
      ),
    },
    {
      key: 'added',
      header: t('addedAt'),
      className: 'whitespace-nowrap text-xs',
      cell: (r) => (
        <>
          {format.dateTime(r.createdAt, 'short')}
          {r.createdBy ? <p className="text-slate-500">{r.createdBy}</p> : null}
        </>
      ),
    },
    { key: 'actions', header: tc('actions'), cell: (r) => <CoverageRemove id={r.id} name={r.label} /> },
  ];

  return (
    <FlashProvider>
      <PageHeader title={t('title')} description={t('subtitle')} />
      <FlashOutlet />
      <Card title={t('addTitle')} className="mb-6">
        <CoverageForm plans={plans.map((p) => ({ id: p.id, name: p.name }))} />
      </Card>
      <h2 className="mb-3 text-lg font-semibold">{t('coveredTitleList')}</h2>
      <FilterForm action="/staff/isp/coverage" label={t('search')} active={!!q}>
        <div className="w-full sm:w-80">
          <TextField label={t('search')} type="search" name="q" defaultValue={q ?? ''} placeholder={t('searchPlaceholder')} maxLength={100} />
        </div>
      </FilterForm>
      <DataTable caption={t('coveredTitleList')} columns={columns} rows={data.items} rowKey={(r) => r.id} empty={q ? t('emptySearch') : t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/isp/coverage" params={{ q }} />
    </FlashProvider>
  );
}
