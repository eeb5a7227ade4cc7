'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">{t('errorTitle')}</h1>
      <p className="text-slate-600">{t('errorBody')}</p>
      {error.digest ? <p className="font-mono text-xs text-slate-500">{error.digest}</p> : null}
      <Button onClick={() => reset()}>{t('tryAgain')}</Button>
    </main>
  );
}
