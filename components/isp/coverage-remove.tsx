'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { removeCoverageAction } from '@/lib/isp/coverage/actions';

export function CoverageRemove({ id, name }: { id: string; name: string }) {
  const t = useTranslations('isp.coverage');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('removeTitle')}
      body={t('removeConfirm', { name })}
      confirmLabel={t('remove')}
      busy={pending}
      aria-label={t('removeNamed', { name })}
      onConfirm={() => run(() => removeCoverageAction({ id }), () => t('removed', { name }), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
