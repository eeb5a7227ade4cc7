'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { confirmEmail } from '@/lib/accounts/actions';

export function VerifyForm({ token }: { token: string }) {
  const t = useTranslations('auth.verify');
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{result.text}</Alert>
        <Link href="/login?verified=1" className={buttonClass('primary')}>
          {t('toLogin')}
        </Link>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await confirmEmail({ token });
          setResult(r.ok ? { ok: true, text: t('done', { email: r.data.email }) } : { ok: false, text: r.message });
        });
      }}
    >
      <p className="text-sm text-slate-700">{t('body')}</p>
      {result && !result.ok ? <Alert tone="error">{result.text}</Alert> : null}
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
