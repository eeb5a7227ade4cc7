'use client';
import Link from '@/components/public/link';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { signUpForInternet } from '@/lib/isp/applications/actions';
import { signupSchema, type ApplyInput } from '@/lib/isp/applications/schemas';
import { ApplicationFields, withDateRule, type DateRules, type SignupPlan } from './application-fields';
import { Honeypot } from './honeypot';

/** Public sign-up: the application plus a new account, verified by e-mail before it is processed. */
export function SignupForm({
  plans,
  rules,
  idempotencyKey,
  initialPlanId,
  initialVillage,
}: {
  plans: SignupPlan[];
  rules: DateRules;
  idempotencyKey: string;
  initialPlanId: string;
  initialVillage: string | null;
}) {
  const t = useTranslations('isp.signup');
  const [done, setDone] = useState<{ number: string | null; email: string } | null>(null);
  const schema = useMemo(() => withDateRule(signupSchema, rules), [rules]);
  const { form, onSubmit, pending, message, errors } = useActionForm(schema, signUpForInternet, {
    defaultValues: {
      fullName: '',
      nik: '',
      phone: '',
      email: '',
      password: '',
      confirmPassword: '',
      addressLine: '',
      villageCode: initialVillage ?? '',
      planId: initialPlanId,
      preferredDate: '',
      consent: false as unknown as true,
      idempotencyKey,
      website: '',
    },
    clearOnError: ['password', 'confirmPassword'],
    onSuccess: (data) => {
      setDone({ number: data.number, email: form.getValues('email') });
      window.scrollTo({ top: 0 });
    },
  });
  const emailTaken = errors.email?.type === 'server';

  if (done) {
    return (
      <Alert tone="success">
        <p className="text-base font-semibold">{done.number ? t('doneTitle', { number: done.number }) : t('doneTitleNoNumber')}</p>
        <p className="mt-2">{t('doneBody', { email: done.email })}</p>
        <p className="mt-2">{t('doneNext')}</p>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="relative space-y-6">
      <FormMessage message={message} />
      {emailTaken ? (
        <Alert tone="info">
          <p>{t('loginFirst')}</p>
          <Link href="/login?callbackUrl=%2Faccount%2Fapplications%2Fnew" className={`${buttonClass('secondary', 'sm')} mt-2`}>
            {t('loginButton')}
          </Link>
        </Alert>
      ) : null}
      <ApplicationFields form={form as unknown as UseFormReturn<ApplyInput>} plans={plans} rules={rules} initialVillage={initialVillage} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('account')}</legend>
        <p className="text-sm text-slate-600">{t('accountLead')}</p>
        <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
        <TextField label={t('password')} type="password" autoComplete="new-password" hint={t('passwordHint')} error={errors.password?.message} {...form.register('password')} />
        <TextField label={t('confirmPassword')} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register('confirmPassword')} />
      </fieldset>
      <input type="hidden" {...form.register('idempotencyKey')} />
      <Honeypot label={t('honeypot')} registration={form.register('website')} />
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
