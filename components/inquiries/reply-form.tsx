'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { replyInquiry } from '@/lib/inquiries/actions';
import { inquiryReplySchema } from '@/lib/inquiries/schemas';

/** Helpdesk answers; the answer is e-mailed to the sender through the outbox and kept on the thread. */
export function InquiryReplyForm({ inquiryId, email }: { inquiryId: string; email: string }) {
  const t = useTranslations('inquiries.staff');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(inquiryReplySchema, replyInquiry, {
    defaultValues: { inquiryId, body: '', close: false },
    resetOnSuccess: true,
    successMessage: t('replySent', { email }),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <input type="hidden" {...form.register('inquiryId')} />
      <TextAreaField label={t('replyLabel')} rows={6} maxLength={10_000} hint={t('replyHint', { email })} error={errors.body?.message} {...form.register('body')} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" {...form.register('close')} />
        {t('replyAndClose')}
      </label>
      <Button type="submit" pending={pending}>
        {t('sendReply')}
      </Button>
    </form>
  );
}
