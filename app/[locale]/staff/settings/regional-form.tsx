'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { prefill } from '@/components/admin/prefill';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { LOCALES, TIME_ZONES } from '@/lib/i18n/config';
import { saveRegional } from '@/lib/settings/actions';
import { regionalSchema, type RegionalSettings } from '@/lib/settings/schemas';

export function RegionalForm({ regional, labelId }: { regional: RegionalSettings; labelId: string }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(regionalSchema, saveRegional, {
    defaultValues: regional,
    successMessage: t('saved'),
    // The shell (company name, sidebar modules, time zone) renders settings too.
    onSuccess: () => router.refresh(),
  });
  const field = prefill(form, regional).text;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelId} className="space-y-4">
      <FormMessage message={message} />
      <div className="grid max-w-xl gap-4 sm:grid-cols-2">
        <SelectField label={t('timeZone')} error={errors.timeZone?.message} {...field('timeZone')}>
          {TIME_ZONES.map((z) => (
            <option key={z} value={z}>
              {t(`zones.${z}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('defaultLocale')} error={errors.defaultLocale?.message} {...field('defaultLocale')}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {tc(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" pending={pending}>
        {pending ? tc('saving') : tc('save')}
      </Button>
    </form>
  );
}
