'use client';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { saveProfile } from '@/lib/accounts/actions';
import { profileSchema } from '@/lib/accounts/schemas';
import { LOCALES } from '@/lib/i18n/config';

export function ProfileForm({ profile }: { profile: { name: string; email: string; phone: string | null; locale: 'id' | 'en' | null } }) {
  const t = useTranslations('auth.profile');
  const tc = useTranslations('common');
  const initialLocale = profile.locale;
  const { form, onSubmit, pending, message, errors } = useActionForm(profileSchema, saveProfile, {
    defaultValues: { name: profile.name, phone: profile.phone ?? '', locale: profile.locale ?? 'id' },
    successMessage: t('saved'),
    onSuccess: () => {
      // A new language needs a reload to re-render every server component in it.
      if (form.getValues('locale') !== initialLocale) window.location.reload();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-4">
      <FormMessage message={message} />
      <TextField label={t('email')} value={profile.email} readOnly disabled hint={t('emailHint')} />
      <TextField label={t('name')} autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <TextField label={t('phone')} type="tel" inputMode="tel" autoComplete="tel" optional error={errors.phone?.message} {...form.register('phone')} />
      <SelectField label={t('locale')} error={errors.locale?.message} {...form.register('locale')}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {tc(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" pending={pending}>
        {tc('save')}
      </Button>
    </form>
  );
}
