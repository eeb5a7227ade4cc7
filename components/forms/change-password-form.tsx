'use client';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { updatePassword } from '@/lib/accounts/actions';
import { changePasswordSchema } from '@/lib/accounts/schemas';

export function ChangePasswordForm() {
  const t = useTranslations('auth.password');
  const tr = useTranslations('auth.register');
  const { form, onSubmit, pending, message, errors } = useActionForm(changePasswordSchema, updatePassword, {
    defaultValues: { currentPassword: '', password: '', confirmPassword: '' },
    clearOnError: ['currentPassword', 'password', 'confirmPassword'],
    resetOnSuccess: true,
    successMessage: t('changed'),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-4">
      <FormMessage message={message} />
      <TextField label={t('current')} type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register('currentPassword')} />
      <TextField label={t('new')} type="password" autoComplete="new-password" hint={tr('passwordHint')} error={errors.password?.message} {...form.register('password')} />
      <TextField label={t('confirm')} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register('confirmPassword')} />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
