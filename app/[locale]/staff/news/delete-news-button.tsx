'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteNewsAction } from '@/lib/helpdesk-news/actions';

export function DeleteNewsButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('news');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { title })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { title })}
      // The row disappears with its button, so focus moves to the result message.
      onConfirm={() => run(() => deleteNewsAction({ id }), () => t('deleted'), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
