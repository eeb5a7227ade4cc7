'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/actions';

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-xs text-slate-600 underline"
      onClick={() => start(async () => { await markNotificationRead({ id }); router.refresh(); })}
    >
      {t('markRead')}
    </button>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-sm text-brand-700 underline"
      onClick={() => start(async () => { await markAllNotificationsRead({}); router.refresh(); })}
    >
      {t('markAllRead')}
    </button>
  );
}
