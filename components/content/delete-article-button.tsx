'use client';
import { useTranslations } from 'next-intl';
import { DeleteNamedButton } from '@/components/admin/delete-named-button';
import { deleteArticleAction } from '@/lib/news/actions';

export function DeleteArticleButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('articles');
  return (
    <DeleteNamedButton
      texts={{ heading: t('deleteTitle'), body: t('deleteConfirm', { title }), ariaLabel: t('deleteNamed', { title }), deleted: t('deleted') }}
      onDelete={() => deleteArticleAction({ id })}
    />
  );
}
