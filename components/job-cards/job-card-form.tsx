'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { Alert, Card } from '@/components/ui/card';
import { TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { submitJobCard } from '@/lib/job-cards/actions';
import { jobCardSchema, PARTS_MAX } from '@/lib/job-cards/schemas';
import { SignaturePad } from './signature-pad';

type Props = { ticketId: string; version: number; defaultArrival: string; defaultFinish: string; zone: string; workable: boolean };

export function JobCardForm({ ticketId, version, defaultArrival, defaultFinish, zone, workable }: Props) {
  const t = useTranslations('jobCards');
  const errorText = useErrorText();
  const [padKey, setPadKey] = useState(0);
  const [done, setDone] = useState<{ resolved: boolean; warning?: string } | null>(null);
  const defaults = {
    ticketId,
    version,
    workDone: '',
    parts: [] as Array<{ name: string; qty: number }>,
    arrivalAt: defaultArrival,
    finishAt: defaultFinish,
    customerName: '',
    signature: '',
    resolve: false,
  };
  const { form, onSubmit, pending, message, errors } = useActionForm(jobCardSchema, submitJobCard, {
    defaultValues: defaults,
    onSuccess: (r) => {
      setDone({ resolved: r.resolved, warning: r.resolveErrorKey ? errorText(r.resolveErrorKey) : undefined });
      form.reset(defaults);
      setPadKey((k) => k + 1);
    },
  });
  const parts = useFieldArray({ control: form.control, name: 'parts' });
  const { register } = form;

  // The action revalidates this page; the component stays mounted, so the confirmation survives the
  // refresh even when the ticket is now resolved and takes no more cards.
  if (!workable && !done) return <Alert tone="info">{t('notWorkable')}</Alert>;
  return (
    <Card>
      {done ? (
        <div className="mb-4 space-y-2">
          <Alert tone="success">{done.resolved ? t('savedAndResolved') : t('saved')}</Alert>
          {done.warning ? <Alert tone="warning">{t('savedNotResolved', { reason: done.warning })}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            <Link href={`/print/tickets/${ticketId}/job-card`} className={buttonClass('secondary', 'sm')}>
              {t('openPrint')}
            </Link>
            <Link href={`/staff/tickets/${ticketId}`} className={buttonClass('ghost', 'sm')}>
              {t('backToTicket')}
            </Link>
          </div>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t('formLabel')} hidden={!workable}>
        <TextAreaField label={t('workDone')} hint={t('workDoneHint')} error={errors.workDone?.message} rows={5} maxLength={10_000} {...register('workDone')} />

        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t('partsUsed')}</legend>
          {parts.fields.length === 0 ? <p className="text-sm text-slate-600">{t('noParts')}</p> : null}
          {parts.fields.map((f, i) => (
            <div key={f.id} className="grid grid-cols-[1fr_5.5rem_auto] items-end gap-2">
              <TextField label={t('partNameN', { n: i + 1 })} error={errors.parts?.[i]?.name?.message} maxLength={120} autoComplete="off" {...register(`parts.${i}.name`)} />
              <TextField label={t('partQty')} error={errors.parts?.[i]?.qty?.message} type="number" inputMode="numeric" min={1} max={9999} step={1} {...register(`parts.${i}.qty`)} />
              <Button type="button" variant="ghost" size="sm" onClick={() => parts.remove(i)} aria-label={t('removePartN', { n: i + 1 })}>
                {t('removePart')}
              </Button>
            </div>
          ))}
          {errors.parts?.message ? <p className="text-xs font-medium text-red-700">{errorText(errors.parts.message)}</p> : null}
          <Button type="button" variant="secondary" size="sm" disabled={parts.fields.length >= PARTS_MAX} onClick={() => parts.append({ name: '', qty: 1 })}>
            {t('addPart')}
          </Button>
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('arrivalAtZone', { zone })} type="datetime-local" error={errors.arrivalAt?.message} {...register('arrivalAt')} />
          <TextField label={t('finishAtZone', { zone })} type="datetime-local" error={errors.finishAt?.message} {...register('finishAt')} />
        </div>

        <TextField label={t('customerName')} hint={t('customerNameHint')} error={errors.customerName?.message} maxLength={120} autoComplete="off" {...register('customerName')} />

        <SignaturePad
          key={padKey}
          label={t('customerSignature')}
          error={errorText(errors.signature?.message)}
          onChange={(v) => form.setValue('signature', v, { shouldValidate: form.formState.isSubmitted })}
        />

        <FormMessage message={message} />
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button type="submit" pending={pending && !form.getValues('resolve')} disabled={pending} onClick={() => form.setValue('resolve', false)}>
            {t('submit')}
          </Button>
          <Button type="submit" variant="secondary" pending={pending && !!form.getValues('resolve')} disabled={pending} onClick={() => form.setValue('resolve', true)}>
            {t('submitAndResolve')}
          </Button>
        </div>
        <p className="text-xs text-slate-500">{t('resolveHint')}</p>
      </form>
    </Card>
  );
}
