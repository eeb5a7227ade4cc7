'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFlash } from '@/components/admin/flash';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { approveUpgradeRequestAction, rejectUpgradeRequestAction } from '@/lib/isp/upgrades/actions';
import { approveRequestSchema, rejectRequestSchema } from '@/lib/isp/upgrades/schemas';

/** Approve (applies an upgrade) or reject (with a reason) a subscriber's upgrade request. */
export function RequestActions({
  requestId,
  customerName,
  defaults,
  canApprove,
}: {
  requestId: string;
  customerName: string;
  defaults: { extraMbps: number; durationMonths: number };
  canApprove: boolean;
}) {
  const t = useTranslations('ispOps.requests');
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  return (
    <div role="group" aria-label={t('actionsFor', { name: customerName })} className="flex flex-wrap gap-2">
      {canApprove ? (
        <ActionButton variant="primary" aria-haspopup="dialog" onClick={() => setOpen('approve')}>
          {t('approve')}
        </ActionButton>
      ) : null}
      <ActionButton variant="secondary" className="text-red-700" aria-haspopup="dialog" onClick={() => setOpen('reject')}>
        {t('reject')}
      </ActionButton>
      <Dialog
        open={open === 'approve'}
        onClose={() => setOpen(null)}
        title={t('approveTitle', { name: customerName })}
        description={t('approveBody')}
        size="sm"
      >
        <ApproveForm requestId={requestId} defaults={defaults} onDone={() => setOpen(null)} />
      </Dialog>
      <Dialog
        open={open === 'reject'}
        onClose={() => setOpen(null)}
        title={t('rejectTitle', { name: customerName })}
        description={t('rejectBody')}
        size="sm"
      >
        <RejectForm requestId={requestId} onDone={() => setOpen(null)} />
      </Dialog>
    </div>
  );
}

function ApproveForm({
  requestId,
  defaults,
  onDone,
}: {
  requestId: string;
  defaults: { extraMbps: number; durationMonths: number };
  onDone: () => void;
}) {
  const t = useTranslations('ispOps.requests');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(approveRequestSchema, approveUpgradeRequestAction, {
    defaultValues: { requestId, extraMbps: defaults.extraMbps, durationMonths: defaults.durationMonths },
    onSuccess: () => {
      flash({ tone: 'success', text: t('approved') }, { focus: true });
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('extraMbps')}
          type="number"
          inputMode="numeric"
          min={1}
          data-autofocus
          error={errors.extraMbps?.message}
          {...form.register('extraMbps')}
        />
        <TextField
          label={t('durationMonths')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          error={errors.durationMonths?.message}
          {...form.register('durationMonths')}
        />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" pending={pending}>
          {t('approveConfirm')}
        </Button>
      </div>
    </form>
  );
}

function RejectForm({ requestId, onDone }: { requestId: string; onDone: () => void }) {
  const t = useTranslations('ispOps.requests');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(rejectRequestSchema, rejectUpgradeRequestAction, {
    defaultValues: { requestId, reason: '' },
    onSuccess: () => {
      flash({ tone: 'success', text: t('rejected') }, { focus: true });
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextAreaField label={t('reason')} rows={3} className="min-h-20" data-autofocus error={errors.reason?.message} {...form.register('reason')} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          {t('rejectConfirm')}
        </Button>
      </div>
    </form>
  );
}
