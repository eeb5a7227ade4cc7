'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { applyForInternet } from '@/lib/isp/applications/actions';
import { applySchema } from '@/lib/isp/applications/schemas';
import { ApplicationFields, withDateRule, type DateRules, type SignupPlan } from './application-fields';

/** A signed-in customer's application: the account's e-mail is used, nothing else to create. */
export function ApplyForm({
  plans,
  rules,
  idempotencyKey,
  initialPlanId,
  initialVillage,
  defaults,
}: {
  plans: SignupPlan[];
  rules: DateRules;
  idempotencyKey: string;
  initialPlanId: string;
  initialVillage: string | null;
  defaults: { fullName: string; phone: string };
}) {
  const t = useTranslations('isp.signup');
  const router = useRouter();
  const schema = useMemo(() => withDateRule(applySchema, rules), [rules]);
  const { form, onSubmit, pending, message } = useActionForm(schema, applyForInternet, {
    defaultValues: {
      fullName: defaults.fullName,
      nik: '',
      phone: defaults.phone,
      addressLine: '',
      villageCode: initialVillage ?? '',
      planId: initialPlanId,
      preferredDate: '',
      consent: false as unknown as true,
      idempotencyKey,
    },
    onSuccess: (data) => router.push(data.id ? `/account/applications/${data.id}?submitted=1` : '/account/applications'),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage message={message} />
      <ApplicationFields form={form} plans={plans} rules={rules} initialVillage={initialVillage} />
      <input type="hidden" {...form.register('idempotencyKey')} />
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
