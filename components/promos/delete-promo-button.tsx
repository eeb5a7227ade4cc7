'use client';
import { useTranslations } from 'next-intl';
import { DeleteNamedButton } from '@/components/admin/delete-named-button';
import { deletePromoAction } from '@/lib/promos/actions';

export function DeletePromoButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('promos');
  return (
    <DeleteNamedButton
      texts={{ heading: t('deleteTitle'), body: t('deleteConfirm', { title }), ariaLabel: t('deleteNamed', { title }), deleted: t('deleted') }}
      onDelete={() => deletePromoAction({ id })}
    />
  );
}
