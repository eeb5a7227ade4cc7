'use client';
import { useErrorTexts } from '@/components/layout/error-texts';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-slate-600">{t.body}</p>
      {error.digest ? <p className="font-mono text-xs text-slate-500">{error.digest}</p> : null}
      <Button onClick={() => reset()}>{t.retry}</Button>
    </main>
  );
}
