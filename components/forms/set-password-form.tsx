'use client';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/action';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/accounts/schemas';

/** Shared by the reset-password and invitation pages: both choose a password with a one-time link. */
export function SetPasswordForm({
  token,
  submitLabel,
  submit,
}: {
  token: string;
  submitLabel: string;
  submit: (v: SetPasswordInput) => Promise<ActionResult<{ redirectTo: string }>>;
}) {
  const t = useTranslations('auth.reset');
  const tr = useTranslations('auth.register');
  const { form, onSubmit, pending, message, errors } = useActionForm(setPasswordSchema, submit, {
    defaultValues: { token, password: '', confirmPassword: '' },
    clearOnError: ['password', 'confirmPassword'],
    onSuccess: (data) => window.location.assign(data.redirectTo),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <input type="hidden" {...form.register('token')} />
      <TextField label={t('password')} type="password" autoComplete="new-password" hint={tr('passwordHint')} error={errors.password?.message} {...form.register('password')} />
      <TextField label={t('confirmPassword')} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register('confirmPassword')} />
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
