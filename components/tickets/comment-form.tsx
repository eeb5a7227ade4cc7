'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { addCommentAction } from '@/lib/tickets/actions';
import { commentSchema } from '@/lib/tickets/schemas';

/** Staff choose public or internal; customers always write public comments (the service enforces it too). */
export function CommentForm({ ticketId, allowInternal }: { ticketId: string; allowInternal: boolean }) {
  const t = useTranslations('tickets.detail');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(commentSchema, addCommentAction, {
    defaultValues: { ticketId, body: '', internal: false },
    resetOnSuccess: true,
    successMessage: t('sent'),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <TextAreaField label={t('commentLabel')} rows={3} maxLength={10_000} error={errors.body?.message} {...form.register('body')} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {allowInternal ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" className="size-4 rounded border-slate-300" {...form.register('internal')} />
            {t('internal')}
          </label>
        ) : (
          <span />
        )}
        <Button type="submit" pending={pending}>
          {t('send')}
        </Button>
      </div>
    </form>
  );
}
