'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteSlaPlanAction, setSlaPlanActiveAction } from '@/lib/sla-plans/actions';

/** Deactivate / activate, and delete (refused with a message when anything uses the plan). */
export function PlanRowActions({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations('slaPlans');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <div role="group" aria-label={tc('actionsFor', { name })} className="flex min-w-max flex-wrap gap-2">
      {/* One element for both directions, so keyboard focus survives the flip; only deactivating asks first. */}
      <ConfirmButton
        confirm={active}
        variant="secondary"
        title={t('deactivateTitle')}
        body={t('deactivateConfirm', { name })}
        confirmLabel={t('deactivate')}
        busy={pending}
        onConfirm={() =>
          run(() => setSlaPlanActiveAction({ id, active: !active }), () => (active ? t('deactivated', { name }) : t('activated', { name })))
        }
      >
        {active ? t('deactivate') : t('activate')}
      </ConfirmButton>
      <ConfirmButton
        title={t('deleteTitle')}
        body={t('deleteConfirm', { name })}
        confirmLabel={tc('delete')}
        busy={pending}
        aria-label={t('deleteNamed', { name })}
        onConfirm={() => run(() => deleteSlaPlanAction({ id }), () => t('deleted', { name }))}
      >
        {tc('delete')}
      </ConfirmButton>
    </div>
  );
}
