'use client';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { forgotPassword } from '@/lib/accounts/actions';
import { emailOnlySchema } from '@/lib/accounts/schemas';

export function ForgotForm() {
  const t = useTranslations('auth.forgot');
  const tl = useTranslations('auth.login');
  const { form, onSubmit, pending, message, errors } = useActionForm(emailOnlySchema, forgotPassword, {
    defaultValues: { email: '' },
    successMessage: t('sent'),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField label={tl('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
