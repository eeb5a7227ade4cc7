'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { login, resendVerificationEmail } from '@/lib/accounts/actions';
import { loginSchema } from '@/lib/accounts/schemas';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.login');
  const [unverified, setUnverified] = useState(false);
  const [resent, setResent] = useState<string | null>(null);
  const [resending, startResend] = useTransition();
  const { form, onSubmit, pending, message, errors } = useActionForm(loginSchema, login, {
    defaultValues: { email: '', password: '', callbackUrl },
    clearOnError: ['password'],
    onSuccess: (data) => {
      if (data.status === 'unverified') {
        setUnverified(true);
        form.setValue('password', '');
        return;
      }
      window.location.assign(data.redirectTo);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      {unverified ? (
        <Alert tone="warning">
          <p>{t('unverified')}</p>
          <button
            type="button"
            className="mt-2 font-semibold underline"
            disabled={resending}
            onClick={() =>
              startResend(async () => {
                const r = await resendVerificationEmail({ email: form.getValues('email') });
                setResent(r.ok ? t('resent') : r.message);
              })
            }
          >
            {t('resend')}
          </button>
          {resent ? <p className="mt-2">{resent}</p> : null}
        </Alert>
      ) : null}
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
      <TextField label={t('password')} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
      <input type="hidden" {...form.register('callbackUrl')} />
      <div className="flex items-center justify-between gap-3">
        <Link href="/forgot-password" className="text-sm">
          {t('forgot')}
        </Link>
        <Button type="submit" pending={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
