import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { ForgotForm } from './forgot-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.forgot');
  return { title: t('title'), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth.forgot');
  const tn = await getTranslations('nav');
  return (
    <AuthCard title={t('title')} subtitle={t('body')} footer={<Link href="/login">{tn('login')}</Link>}>
      <ForgotForm />
    </AuthCard>
  );
}
