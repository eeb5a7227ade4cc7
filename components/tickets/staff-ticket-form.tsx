'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { openTicketForCustomer } from '@/lib/tickets/actions';
import { ATTACHMENTS_PER_TICKET, TICKET_CATEGORIES, TICKET_PRIORITIES } from '@/lib/tickets/constants';
import { staffTicketSchema } from '@/lib/tickets/schemas';
import { AttachmentPicker } from './attachment-picker';

type Customer = { id: string; name: string; phone: string | null; email: string | null; personInCharge: string | null; projects: Array<{ id: string; name: string }> };

/** Helpdesk opens a ticket for the chosen customer; the reporter defaults to the customer's contact data. */
export function StaffTicketForm({ idempotencyKey, customer }: { idempotencyKey: string; customer: Customer }) {
  const t = useTranslations('tickets');
  const router = useRouter();
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, pending, message, setMessage, errors } = useActionForm(staffTicketSchema, openTicketForCustomer, {
    defaultValues: {
      customerId: customer.id,
      projectId: '',
      category: 'incident',
      priority: 'normal',
      summary: '',
      detail: '',
      reporterName: customer.personInCharge ?? '',
      reporterPhone: customer.phone ?? '',
      reporterEmail: customer.email ?? '',
      idempotencyKey,
      attachmentIds: [],
    },
    onSuccess: (r) => router.push(`/staff/tickets/${r.id}?created=1`),
  });
  return (
    <form
      onSubmit={(e) => {
        if (uploading) {
          e.preventDefault();
          setMessage({ tone: 'warning', text: t('errors.uploadPending') });
          return;
        }
        return onSubmit(e);
      }}
      noValidate
      className="max-w-2xl space-y-4"
    >
      <FormMessage message={message} />
      <input type="hidden" {...form.register('customerId')} />
      <input type="hidden" {...form.register('idempotencyKey')} />
      {errors.customerId?.message ? <p className="text-sm font-medium text-red-700">{t('errors.customerRequired')}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t('new.project')} optional error={errors.projectId?.message} {...form.register('projectId')}>
          <option value="">{t('new.noProject')}</option>
          {customer.projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('new.category')} error={errors.category?.message} {...form.register('category')}>
          {TICKET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('new.priority')} error={errors.priority?.message} {...form.register('priority')}>
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('new.summary')} hint={t('new.summaryHint')} maxLength={200} autoComplete="off" error={errors.summary?.message} {...form.register('summary')} />
      <TextAreaField label={t('new.detail')} hint={t('new.detailHint')} rows={6} maxLength={10_000} error={errors.detail?.message} {...form.register('detail')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t('new.reporterName')} maxLength={120} autoComplete="off" error={errors.reporterName?.message} {...form.register('reporterName')} />
        <TextField label={t('new.reporterPhone')} type="tel" inputMode="tel" optional maxLength={30} autoComplete="off" error={errors.reporterPhone?.message} {...form.register('reporterPhone')} />
        <TextField label={t('new.reporterEmail')} type="email" optional maxLength={254} autoComplete="off" error={errors.reporterEmail?.message} {...form.register('reporterEmail')} />
      </div>
      <AttachmentPicker max={ATTACHMENTS_PER_TICKET} onBusyChange={setUploading} onChange={(ids) => form.setValue('attachmentIds', ids)} disabled={pending} />
      <Button type="submit" pending={pending} disabled={uploading}>
        {pending ? t('new.submitting') : t('new.submit')}
      </Button>
    </form>
  );
}
