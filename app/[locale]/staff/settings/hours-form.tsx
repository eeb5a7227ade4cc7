'use client';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { prefill } from '@/components/admin/prefill';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField, useErrorText } from '@/components/ui/field';
import { saveHours } from '@/lib/settings/actions';
import { hoursSchema, type BusinessHours } from '@/lib/settings/schemas';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const; // ISO: 1 = Monday … 7 = Sunday

export function HoursForm({ hours, labelId }: { hours: BusinessHours; labelId: string }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const errorText = useErrorText();
  // Checkbox values are strings; the schema coerces them back to weekday numbers.
  const initial = { workingDays: hours.workingDays.map(String), open: hours.open, close: hours.close };
  const { form, onSubmit, pending, message, errors } = useActionForm(hoursSchema, saveHours, {
    defaultValues: initial,
    successMessage: t('saved'),
  });
  const field = prefill(form, initial).text;
  const daysError = errorText(errors.workingDays?.message ?? errors.workingDays?.root?.message);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelId} className="space-y-4">
      <FormMessage message={message} />
      <fieldset aria-describedby={daysError ? 'working-days-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('workingDays')}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {WEEKDAYS.map((d) => (
            <label key={d} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" value={d} className="size-4 accent-brand-700" defaultChecked={initial.workingDays.includes(d)} {...form.register('workingDays')} />
              {t(`weekdays.${d}`)}
            </label>
          ))}
        </div>
        {daysError ? (
          <p id="working-days-error" className="mt-1 text-xs font-medium text-red-700">
            {daysError}
          </p>
        ) : null}
      </fieldset>
      <div className="grid max-w-md gap-4 sm:grid-cols-2">
        <TextField label={t('open')} type="time" error={errors.open?.message} {...field('open')} />
        <TextField label={t('close')} type="time" error={errors.close?.message} {...field('close')} />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? tc('saving') : tc('save')}
      </Button>
    </form>
  );
}
