'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { saveProjectAction } from '@/lib/projects/actions';
import { projectSchema, type ProjectInput } from '@/lib/projects/schemas';
import type { PlanChoice } from './customer-form';

type DateField = 'deliveryBegin' | 'deliveryEnd' | 'installationBegin' | 'installationEnd' | 'uatBegin' | 'uatEnd' | 'billingStart' | 'billingDue';
const PHASES: Array<{ key: string; begin: DateField; end: DateField; beginLabel: string; endLabel: string }> = [
  { key: 'delivery', begin: 'deliveryBegin', end: 'deliveryEnd', beginLabel: 'begin', endLabel: 'end' },
  { key: 'installation', begin: 'installationBegin', end: 'installationEnd', beginLabel: 'begin', endLabel: 'end' },
  { key: 'uat', begin: 'uatBegin', end: 'uatEnd', beginLabel: 'begin', endLabel: 'end' },
  { key: 'billing', begin: 'billingStart', end: 'billingDue', beginLabel: 'billingStart', endLabel: 'billingDue' },
];

function Phase({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-md p-3 ring-1 ring-slate-200">
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** Create (no id) or edit (id + version) a project of one customer. Date order is checked by the shared schema. */
export function ProjectForm({ initial, plans, customerName }: { initial: ProjectInput; plans: PlanChoice[]; customerName: string }) {
  const t = useTranslations('projects');
  const tc = useTranslations('common');
  const router = useRouter();
  const editing = !!initial.id;
  const back = `/staff/customers/${initial.customerId}`;
  const { form, onSubmit, pending, message, errors } = useActionForm(projectSchema, saveProjectAction, {
    defaultValues: initial,
    onSuccess: () => router.push(`${back}?project=saved#projects`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormMessage message={message} />
      <input type="hidden" {...form.register('customerId')} />
      {editing ? (
        <>
          <input type="hidden" {...form.register('id')} />
          <input type="hidden" {...form.register('version')} />
        </>
      ) : null}
      <TextField label={t('name')} hint={t('nameHint', { customer: customerName })} maxLength={200} data-autofocus error={errors.name?.message} {...form.register('name')} />

      {PHASES.map((ph) => (
        <Phase key={ph.key} legend={t(`phases.${ph.key}`)}>
          <TextField label={t(ph.beginLabel)} type="date" optional error={errors[ph.begin]?.message} {...form.register(ph.begin)} />
          <TextField label={t(ph.endLabel)} type="date" optional error={errors[ph.end]?.message} {...form.register(ph.end)} />
        </Phase>
      ))}

      <Phase legend={t('phases.warranty')}>
        <TextField
          label={t('warrantyMonths')}
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          hint={t('warrantyHint')}
          error={errors.warrantyMonths?.message}
          {...form.register('warrantyMonths')}
        />
      </Phase>

      <Phase legend={t('phases.contract')}>
        <TextField label={t('contractStart')} type="date" optional error={errors.contractStart?.message} {...form.register('contractStart')} />
        <TextField
          label={t('contractMonths')}
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          hint={t('contractHint')}
          error={errors.contractMonths?.message}
          {...form.register('contractMonths')}
        />
      </Phase>

      <SelectField label={t('slaPlan')} optional hint={t('slaPlanHint')} error={errors.slaPlanId?.message} {...form.register('slaPlanId')}>
        <option value="">{t('planFromCustomer')}</option>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.active ? `${p.name} (${p.hint})` : `${p.name} (${t('planInactive')})`}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('notes')} optional rows={3} maxLength={5000} error={errors.notes?.message} {...form.register('notes')} />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('create')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push(back)}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
