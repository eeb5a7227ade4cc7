'use client';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { logout } from '@/lib/accounts/actions';
import { cn } from '@/components/ui/cn';

export function LogoutButton({ className }: { className?: string }) {
  const t = useTranslations('nav');
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={cn('rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100', className)}
      onClick={() =>
        start(async () => {
          await logout({});
          window.location.assign('/login');
        })
      }
    >
      {t('logout')}
    </button>
  );
}
