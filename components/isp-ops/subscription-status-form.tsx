'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import type { SubscriptionStatus } from '@/lib/isp/constants';
import { changeSubscriptionStatusAction } from '@/lib/isp/subscriptions/actions';
import { subscriptionStatusSchema } from '@/lib/isp/subscriptions/schemas';

/** Suspend, reactivate or terminate (terminated is final), with a reason; the form sends back the version it loaded. */
export function SubscriptionStatusForm({ id, version, moves }: { id: string; version: number; moves: readonly SubscriptionStatus[] }) {
  const t = useTranslations('ispOps.subscriptions');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(subscriptionStatusSchema, changeSubscriptionStatusAction, {
    defaultValues: { subscriptionId: id, version, status: moves[0], reason: '' },
    successMessage: t('statusChanged'),
    onSuccess: () => router.refresh(),
  });
  const status = form.watch('status');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <SelectField label={t('newStatus')} error={errors.status?.message} {...form.register('status')}>
        {moves.map((m) => (
          <option key={m} value={m}>
            {t(`moves.${m}`)}
          </option>
        ))}
      </SelectField>
      {status !== 'active' ? (
        <TextAreaField label={t('reason')} rows={2} className="min-h-16" error={errors.reason?.message} {...form.register('reason')} />
      ) : null}
      {status === 'terminated' ? <p className="text-xs text-red-700">{t('terminateWarning')}</p> : null}
      <Button type="submit" variant={status === 'terminated' ? 'danger' : 'primary'} pending={pending}>
        {t('changeStatus')}
      </Button>
    </form>
  );
}
