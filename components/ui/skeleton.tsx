import { getTranslations } from 'next-intl/server';
import { cn } from './cn';

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded-md bg-slate-200', className)} />;
}

/** The loading.tsx body for list and form pages: a title bar, a filter bar and some rows or fields. */
export async function PageSkeleton({ variant = 'table', rows = 8 }: { variant?: 'table' | 'form'; rows?: number }) {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t('loading')}</span>
      <div className="mb-6 flex items-end justify-between gap-3">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-9 w-32" />
      </div>
      {variant === 'table' ? (
        <>
          <Skeleton className="mb-4 h-10 w-full max-w-2xl" />
          <div className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <Skeleton className="h-6 w-full" />
            {Array.from({ length: rows }, (_, i) => (
              <Skeleton key={i} className="h-9 w-full bg-slate-100" />
            ))}
          </div>
        </>
      ) : (
        <div className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="space-y-1.5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-9 w-full max-w-lg bg-slate-100" />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
