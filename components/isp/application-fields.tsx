'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { SelectField, TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { formatRupiah } from '@/lib/format/money';
import type { ApplyInput } from '@/lib/isp/applications/schemas';
import { AreaPicker } from './area-picker';

export type SignupPlan = { id: string; slug: string; name: string; downloadMbps: number; monthlyPriceIdr: number };
export type DateRules = { min: string; max: string; workingDays: number[]; holidays: string[] };

/** The browser's copy of the server's date rule (today … +60 days, working days, no holidays). */
export function dateProblem(v: string, r: DateRules): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  if (v < r.min) return 'isp.signup.errors.dateInPast';
  if (v > r.max) return 'isp.signup.errors.dateTooFar';
  const [y, m, d] = v.split('-').map(Number);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  if (!r.workingDays.includes(w) || r.holidays.includes(v)) return 'isp.signup.errors.dateNotWorking';
  return null;
}

/** Adds the calendar rule to a form schema for the browser; the server checks it again with its calendar. */
export function withDateRule<S extends z.ZodType<{ preferredDate: string }>>(schema: S, rules: DateRules) {
  return schema.superRefine((v, ctx) => {
    const p = dateProblem(v.preferredDate, rules);
    if (p) ctx.addIssue({ code: 'custom', path: ['preferredDate'], message: p });
  });
}

/** The fields both sign-up forms share: who, where, which plan, when, and the consent. */
export function ApplicationFields({
  form,
  plans,
  rules,
  initialVillage,
}: {
  form: UseFormReturn<ApplyInput>;
  plans: SignupPlan[];
  rules: DateRules;
  initialVillage: string | null;
}) {
  const t = useTranslations('isp.signup');
  const errorText = useErrorText();
  const errors = form.formState.errors as FieldErrors<ApplyInput>;
  const consentId = useId();
  const days = rules.workingDays.length === 5 && !rules.workingDays.includes(6) ? t('weekdays') : t('workingDaysOnly');
  return (
    <>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('aboutYou')}</legend>
        <TextField label={t('fullName')} autoComplete="name" hint={t('fullNameHint')} error={errors.fullName?.message} {...form.register('fullName')} />
        <TextField
          label={t('nik')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          hint={t('nikHint')}
          error={errors.nik?.message}
          {...form.register('nik')}
        />
        <TextField label={t('phone')} type="tel" autoComplete="tel" inputMode="tel" hint={t('phoneHint')} error={errors.phone?.message} {...form.register('phone')} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('installation')}</legend>
        <input type="hidden" {...form.register('villageCode')} />
        <AreaPicker
          initialCode={initialVillage}
          error={errors.villageCode?.message}
          onChange={(c) => form.setValue('villageCode', c?.code ?? '', { shouldValidate: form.formState.isSubmitted })}
        />
        <TextAreaField
          label={t('addressLine')}
          autoComplete="street-address"
          rows={2}
          className="min-h-16"
          hint={t('addressHint')}
          error={errors.addressLine?.message}
          {...form.register('addressLine')}
        />
        <SelectField label={t('plan')} error={errors.planId?.message} {...form.register('planId')}>
          <option value="">{t('choosePlan')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {t('planOption', { name: p.name, mbps: p.downloadMbps, price: formatRupiah(p.monthlyPriceIdr) })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('preferredDate')}
          type="date"
          min={rules.min}
          max={rules.max}
          hint={t('preferredDateHint', { days })}
          error={errors.preferredDate?.message}
          {...form.register('preferredDate')}
        />
      </fieldset>

      <div className="flex items-start gap-2">
        <input
          id={consentId}
          type="checkbox"
          className="mt-1 size-4 shrink-0 rounded border-slate-300"
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? `${consentId}-error` : undefined}
          {...form.register('consent')}
        />
        <div>
          <label htmlFor={consentId} className="text-sm text-slate-800">
            {t('consent')}
          </label>
          {errors.consent ? (
            <p id={`${consentId}-error`} className="text-xs font-medium text-red-700">
              {errorText(errors.consent.message)}
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
