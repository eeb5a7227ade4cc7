import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { SetPasswordForm } from '@/components/forms/set-password-form';
import { Alert } from '@/components/ui/card';
import { resetPassword } from '@/lib/accounts/actions';
import { isTokenUsable } from '@/lib/accounts/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.reset');
  return { title: t('title'), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.reset');
  const tf = await getTranslations('auth.forgot');
  const usable = typeof token === 'string' && (await isTokenUsable('reset_password', token));
  return (
    <AuthCard title={t('title')}>
      {usable ? (
        <SetPasswordForm token={token} submitLabel={t('submit')} submit={resetPassword} />
      ) : (
        <div className="space-y-3">
          <Alert tone="error">{t('invalidLink')}</Alert>
          <Link href="/forgot-password">{tf('title')}</Link>
        </div>
      )}
    </AuthCard>
  );
}
