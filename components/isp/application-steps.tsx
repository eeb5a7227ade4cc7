import { useFormatter, useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { ApplicationStatus } from '@/lib/isp/constants';
import { APPLICATION_PATH } from './application-badges';

const MOVE_TO: Record<string, ApplicationStatus> = {
  submit: 'submitted',
  schedule_survey: 'survey_scheduled',
  record_survey: 'surveyed',
  schedule_installation: 'installation_scheduled',
  activate: 'active',
  reject: 'rejected',
};

/** The applicant's progress as an ordered list: done steps with their time, the current one marked. */
export function ApplicationSteps({ status, steps }: { status: ApplicationStatus; steps: Array<{ move: string; at: Date }> }) {
  const t = useTranslations('isp.applications');
  const format = useFormatter();
  const when = new Map<ApplicationStatus, Date>();
  for (const s of steps) if (MOVE_TO[s.move]) when.set(MOVE_TO[s.move], s.at);
  const rejected = status === 'rejected';
  const reached = rejected ? APPLICATION_PATH.filter((s) => when.has(s)).length : APPLICATION_PATH.indexOf(status as (typeof APPLICATION_PATH)[number]) + 1;
  const path: ApplicationStatus[] = rejected ? [...APPLICATION_PATH.slice(0, reached), 'rejected'] : [...APPLICATION_PATH];
  return (
    <ol className="space-y-3" aria-label={t('steps')}>
      {path.map((s, i) => {
        const done = rejected ? true : i < reached;
        const current = rejected ? s === 'rejected' : i === reached - 1;
        return (
          <li key={s} className="flex items-start gap-3" aria-current={current ? 'step' : undefined}>
            <span
              aria-hidden
              className={cn(
                'mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold',
                s === 'rejected' ? 'bg-red-700 text-white' : done ? 'bg-brand-700 text-white' : 'bg-slate-200 text-slate-600',
              )}
            >
              {s === 'rejected' ? '×' : done ? '✓' : i + 1}
            </span>
            <div>
              <p className={cn('text-sm', current ? 'font-semibold text-slate-900' : done ? 'text-slate-800' : 'text-slate-500')}>
                {t(`status.${s}`)}
                {done ? <span className="sr-only"> ({current ? t('stepCurrent') : t('stepDone')})</span> : <span className="sr-only"> ({t('stepUpcoming')})</span>}
              </p>
              {when.get(s) ? <p className="text-xs text-slate-500">{format.dateTime(when.get(s)!, 'short')}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
