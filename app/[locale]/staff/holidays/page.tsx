import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { NATIONAL_HOLIDAY_YEARS } from '@/lib/holidays/national';
import { listHolidays } from '@/lib/holidays/queries';
import { AddNationalButton, DeleteHolidayButton } from './holiday-actions';
import { HolidayDialog } from './holiday-dialog';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('holidays');
  return { title: t('title') };
}

type Row = { day: string; name: string };

export default async function HolidaysPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('sla.manage');
  const sp = await searchParams;
  const data = await listHolidays(Number(firstParam(sp.year) ?? new Date().getFullYear()));
  const { year } = data;
  const t = await getTranslations('holidays');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  // A holiday is a calendar day, not an instant: format it as that day in UTC.
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const years = [...new Set([year - 1, year, year + 1, ...data.years])].sort((a, b) => a - b);

  const columns: Column<Row>[] = [
    { key: 'day', header: t('day'), rowHeader: true, className: 'whitespace-nowrap', cell: (h) => <time dateTime={h.day}>{label(h.day)}</time> },
    { key: 'name', header: t('name'), cell: (h) => h.name },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (h) => (
        <div className="flex min-w-max gap-2">
          <HolidayDialog holiday={h} />
          <DeleteHolidayButton day={h.day} name={h.name} label={label(h.day)} />
        </div>
      ),
    },
  ];

  return (
    <FlashProvider>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            {NATIONAL_HOLIDAY_YEARS.includes(year) ? <AddNationalButton year={year} /> : null}
            <HolidayDialog defaultDay={`${year}-01-01`} />
          </>
        }
      />
      <FlashOutlet />
      <nav aria-label={t('yearNav')} className="mb-4 flex flex-wrap gap-2">
        {years.map((y) => (
          <Link key={y} href={`/staff/holidays?year=${y}`} aria-current={y === year ? 'page' : undefined} className={cn(buttonClass(y === year ? 'primary' : 'secondary', 'sm'))}>
            {y}
          </Link>
        ))}
      </nav>
      <div className="mb-4">
        <Alert tone="info">{t('checkSkb')}</Alert>
      </div>
      <DataTable caption={t('caption', { year })} columns={columns} rows={data.items} rowKey={(h) => h.day} empty={t('empty', { year })} />
      <p className="mt-3 text-sm text-slate-600">{t('count', { count: data.items.length, year })}</p>
    </FlashProvider>
  );
}
