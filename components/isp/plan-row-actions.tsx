'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deletePlanAction, setPlanActiveAction } from '@/lib/isp/plans/actions';

/** Deactivate / activate, and delete (refused with a message when anyone chose the plan). */
export function PlanRowActions({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations('isp.plans');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <div role="group" aria-label={tc('actionsFor', { name })} className="flex min-w-max flex-wrap gap-2">
      <ConfirmButton
        confirm={active}
        variant="secondary"
        title={t('deactivateTitle')}
        body={t('deactivateConfirm', { name })}
        confirmLabel={t('deactivate')}
        busy={pending}
        onConfirm={() => run(() => setPlanActiveAction({ id, active: !active }), () => (active ? t('deactivated', { name }) : t('activated', { name })))}
      >
        {active ? t('deactivate') : t('activate')}
      </ConfirmButton>
      <ConfirmButton
        title={t('deleteTitle')}
        body={t('deleteConfirm', { name })}
        confirmLabel={tc('delete')}
        busy={pending}
        aria-label={t('deleteNamed', { name })}
        onConfirm={() => run(() => deletePlanAction({ id }), () => t('deleted', { name }), { focus: true })}
      >
        {tc('delete')}
      </ConfirmButton>
    </div>
  );
}
