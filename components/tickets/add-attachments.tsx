'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { attachToTicketAction } from '@/lib/uploads/actions';
import { ATTACHMENTS_PER_TICKET } from '@/lib/tickets/constants';
import { AttachmentPicker } from './attachment-picker';

/** Upload files, then link them to the ticket (the server checks scope, ownership and the 10-file limit). */
export function AddAttachments({ ticketId, room }: { ticketId: string; room: number }) {
  const t = useTranslations('tickets');
  const router = useRouter();
  const [ids, setIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const [msg, setMsg] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (room <= 0) return <p className="text-sm text-slate-600">{t('upload.limitReached', { max: ATTACHMENTS_PER_TICKET })}</p>;
  return (
    <div className="space-y-3">
      <div aria-live="polite">{msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}</div>
      <AttachmentPicker key={round} max={room} onChange={setIds} onBusyChange={setBusy} disabled={pending} />
      <Button
        type="button"
        size="sm"
        pending={pending}
        disabled={!ids.length || busy}
        onClick={() =>
          start(async () => {
            try {
              const r = await attachToTicketAction({ ticketId, uploadIds: ids });
              if (r.ok) {
                setMsg({ tone: 'success', text: t('upload.attached', { count: r.data.count }) });
                setIds([]);
                setRound((n) => n + 1);
                router.refresh();
              } else setMsg({ tone: 'error', text: r.message });
            } catch {
              setMsg({ tone: 'error', text: t('upload.failed') });
            }
          })
        }
      >
        {t('upload.attach')}
      </Button>
    </div>
  );
}
