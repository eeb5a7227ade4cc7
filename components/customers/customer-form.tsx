'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { saveCustomerAction } from '@/lib/customers/actions';
import { CUSTOMER_TYPES } from '@/lib/customers/constants';
import { customerSchema, type CustomerInput } from '@/lib/customers/schemas';

export type PlanChoice = { id: string; name: string; active: boolean; hint: string };

/** Create (no id) or edit (id + version). The same zod schema runs here and in the action. */
export function CustomerForm({ initial, plans }: { initial: CustomerInput; plans: PlanChoice[] }) {
  const t = useTranslations('customers');
  const tc = useTranslations('common');
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, pending, message, errors } = useActionForm(customerSchema, saveCustomerAction, {
    defaultValues: initial,
    onSuccess: (data) => router.push(`/staff/customers/${data.id}?saved=1`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
      <FormMessage message={message} />
      {editing ? (
        <>
          <input type="hidden" {...form.register('id')} />
          <input type="hidden" {...form.register('version')} />
        </>
      ) : null}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionIdentity')}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="sm:col-span-2">
            <TextField label={t('name')} autoComplete="off" maxLength={200} data-autofocus error={errors.name?.message} {...form.register('name')} />
          </div>
          <SelectField label={t('type')} error={errors.type?.message} {...form.register('type')}>
            {CUSTOMER_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('email')} type="email" inputMode="email" autoComplete="off" optional maxLength={254} error={errors.email?.message} {...form.register('email')} />
          <TextField
            label={t('phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            optional
            hint={t('phoneHint')}
            maxLength={30}
            error={errors.phone?.message}
            {...form.register('phone')}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionAddress')}</legend>
        <TextAreaField label={t('address')} optional rows={2} className="min-h-0" maxLength={500} error={errors.address?.message} {...form.register('address')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('city')} optional hint={t('cityHint')} maxLength={120} error={errors.city?.message} {...form.register('city')} />
          <TextField label={t('region')} optional hint={t('regionHint')} maxLength={120} error={errors.region?.message} {...form.register('region')} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionService')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('personInCharge')} optional maxLength={120} error={errors.personInCharge?.message} {...form.register('personInCharge')} />
          <TextField label={t('salesperson')} optional maxLength={120} error={errors.salesperson?.message} {...form.register('salesperson')} />
        </div>
        <SelectField label={t('slaPlan')} optional hint={t('slaPlanHint')} error={errors.slaPlanId?.message} {...form.register('slaPlanId')}>
          <option value="">{t('noPlan')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.active ? `${p.name} (${p.hint})` : `${p.name} (${t('planInactive')})`}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('productsUsed')} optional rows={2} className="min-h-0" maxLength={1000} error={errors.productsUsed?.message} {...form.register('productsUsed')} />
        <TextField label={t('tags')} optional hint={t('tagsHint')} maxLength={1000} error={errors.tags?.message} {...form.register('tags')} />
        <TextAreaField label={t('notes')} optional rows={4} maxLength={5000} error={errors.notes?.message} {...form.register('notes')} />
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('create')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push(editing ? `/staff/customers/${initial.id}` : '/staff/customers')}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
