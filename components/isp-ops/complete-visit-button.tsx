'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { completeVisit } from '@/lib/isp/scheduling/actions';

/** The technician marks a visit done (after a confirmation: it cannot be undone from the phone). */
export function CompleteVisitButton({ appointmentId, label }: { appointmentId: string; label: string }) {
  const t = useTranslations('ispOps.today');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      variant="primary"
      size="md"
      title={t('doneTitle')}
      body={t('doneConfirm', { visit: label })}
      confirmLabel={t('markDone')}
      busy={pending}
      aria-label={t('markDoneFor', { visit: label })}
      onConfirm={() =>
        run(
          () => completeVisit({ appointmentId }),
          () => t('marked', { visit: label }),
        )
      }
    >
      {t('markDone')}
    </ConfirmButton>
  );
}
