'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useFlash } from '@/components/admin/flash';
import { useRunAction } from '@/components/admin/use-run-action';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { bookComplaintVisit, cancelVisit, rescheduleVisit } from '@/lib/isp/scheduling/actions';
import { bookComplaintVisitSchema, cancelVisitSchema } from '@/lib/isp/scheduling/schemas';

export type ComplaintOption = {
  id: string;
  number: string;
  summary: string;
  customerName: string;
  assigneeId: string | null;
};
type Slot = {
  resourceId: string;
  technician: string;
  startsAt: string;
  label: string;
};

const BookingContext = createContext<((slot: Slot) => void) | null>(null);

/**
 * One booking dialog for the whole calendar: the free-slot buttons in the (server-rendered) grid only
 * say which technician and time; the open complaint tickets are sent to the browser once.
 */
export function BookingProvider({ complaints, children }: { complaints: ComplaintOption[]; children: ReactNode }) {
  const t = useTranslations('ispOps.schedule');
  const [slot, setSlot] = useState<Slot | null>(null);
  return (
    <BookingContext.Provider value={setSlot}>
      {children}
      <Dialog
        open={!!slot}
        onClose={() => setSlot(null)}
        title={t('bookTitle')}
        description={slot ? t('bookFor', { technician: slot.technician, when: slot.label }) : undefined}
      >
        {slot ? <BookForm slot={slot} complaints={complaints} onDone={() => setSlot(null)} /> : null}
      </Dialog>
    </BookingContext.Provider>
  );
}

function BookForm({ slot, complaints, onDone }: { slot: Slot; complaints: ComplaintOption[]; onDone: () => void }) {
  const t = useTranslations('ispOps.schedule');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  // The technician's own dispatched complaints first: they can open those tickets on the road.
  const sorted = [...complaints].sort((a, b) => Number(b.assigneeId === slot.resourceId) - Number(a.assigneeId === slot.resourceId));
  const { form, onSubmit, pending, message, errors } = useActionForm(bookComplaintVisitSchema, bookComplaintVisit, {
    defaultValues: {
      ticketId: '',
      resourceId: slot.resourceId,
      startsAt: slot.startsAt,
      notes: '',
    },
    onSuccess: () => {
      flash({
        tone: 'success',
        text: t('booked', { technician: slot.technician, when: slot.label }),
      });
      onDone();
      router.refresh();
    },
  });
  if (!complaints.length) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t('noComplaints')}</p>
        <div className="flex justify-end">
          <Button type="button" variant="secondary" onClick={onDone}>
            {tc('close')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <p className="text-sm text-slate-700">{t('complaintOnly')}</p>
      <SelectField label={t('ticket')} data-autofocus error={errors.ticketId?.message} {...form.register('ticketId')}>
        <option value="">{t('chooseTicket')}</option>
        {sorted.map((c) => (
          <option key={c.id} value={c.id}>
            {c.number} · {c.customerName} · {c.summary.slice(0, 60)}
            {c.assigneeId === slot.resourceId ? ` (${t('dispatchedToThem')})` : ''}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('notes')} optional rows={3} className="min-h-20" error={errors.notes?.message} {...form.register('notes')} />
      {errors.startsAt?.message ? <p className="text-sm font-medium text-red-700">{errors.startsAt.message}</p> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" pending={pending}>
          {t('book')}
        </Button>
      </div>
    </form>
  );
}

/** A free cell of the grid: opens the booking dialog for this technician and time. */
export function FreeSlotButton({ slot }: { slot: Slot }) {
  const t = useTranslations('ispOps.schedule');
  const open = useContext(BookingContext);
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      onClick={() => open?.(slot)}
      className="w-full rounded-md border border-dashed border-brand-700/40 px-2 py-1 text-left text-xs text-brand-800 hover:bg-brand-50 focus:outline-none focus:ring-2 focus:ring-brand-700"
    >
      <span aria-hidden>+ </span>
      {t('free')}
      <span className="sr-only"> · {t('bookFor', { technician: slot.technician, when: slot.label })}</span>
    </button>
  );
}

/** Reschedule mode: move the visit to this free slot, after a confirmation. */
export function MoveHereButton({ appointmentId, version, slot, backHref }: { appointmentId: string; version: number; slot: Slot; backHref: string }) {
  const t = useTranslations('ispOps.schedule');
  const { run, pending } = useRunAction();
  const router = useRouter();
  return (
    <ConfirmButton
      variant="secondary"
      title={t('moveTitle')}
      body={t('moveConfirm', { technician: slot.technician, when: slot.label })}
      confirmLabel={t('moveConfirmButton')}
      busy={pending}
      aria-label={t('moveHereTo', {
        technician: slot.technician,
        when: slot.label,
      })}
      onConfirm={async () => {
        const ok = await run(
          () =>
            rescheduleVisit({
              appointmentId,
              version,
              resourceId: slot.resourceId,
              startsAt: slot.startsAt,
            }),
          () => t('moved', { technician: slot.technician, when: slot.label }),
        );
        if (ok) router.push(backHref);
      }}
    >
      {t('moveHere')}
    </ConfirmButton>
  );
}

/** Cancels a complaint visit, with a reason the customer reads in the e-mail. */
export function CancelVisitButton({ appointmentId, version, label }: { appointmentId: string; version: number; label: string }) {
  const t = useTranslations('ispOps.schedule');
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        variant="ghost"
        className="text-red-700"
        aria-haspopup="dialog"
        aria-label={t('cancelVisitFor', { visit: label })}
        onClick={() => setOpen(true)}
      >
        {t('cancelVisit')}
      </ActionButton>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('cancelTitle')} description={t('cancelBody', { visit: label })} size="sm">
        <CancelForm appointmentId={appointmentId} version={version} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function CancelForm({ appointmentId, version, onDone }: { appointmentId: string; version: number; onDone: () => void }) {
  const t = useTranslations('ispOps.schedule');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(cancelVisitSchema, cancelVisit, {
    defaultValues: { appointmentId, version, reason: '' },
    onSuccess: () => {
      flash({ tone: 'success', text: t('cancelled') }, { focus: true });
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextAreaField
        label={t('cancelReason')}
        rows={3}
        className="min-h-20"
        data-autofocus
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          {t('cancelConfirm')}
        </Button>
      </div>
    </form>
  );
}
