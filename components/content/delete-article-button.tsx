'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteArticleAction } from '@/lib/news/actions';

export function DeleteArticleButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('articles');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { title })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { title })}
      onConfirm={() => run(() => deleteArticleAction({ id }), () => t('deleted'), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
