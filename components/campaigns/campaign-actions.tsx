'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { useRunAction } from '@/components/admin/use-run-action';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { approveCampaignAction, cancelCampaignAction, rejectCampaignAction, submitCampaignAction } from '@/lib/campaigns/actions';

type Props = { id: string; version: number; status: string; canManage: boolean; canApprove: boolean; ownRequest: boolean; audienceCount: number | null };

export function CampaignActions(props: Props) {
  return (
    <FlashProvider>
      <FlashOutlet />
      <Buttons {...props} />
    </FlashProvider>
  );
}

function Buttons({ id, version, status, canManage, canApprove, ownRequest, audienceCount }: Props) {
  const t = useTranslations('campaigns');
  const { run, pending } = useRunAction();
  const [rejectOpen, setRejectOpen] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState('');
  const input = { campaignId: id, version };
  return (
    <div className="flex flex-wrap gap-2">
      {canManage && status === 'draft' ? (
        <Button type="button" pending={pending} onClick={() => run(() => submitCampaignAction(input), () => t('submitted'))}>
          {t('submit')}
        </Button>
      ) : null}
      {status === 'pending_approval' && canApprove ? (
        <>
          <ConfirmButton
            variant="primary"
            size="md"
            title={t('approveTitle')}
            body={audienceCount != null ? t('approveConfirmCount', { count: audienceCount }) : t('approveConfirm')}
            confirmLabel={t('approve')}
            busy={pending}
            onConfirm={() => run(() => approveCampaignAction(input), () => t('approved'))}
          >
            {t('approve')}
          </ConfirmButton>
          <Button type="button" variant="secondary" onClick={() => setRejectOpen(true)}>
            {t('reject')}
          </Button>
        </>
      ) : null}
      {status === 'pending_approval' && ownRequest && !canApprove ? <p className="text-sm text-slate-600">{t('waitingForManager')}</p> : null}
      {canManage && ['draft', 'pending_approval', 'approved', 'sending'].includes(status) ? (
        <ConfirmButton title={t('cancelTitle')} body={t('cancelConfirm')} confirmLabel={t('cancel')} busy={pending} onConfirm={() => run(() => cancelCampaignAction(input), () => t('cancelled'))}>
          {t('cancel')}
        </ConfirmButton>
      ) : null}
      <Dialog open={rejectOpen} onClose={() => setRejectOpen(false)} title={t('rejectTitle')} description={t('rejectHint')}>
        <form
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            if (note.trim().length < 3) return setNoteError(t('errors.noteShort'));
            const ok = await run(() => rejectCampaignAction({ ...input, note }), () => t('rejected'));
            if (ok) setRejectOpen(false);
          }}
        >
          <TextAreaField label={t('rejectNote')} rows={3} value={note} data-autofocus onChange={(e) => setNote(e.target.value)} error={noteError || undefined} maxLength={1000} />
          <div className="flex gap-2">
            <Button type="submit" variant="danger" pending={pending}>
              {t('reject')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setRejectOpen(false)}>
              {t('close')}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}

/** While the worker sends, the counts refresh on their own. */
export function AutoRefresh({ active, everyMs = 5000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
