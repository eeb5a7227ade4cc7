import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { Alert } from '@/components/ui/card';
import { isTokenUsable } from '@/lib/accounts/queries';
import { VerifyForm } from './verify-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.verify');
  return { title: t('title'), robots: { index: false } };
}

// GET only shows the button; the POST (server action) consumes the token, so mail scanners that
// prefetch links do not use it up (C9).
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.verify');
  const usable = typeof token === 'string' && (await isTokenUsable('verify_email', token));
  return (
    <AuthCard title={t('title')}>
      {usable ? <VerifyForm token={token} /> : <Alert tone="error">{t('invalidLink')}</Alert>}
    </AuthCard>
  );
}
