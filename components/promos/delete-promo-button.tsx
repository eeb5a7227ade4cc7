'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deletePromoAction } from '@/lib/promos/actions';

export function DeletePromoButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('promos');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { title })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { title })}
      onConfirm={() => run(() => deletePromoAction({ id }), () => t('deleted'), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
