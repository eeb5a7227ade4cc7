'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { savePlanAction } from '@/lib/isp/plans/actions';
import { planSchema, slugify, type PlanInput } from '@/lib/isp/plans/schemas';
import { AreaPicker, type AreaChoice } from './area-picker';

type SoldArea = { code: string; label: string };

/** Create (no id) or edit a plan, with the areas where it is sold (none = wherever there is coverage). */
export function PlanForm({ initial, areas: initialAreas }: { initial: PlanInput; areas: SoldArea[] }) {
  const t = useTranslations('isp.plans');
  const tc = useTranslations('common');
  const router = useRouter();
  const errorText = useErrorText();
  const editing = !!initial.id;
  const activeId = useId();
  const [areas, setAreas] = useState<SoldArea[]>(initialAreas);
  const [pick, setPick] = useState<AreaChoice>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [slugTouched, setSlugTouched] = useState(editing);
  const { form, onSubmit, pending, message, errors } = useActionForm(planSchema, savePlanAction, {
    defaultValues: initial,
    onSuccess: () => router.push('/staff/isp/plans?saved=1'),
  });

  const syncAreas = (next: SoldArea[]) => {
    setAreas(next);
    form.setValue('areaCodes', next.map((a) => a.code));
  };
  const addArea = () => {
    if (!pick || areas.some((a) => a.code === pick.code)) return;
    syncAreas([...areas, { code: pick.code, label: [...pick.names].reverse().join(', ') }]);
    setPick(null);
    setPickerKey((k) => k + 1);
  };
  const nameField = form.register('name');
  const areaError = errors.areaCodes?.message ?? (Array.isArray(errors.areaCodes) ? errors.areaCodes.find(Boolean)?.message : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormMessage message={message} />
      {editing ? <input type="hidden" {...form.register('id')} /> : null}
      <TextField
        label={t('name')}
        maxLength={80}
        data-autofocus
        error={errors.name?.message}
        {...nameField}
        onChange={(e) => {
          void nameField.onChange(e);
          if (!slugTouched) form.setValue('slug', slugify(e.target.value));
        }}
      />
      <TextField label={t('slug')} maxLength={60} hint={t('slugHint')} error={errors.slug?.message} {...form.register('slug', { onChange: () => setSlugTouched(true) })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('downloadMbps')} type="number" inputMode="numeric" min={1} error={errors.downloadMbps?.message} {...form.register('downloadMbps')} />
        <TextField label={t('uploadMbps')} type="number" inputMode="numeric" min={1} error={errors.uploadMbps?.message} {...form.register('uploadMbps')} />
        <TextField label={t('monthlyPrice')} inputMode="numeric" hint={t('priceHint')} error={errors.monthlyPriceIdr?.message} {...form.register('monthlyPriceIdr')} />
        <TextField label={t('installationFeeLabel')} inputMode="numeric" hint={t('priceHint')} error={errors.installationFeeIdr?.message} {...form.register('installationFeeIdr')} />
      </div>
      <TextAreaField label={t('description')} optional maxLength={2000} error={errors.description?.message} {...form.register('description')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('sortOrder')} type="number" inputMode="numeric" min={0} hint={t('sortOrderHint')} error={errors.sortOrder?.message} {...form.register('sortOrder')} />
        <div className="flex items-center gap-2 pt-6">
          <input id={activeId} type="checkbox" className="size-4 rounded border-slate-300" {...form.register('active')} />
          <label htmlFor={activeId} className="text-sm font-medium text-slate-800">
            {t('activeLabel')}
          </label>
        </div>
      </div>

      <fieldset className="space-y-3 rounded-md p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t('soldAreas')}</legend>
        <p className="text-xs text-slate-500">{t('soldAreasHint')}</p>
        {areas.length ? (
          <ul className="space-y-1" aria-label={t('soldAreas')}>
            {areas.map((a) => (
              <li key={a.code} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-3 py-1.5 text-sm">
                <span>
                  {a.label} <span className="font-mono text-xs text-slate-500">{a.code}</span>
                </span>
                <button
                  type="button"
                  className="rounded px-2 py-1 text-sm text-red-700 hover:bg-red-50"
                  aria-label={t('removeArea', { area: a.label })}
                  onClick={() => syncAreas(areas.filter((x) => x.code !== a.code))}
                >
                  {tc('delete')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t('soldEverywhere')}</p>
        )}
        <AreaPicker key={pickerKey} anyLevel onChange={setPick} />
        <Button type="button" variant="secondary" size="sm" disabled={!pick} onClick={addArea}>
          {t('addArea')}
        </Button>
        {areaError ? <p className="text-xs font-medium text-red-700">{errorText(areaError)}</p> : null}
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('create')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push('/staff/isp/plans')}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
