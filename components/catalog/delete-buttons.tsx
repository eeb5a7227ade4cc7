'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteCategoryAction, deleteItemAction } from '@/lib/catalog/actions';

export function DeleteItemButton({ id, name, redirectTo }: { id: string; name: string; redirectTo?: string }) {
  const t = useTranslations('catalog.staff');
  const tc = useTranslations('common');
  const router = useRouter();
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteItemTitle')}
      body={t('deleteItemBody', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { name })}
      onConfirm={async () => {
        const ok = await run(() => deleteItemAction({ id }), () => t('itemDeleted', { name }), { focus: true });
        if (ok && redirectTo) router.push(redirectTo);
      }}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}

export function DeleteCategoryButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('catalog.staff');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteCategoryTitle')}
      body={t('deleteCategoryBody', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { name })}
      onConfirm={() => run(() => deleteCategoryAction({ id }), () => t('categoryDeleted', { name }), { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
