import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { SetPasswordForm } from '@/components/forms/set-password-form';
import { Alert } from '@/components/ui/card';
import { acceptInvitation } from '@/lib/accounts/actions';
import { isTokenUsable } from '@/lib/accounts/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.invite');
  return { title: t('title'), robots: { index: false } };
}

export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.invite');
  const usable = typeof token === 'string' && (await isTokenUsable('invite', token));
  return (
    <AuthCard title={t('title')} subtitle={usable ? t('body') : undefined}>
      {usable ? <SetPasswordForm token={token} submitLabel={t('submit')} submit={acceptInvitation} /> : <Alert tone="error">{t('invalidLink')}</Alert>}
    </AuthCard>
  );
}
