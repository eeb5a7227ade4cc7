import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { Alert } from '@/components/ui/card';
import { isDemoInstall } from '@/lib/accounts/queries';
import { getCurrentUser } from '@/lib/auth/session';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.login');
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = typeof sp.callbackUrl === 'string' ? safeRedirectPath(sp.callbackUrl, '') : '';
  const me = await getCurrentUser();
  if (me) redirect(callbackUrl || (me.role === 'customer' ? '/account' : '/staff'));
  const t = await getTranslations('auth.login');
  const demo = await isDemoInstall();
  return (
    <div className="space-y-6">
      <AuthCard
        title={t('title')}
        subtitle={t('subtitle')}
        footer={
          <>
            {t('noAccount')} <Link href="/register">{t('register')}</Link>
          </>
        }
      >
        <div className="space-y-4">
          {sp.reset === '1' ? <Alert tone="success">{t('resetDone')}</Alert> : null}
          {sp.verified === '1' ? <Alert tone="success">{t('verified')}</Alert> : null}
          <LoginForm callbackUrl={callbackUrl} />
        </div>
      </AuthCard>
      {demo ? (
        <section className="rounded-lg bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-200" aria-labelledby="demo-title">
          <h2 id="demo-title" className="font-semibold">
            {t('demoTitle')}
          </h2>
          <p className="mt-1">{t('demoHint', { password: DEMO_PASSWORD })}</p>
          <ul className="mt-2 grid grid-cols-1 gap-1 font-mono text-xs sm:grid-cols-2">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>{a.email}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
