'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { saveServicePointAction } from '@/lib/service-points/actions';
import { parseCities, servicePointSchema, type ServicePointInput } from '@/lib/service-points/schemas';

export function ServicePointForm({ initial }: { initial: ServicePointInput }) {
  const t = useTranslations('servicePoints');
  const tc = useTranslations('common');
  const router = useRouter();
  const editing = !!initial.id;
  const activeId = useId();
  const { form, onSubmit, pending, message, errors } = useActionForm(servicePointSchema, saveServicePointAction, {
    defaultValues: initial,
    successMessage: editing ? t('saved') : undefined,
    onSuccess: (data) => {
      if (!editing) return router.push(`/staff/service-points/${data.id}?created=1`);
      // Show the cities as stored: lower-cased, one per line, duplicates gone.
      const values = form.getValues();
      form.reset({ ...values, cities: parseCities(values.cities).join('\n') });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <FormMessage message={message} />
      {editing ? <input type="hidden" {...form.register('id')} /> : null}
      <TextField label={t('name')} maxLength={120} data-autofocus={!editing || undefined} error={errors.name?.message} {...form.register('name')} />
      <TextAreaField label={t('address')} optional rows={2} className="min-h-0" maxLength={500} error={errors.address?.message} {...form.register('address')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('region')} optional maxLength={120} error={errors.region?.message} {...form.register('region')} />
        <TextField label={t('phone')} type="tel" inputMode="tel" optional maxLength={30} error={errors.phone?.message} {...form.register('phone')} />
      </div>
      <TextAreaField label={t('cities')} rows={4} hint={t('citiesHint')} maxLength={5000} error={errors.cities?.message} {...form.register('cities')} />
      <div className="flex items-start gap-2">
        <input id={activeId} type="checkbox" className="mt-1 size-4 rounded border-slate-300" aria-describedby={`${activeId}-hint`} {...form.register('active')} />
        <div>
          <label htmlFor={activeId} className="text-sm font-medium text-slate-800">
            {t('active')}
          </label>
          <p id={`${activeId}-hint`} className="text-xs text-slate-500">
            {t('activeHint')}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('create')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push('/staff/service-points')}>
          {tc('back')}
        </Button>
      </div>
    </form>
  );
}
