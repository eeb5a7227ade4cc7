'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteSegmentAction } from '@/lib/segments/actions';

export function DeleteSegmentButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('segments');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { name })}
      onConfirm={() => run(() => deleteSegmentAction({ id }), () => t('deleted'), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
