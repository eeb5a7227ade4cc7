'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Badge } from '@/components/ui/card';
import { ActionButton } from '@/components/ui/action-button';
import { setMyAvailabilityAction } from '@/lib/service-points/actions';

/**
 * The engineer's own "available / not available" switch. Dispatch lists available engineers first;
 * the action writes only the signed-in engineer's profile.
 */
export function AvailabilityToggle({ available: initial }: { available: boolean }) {
  const t = useTranslations('engineers');
  const te = useTranslations('errors');
  const router = useRouter();
  const [available, setAvailable] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const toggle = () =>
    start(async () => {
      setError(null);
      try {
        const r = await setMyAvailabilityAction({ available: !available });
        if (r.ok) {
          setAvailable(r.data.available);
          router.refresh();
        } else setError(r.message);
      } catch {
        setError(te('network'));
      }
    });

  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        {t('youAre')} {available ? <Badge tone="green">{t('available')}</Badge> : <Badge tone="amber">{t('unavailable')}</Badge>}
      </p>
      <p className="text-sm text-slate-600">{available ? t('availableHint') : t('unavailableHint')}</p>
      <ActionButton variant={available ? 'secondary' : 'primary'} size="md" busy={pending} onClick={toggle}>
        {available ? t('setUnavailable') : t('setAvailable')}
      </ActionButton>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
