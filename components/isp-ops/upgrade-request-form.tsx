'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { requestUpgradeAction } from '@/lib/isp/subscriptions/actions';
import { upgradeRequestSchema } from '@/lib/isp/subscriptions/schemas';

/** The subscriber asks customer support for more bandwidth. */
export function UpgradeRequestForm({ subscriptionId }: { subscriptionId: string }) {
  const t = useTranslations('ispOps.account');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(upgradeRequestSchema, requestUpgradeAction, {
    defaultValues: { subscriptionId, note: '' },
    successMessage: t('requestSent'),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <TextAreaField label={t('requestNote')} optional rows={3} className="min-h-20" error={errors.note?.message} {...form.register('note')} />
      <Button type="submit" variant="secondary" pending={pending}>
        {t('requestUpgrade')}
      </Button>
    </form>
  );
}
