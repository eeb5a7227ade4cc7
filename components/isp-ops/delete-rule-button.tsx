'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteRuleAction } from '@/lib/isp/upgrades/actions';

export function DeleteRuleButton({ ruleId, name }: { ruleId: string; name: string }) {
  const t = useTranslations('ispOps.upgrades');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteFor', { name })}
      onConfirm={() =>
        run(
          () => deleteRuleAction({ ruleId }),
          () => t('deleted', { name }),
          { focus: true },
        )
      }
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
