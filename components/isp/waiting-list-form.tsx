'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { joinWaitingListAction } from '@/lib/isp/coverage/actions';
import { waitingListSchema } from '@/lib/isp/coverage/schemas';
import { Honeypot } from './honeypot';

/** "Not covered yet": the visitor leaves contact details and hears from us once, when the area opens. */
export function WaitingListForm({ villageCode, place, plans }: { villageCode: string; place: string; plans: Array<{ id: string; name: string }> }) {
  const t = useTranslations('isp.coverage');
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, message, errors } = useActionForm(waitingListSchema, joinWaitingListAction, {
    defaultValues: { villageCode, name: '', phone: '', email: '', address: '', planId: '', website: '' },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <Alert tone="success">
        <p className="font-semibold">{t('waitlistDoneTitle')}</p>
        <p className="mt-1">{t('waitlistDoneBody', { place })}</p>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="relative space-y-4" aria-labelledby="waitlist-heading">
      <h3 id="waitlist-heading" className="text-lg font-semibold">
        {t('waitlistTitle')}
      </h3>
      <p className="text-sm text-slate-600">{t('waitlistLead', { place })}</p>
      <FormMessage message={message} />
      <input type="hidden" {...form.register('villageCode')} />
      <TextField label={t('name')} autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <TextField label={t('phone')} type="tel" autoComplete="tel" inputMode="tel" hint={t('phoneHint')} error={errors.phone?.message} {...form.register('phone')} />
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
      <TextAreaField label={t('address')} autoComplete="street-address" rows={2} className="min-h-16" error={errors.address?.message} {...form.register('address')} />
      {plans.length ? (
        <SelectField label={t('planOfInterest')} optional error={errors.planId?.message} {...form.register('planId')}>
          <option value="">{t('anyPlan')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Honeypot label={t('honeypot')} registration={form.register('website')} />
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        {t('joinWaitlist')}
      </Button>
    </form>
  );
}
