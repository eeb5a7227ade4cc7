import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { PERIOD_PRESETS, type Period } from '@/lib/reports/period';
import { cn } from '@/components/ui/cn';

/** From/to dates in the business zone as a GET form (the URL holds the period), plus one-click presets. */
export async function PeriodPicker({ action, period, zone }: { action: string; period: Period; zone: string }) {
  const t = await getTranslations('reports');
  return (
    <div className="mb-6 print:hidden">
      <FilterForm action={action} label={t('period.label')} active={period.preset !== 'thisMonth'}>
        <div className="w-full sm:w-44">
          <TextField label={t('period.from', { zone })} type="date" name="from" defaultValue={period.from} required />
        </div>
        <div className="w-full sm:w-44">
          <TextField label={t('period.to', { zone })} type="date" name="to" defaultValue={period.to} required />
        </div>
      </FilterForm>
      <ul aria-label={t('period.presets')} className="flex flex-wrap gap-2 text-sm">
        {PERIOD_PRESETS.map((p) => (
          <li key={p}>
            <Link
              href={`${action}?preset=${p}`}
              aria-current={period.preset === p ? 'true' : undefined}
              className={cn('rounded-full px-3 py-1 no-underline ring-1', period.preset === p ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50')}
            >
              {t(`period.presetNames.${p}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
