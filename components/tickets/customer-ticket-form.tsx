'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { submitTicket } from '@/lib/tickets/actions';
import { ATTACHMENTS_PER_TICKET, TICKET_CATEGORIES, TICKET_PRIORITIES } from '@/lib/tickets/constants';
import { customerTicketSchema } from '@/lib/tickets/schemas';
import { AttachmentPicker } from './attachment-picker';

/** The customer's "report a problem" form. The idempotency key comes from the server page, so a double submit opens one ticket. */
export function CustomerTicketForm({ idempotencyKey, projects, phone }: { idempotencyKey: string; projects: Array<{ id: string; name: string }>; phone: string }) {
  const t = useTranslations('tickets');
  const router = useRouter();
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, pending, message, setMessage, errors } = useActionForm(customerTicketSchema, submitTicket, {
    defaultValues: { projectId: '', category: 'incident', priority: 'normal', summary: '', detail: '', reporterPhone: phone, idempotencyKey, attachmentIds: [] },
    onSuccess: (r) => router.push(`/account/tickets/${r.id}?created=1`),
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
      <input type="hidden" {...form.register('idempotencyKey')} />
      <TextField label={t('new.summary')} hint={t('new.summaryHint')} maxLength={200} autoComplete="off" error={errors.summary?.message} {...form.register('summary')} />
      <div className="grid gap-4 sm:grid-cols-2">
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
      {projects.length ? (
        <SelectField label={t('new.project')} optional error={errors.projectId?.message} {...form.register('projectId')}>
          <option value="">{t('new.noProject')}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField label={t('new.detail')} hint={t('new.detailHint')} rows={6} maxLength={10_000} error={errors.detail?.message} {...form.register('detail')} />
      <TextField label={t('account.phone')} type="tel" inputMode="tel" autoComplete="tel" optional maxLength={30} error={errors.reporterPhone?.message} {...form.register('reporterPhone')} />
      <AttachmentPicker max={ATTACHMENTS_PER_TICKET} onBusyChange={setUploading} onChange={(ids) => form.setValue('attachmentIds', ids)} disabled={pending} />
      <Button type="submit" pending={pending} disabled={uploading}>
        {pending ? t('account.submitting') : t('account.submit')}
      </Button>
    </form>
  );
}
