'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/card';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteTicketAction } from '@/lib/tickets/actions';

/** Admin only (the action checks ticket.delete): asks first, then goes back to the queue. */
export function DeleteTicketButton({ ticketId, number }: { ticketId: string; number: string }) {
  const t = useTranslations('tickets.detail');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ConfirmButton
        title={t('deleteTitle', { number })}
        body={t('deleteBody')}
        confirmLabel={t('deleteTicket')}
        onConfirm={async () => {
          const r = await deleteTicketAction({ ticketId });
          if (r.ok) router.push(`/staff/tickets?deleted=${encodeURIComponent(number)}`);
          else setError(r.message);
        }}
      >
        {t('deleteTicket')}
      </ConfirmButton>
    </div>
  );
}
