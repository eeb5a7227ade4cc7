'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { useFlash } from '@/components/admin/flash';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deleteCustomerAction, setCustomerArchivedAction } from '@/lib/customers/actions';

/** Archive / unarchive, and delete when nothing refers to the customer; each asks first. */
export function CustomerActions({ id, name, archived, deletable }: { id: string; name: string; archived: boolean; deletable: boolean }) {
  const t = useTranslations('customers');
  const tc = useTranslations('common');
  const te = useTranslations('errors');
  const { run, pending } = useRunAction();
  const flash = useFlash();
  const router = useRouter();
  const [deleting, startDelete] = useTransition();

  const remove = () =>
    new Promise<void>((resolve) =>
      startDelete(async () => {
        try {
          const r = await deleteCustomerAction({ id });
          if (r.ok) router.push('/staff/customers?deleted=1');
          else flash({ tone: 'error', text: r.message });
        } catch {
          flash({ tone: 'error', text: te('network') });
        }
        resolve();
      }),
    );

  return (
    <div className="flex flex-wrap gap-2">
      {/* One element for both directions, so keyboard focus survives the flip; only archiving asks first. */}
      <ConfirmButton
        confirm={!archived}
        variant="secondary"
        size="md"
        title={t('archiveTitle')}
        body={t('archiveConfirm', { name })}
        confirmLabel={t('archive')}
        busy={pending}
        onConfirm={() => run(() => setCustomerArchivedAction({ id, archived: !archived }), () => (archived ? t('unarchived', { name }) : t('archived', { name })))}
      >
        {archived ? t('unarchive') : t('archive')}
      </ConfirmButton>
      {deletable ? (
        <ConfirmButton size="md" title={t('deleteTitle')} body={t('deleteConfirm', { name })} confirmLabel={tc('delete')} busy={deleting} onConfirm={remove}>
          {tc('delete')}
        </ConfirmButton>
      ) : null}
    </div>
  );
}
