import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/forms/change-password-form';
import { PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';

export default async function PasswordPage() {
  await requireUser();
  const t = await getTranslations('auth.password');
  return (
    <>
      <PageHeader title={t('title')} />
      <ChangePasswordForm />
    </>
  );
}
