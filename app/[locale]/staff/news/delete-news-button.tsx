'use client';
import { useTranslations } from 'next-intl';
import { DeleteNamedButton } from '@/components/admin/delete-named-button';
import { deleteNewsAction } from '@/lib/helpdesk-news/actions';

export function DeleteNewsButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('news');
  return (
    <DeleteNamedButton
      texts={{ heading: t('deleteTitle'), body: t('deleteConfirm', { title }), ariaLabel: t('deleteNamed', { title }), deleted: t('deleted') }}
      onDelete={() => deleteNewsAction({ id })}
    />
  );
}
