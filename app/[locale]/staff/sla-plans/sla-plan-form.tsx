'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { saveSlaPlanAction } from '@/lib/sla-plans/actions';
import { slaPlanSchema, type SlaPlanInput } from '@/lib/sla-plans/schemas';

/** Create (no id) or edit. Targets are business time, entered as hours + minutes. */
export function SlaPlanForm({ initial }: { initial: SlaPlanInput }) {
  const t = useTranslations('slaPlans');
  const tc = useTranslations('common');
  const router = useRouter();
  const editing = !!initial.id;
  const pauseId = useId();
  const { form, onSubmit, pending, message, errors } = useActionForm(slaPlanSchema, saveSlaPlanAction, {
    defaultValues: initial,
    onSuccess: () => router.push('/staff/sla-plans?saved=1'),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormMessage message={message} />
      {editing ? <input type="hidden" {...form.register('id')} /> : null}
      <TextField label={t('name')} maxLength={80} data-autofocus error={errors.name?.message} {...form.register('name')} />
      <fieldset className="rounded-md p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t('response')}</legend>
        <p className="mb-2 text-xs text-slate-500">{t('responseHint')}</p>
        <div className="grid grid-cols-2 gap-3">
          <TextField label={t('hours')} type="number" inputMode="numeric" min={0} max={9999} error={errors.responseHours?.message} {...form.register('responseHours')} />
          <TextField label={t('minutes')} type="number" inputMode="numeric" min={0} max={59} error={errors.responseMinutes?.message} {...form.register('responseMinutes')} />
        </div>
      </fieldset>
      <fieldset className="rounded-md p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t('resolution')}</legend>
        <p className="mb-2 text-xs text-slate-500">{t('resolutionHint')}</p>
        <div className="grid grid-cols-2 gap-3">
          <TextField label={t('hours')} type="number" inputMode="numeric" min={0} max={9999} error={errors.resolutionHours?.message} {...form.register('resolutionHours')} />
          <TextField label={t('minutes')} type="number" inputMode="numeric" min={0} max={59} error={errors.resolutionMinutes?.message} {...form.register('resolutionMinutes')} />
        </div>
      </fieldset>
      <div className="max-w-xs">
        <TextField
          label={t('warningPercent')}
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          hint={t('warningHint')}
          error={errors.warningPercent?.message}
          {...form.register('warningPercent')}
        />
      </div>
      <div className="flex items-start gap-2">
        <input id={pauseId} type="checkbox" className="mt-1 size-4 rounded border-slate-300" aria-describedby={`${pauseId}-hint`} {...form.register('pauseOnPending')} />
        <div>
          <label htmlFor={pauseId} className="text-sm font-medium text-slate-800">
            {t('pauseOnPending')}
          </label>
          <p id={`${pauseId}-hint`} className="text-xs text-slate-500">
            {t('pauseHint')}
          </p>
        </div>
      </div>
      {editing ? <p className="text-sm text-slate-600">{t('editNote')}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('create')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push('/staff/sla-plans')}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
