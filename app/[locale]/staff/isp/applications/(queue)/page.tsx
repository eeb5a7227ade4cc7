import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { type SearchParams } from '@/components/admin/search-params';
import { ApplicationStatusLabel } from '@/components/isp/application-badges';
import { Badge, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { listApplicationsForStaff, parseApplicationFilters, STATUS_FILTERS, type StaffApplicationRow } from '@/lib/isp/applications/queries';
import { requireAnyPermission } from '@/lib/isp/plans/access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.applications.queue');
  return { title: t('title') };
}

/** The sign-up queue. Applications whose e-mail is not verified yet are greyed: they cannot be processed. */
export default async function ApplicationsQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireAnyPermission('signup.review', 'visit.work');
  const f = parseApplicationFilters(await searchParams);
  const data = await listApplicationsForStaff(f);
  const t = await getTranslations('isp.applications');
  const format = await getFormatter();
  const dim = (r: StaffApplicationRow) => (r.verified ? undefined : 'opacity-60');

  const columns: Column<StaffApplicationRow>[] = [
    {
      key: 'number',
      header: t('columns.number'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (r) => (
        <Link href={`/staff/isp/applications/${r.id}`} className={cn('font-mono text-sm font-semibold', dim(r))}>
          {r.number}
        </Link>
      ),
    },
    {
      key: 'applicant',
      header: t('columns.applicant'),
      className: 'min-w-48',
      cell: (r) => (
        <div className={dim(r)}>
          <p className="text-slate-900">{r.fullName}</p>
          <p className="font-mono text-xs text-slate-500" aria-label={t('nikLast4', { digits: r.nikMasked.slice(-4) })}>
            {r.nikMasked}
          </p>
          {!r.verified ? <Badge tone="slate">{t('unverified')}</Badge> : null}
        </div>
      ),
    },
    {
      key: 'plan',
      header: t('columns.plan'),
      className: 'min-w-48',
      cell: (r) => (
        <div className={dim(r)}>
          <p>{r.planName}</p>
          <p className="text-xs text-slate-500">{r.areaLabel}</p>
        </div>
      ),
    },
    { key: 'status', header: t('columns.status'), className: 'whitespace-nowrap', cell: (r) => <ApplicationStatusLabel status={r.status} label={t(`status.${r.status}`)} /> },
    {
      key: 'visit',
      header: t('columns.nextVisit'),
      className: 'whitespace-nowrap text-xs',
      cell: (r) => (r.nextVisit ? format.dateTime(r.nextVisit, 'short') : t('preferred', { date: format.dateTime(new Date(`${r.preferredDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) })),
    },
    { key: 'created', header: t('columns.submittedAt'), className: 'whitespace-nowrap text-xs', cell: (r) => format.dateTime(r.createdAt, 'short') },
  ];

  const filtered = !!f.q || f.status !== 'open';
  return (
    <>
      <PageHeader title={t('queue.title')} description={can(me.role, 'signup.review') ? t('queue.description') : t('queue.descriptionTechnician')} />
      <FilterForm action="/staff/isp/applications" label={t('queue.search')} active={filtered}>
        <div className="w-full sm:w-80">
          <TextField label={t('queue.search')} type="search" name="q" defaultValue={f.q ?? ''} placeholder={t('queue.searchPlaceholder')} maxLength={100} />
        </div>
        <div className="w-full sm:w-56">
          <SelectField label={t('columns.status')} name="status" defaultValue={f.status}>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === 'open' ? t('queue.open') : s === 'all' ? t('queue.all') : t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('queue.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} empty={filtered ? t('queue.emptySearch') : t('queue.empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/isp/applications" params={{ q: f.q, status: f.status === 'open' ? undefined : f.status }} />
    </>
  );
}
