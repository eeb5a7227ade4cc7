'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { confirmUnsubscribe } from '@/lib/unsubscribe/actions';

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations('unsubscribe');
  const [state, setState] = useState<'ask' | 'done' | 'invalid' | 'error'>('ask');
  const [pending, start] = useTransition();
  if (state === 'done') {
    return (
      <Alert tone="success" role="status">
        <p className="font-semibold">{t('doneTitle')}</p>
        <p className="mt-1">{t('doneBody')}</p>
      </Alert>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          try {
            const r = await confirmUnsubscribe({ token });
            setState(r.ok ? 'done' : r.code === 'VALIDATION' ? 'invalid' : 'error');
          } catch {
            setState('error');
          }
        });
      }}
      className="space-y-4"
    >
      <p className="text-slate-700">{t('question')}</p>
      <p className="text-sm text-slate-600">{t('serviceNote')}</p>
      {state === 'invalid' ? <Alert tone="error">{t('invalid')}</Alert> : null}
      {state === 'error' ? <Alert tone="error">{t('error')}</Alert> : null}
      <Button type="submit" pending={pending}>
        {t('confirm')}
      </Button>
    </form>
  );
}
