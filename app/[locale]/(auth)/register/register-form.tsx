'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { register } from '@/lib/accounts/actions';
import { registerSchema } from '@/lib/accounts/schemas';

export function RegisterForm() {
  const t = useTranslations('auth.register');
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { form, onSubmit, pending, message, errors } = useActionForm(registerSchema, register, {
    defaultValues: { name: '', email: '', phone: '', password: '', confirmPassword: '' },
    clearOnError: ['password', 'confirmPassword'],
    onSuccess: (data) => setDoneFor(data.email),
  });
  if (doneFor) {
    return (
      <Alert tone="success">
        <p className="font-semibold">{t('doneTitle')}</p>
        <p className="mt-1">{t('doneBody', { email: doneFor })}</p>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField label={t('name')} autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
      <TextField label={t('phone')} type="tel" autoComplete="tel" inputMode="tel" optional error={errors.phone?.message} {...form.register('phone')} />
      <TextField label={t('password')} type="password" autoComplete="new-password" hint={t('passwordHint')} error={errors.password?.message} {...form.register('password')} />
      <TextField label={t('confirmPassword')} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register('confirmPassword')} />
      <Button type="submit" pending={pending} className="w-full">
        {t('submit')}
      </Button>
    </form>
  );
}
