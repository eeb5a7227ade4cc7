'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Controller } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { saveRuleAction } from '@/lib/isp/upgrades/actions';
import { ruleSchema, type RuleInput } from '@/lib/isp/upgrades/schemas';

/** Create or edit a bandwidth-upgrade rule (admin). */
export function RuleForm({ initial, plans }: { initial: RuleInput; plans: Array<{ id: string; name: string }> }) {
  const t = useTranslations('ispOps.upgrades');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(ruleSchema, saveRuleAction, {
    defaultValues: initial,
    onSuccess: (d) => router.push(`/staff/isp/upgrades/${d.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <FormMessage message={message} />
      <TextField label={t('name')} hint={t('nameHint')} data-autofocus error={errors.name?.message} {...form.register('name')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t('minTenure')}
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          error={errors.minTenureMonths?.message}
          {...form.register('minTenureMonths')}
        />
        <TextField
          label={t('extraMbps')}
          type="number"
          inputMode="numeric"
          min={1}
          error={errors.extraMbps?.message}
          {...form.register('extraMbps')}
        />
        <TextField
          label={t('durationMonths')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          error={errors.durationMonths?.message}
          {...form.register('durationMonths')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('offerStart')} type="date" error={errors.offerStart?.message} {...form.register('offerStart')} />
        <TextField label={t('offerEnd')} type="date" error={errors.offerEnd?.message} {...form.register('offerEnd')} />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t('plans')}</legend>
        <p className="text-xs text-slate-500">{t('plansHint')}</p>
        <Controller
          control={form.control}
          name="planIds"
          render={({ field }) => (
            <div className="grid gap-1 sm:grid-cols-2">
              {plans.map((p) => {
                const value = (field.value ?? []) as string[];
                return (
                  <label key={p.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={value.includes(p.id)}
                      onChange={(e) => field.onChange(e.target.checked ? [...value, p.id] : value.filter((v) => v !== p.id))}
                      className="size-4 rounded border-slate-300"
                    />
                    {p.name}
                  </label>
                );
              })}
            </div>
          )}
        />
        {errors.planIds?.message ? <p className="text-xs font-medium text-red-700">{errors.planIds.message}</p> : null}
      </fieldset>
      <div className="space-y-2">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 rounded border-slate-300" {...form.register('automatic')} />
          <span>
            <span className="font-medium">{t('automatic')}</span>
            <span className="block text-xs text-slate-500">{t('automaticHint')}</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 rounded border-slate-300" {...form.register('active')} />
          <span>
            <span className="font-medium">{t('active')}</span>
            <span className="block text-xs text-slate-500">{t('activeHint')}</span>
          </span>
        </label>
      </div>
      <div className="flex flex-wrap gap-2 pt-2">
        <Button type="submit" pending={pending}>
          {tc('save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
