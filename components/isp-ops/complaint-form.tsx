'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { fileComplaintAction } from '@/lib/isp/subscriptions/actions';
import { complaintSchema } from '@/lib/isp/subscriptions/schemas';

/** The subscriber's complaint: becomes a helpdesk ticket (category complaint) about this subscription. */
export function ComplaintForm({ subscriptionId, idempotencyKey }: { subscriptionId: string; idempotencyKey: string }) {
  const t = useTranslations('ispOps.complaints');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(complaintSchema, fileComplaintAction, {
    defaultValues: { subscriptionId, summary: '', detail: '', idempotencyKey },
    onSuccess: (d) => router.push(`/account/tickets/${d.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <TextField
        label={t('summaryLabel')}
        placeholder={t('summaryPlaceholder')}
        maxLength={200}
        error={errors.summary?.message}
        {...form.register('summary')}
      />
      <TextAreaField label={t('detailLabel')} hint={t('detailHint')} rows={4} error={errors.detail?.message} {...form.register('detail')} />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
