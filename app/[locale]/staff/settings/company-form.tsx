'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { prefill } from '@/components/admin/prefill';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { saveCompany } from '@/lib/settings/actions';
import { companySchema, type CompanySettings } from '@/lib/settings/schemas';

export function CompanyForm({ company, labelId }: { company: CompanySettings; labelId: string }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const router = useRouter();
  const initial = { ...company, phone: company.phone ?? '', whatsapp: company.whatsapp ?? '' };
  const { form, onSubmit, pending, message, errors } = useActionForm(companySchema, saveCompany, {
    defaultValues: initial,
    successMessage: t('saved'),
    // The shell (company name, sidebar modules, time zone) renders settings too.
    onSuccess: () => router.refresh(),
  });
  const field = prefill(form, initial).text;
  const url = (name: 'mapUrl' | 'instagram' | 'facebook' | 'youtube' | 'tiktok') => (
    <TextField label={t(name)} type="url" inputMode="url" placeholder="https://" optional error={errors[name]?.message} {...field(name)} />
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelId} className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t('companyName')} autoComplete="organization" error={errors.name?.message} {...field('name')} />
        <TextField label={t('tagline')} optional error={errors.tagline?.message} {...field('tagline')} />
      </div>
      <TextAreaField label={t('about')} optional rows={4} error={errors.about?.message} {...field('about')} />
      <TextAreaField label={t('vision')} optional rows={3} error={errors.vision?.message} {...field('vision')} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t('address')} optional autoComplete="street-address" error={errors.address?.message} {...field('address')} />
        <TextField label={t('city')} optional autoComplete="address-level2" error={errors.city?.message} {...field('city')} />
        <TextField label={t('phone')} type="tel" inputMode="tel" optional error={errors.phone?.message} {...field('phone')} />
        <TextField label={t('whatsapp')} type="tel" inputMode="tel" optional error={errors.whatsapp?.message} {...field('whatsapp')} />
        <TextField label={t('email')} type="email" inputMode="email" optional error={errors.email?.message} {...field('email')} />
        {url('mapUrl')}
        {url('instagram')}
        {url('facebook')}
        {url('youtube')}
        {url('tiktok')}
      </div>
      <Button type="submit" pending={pending}>
        {pending ? tc('saving') : tc('save')}
      </Button>
    </form>
  );
}
