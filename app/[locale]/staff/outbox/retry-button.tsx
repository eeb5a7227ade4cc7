'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { retryOutboxMessage } from '@/lib/outbox-admin/actions';

export function RetryButton({ id }: { id: string }) {
  const t = useTranslations('outbox');
  const { run, pending } = useRunAction();
  return (
    // The button disappears once the row is no longer dead, so focus moves to the result message.
    <ActionButton variant="primary" size="md" busy={pending} onClick={() => run(() => retryOutboxMessage({ id }), () => t('retried'), { focus: true })}>
      {t('retry')}
    </ActionButton>
  );
}
