'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { resendContactInviteAction } from '@/lib/customers/actions';
import { deleteProjectAction } from '@/lib/projects/actions';

export function ResendContactInvite({ customerId, userId, name }: { customerId: string; userId: string; name: string }) {
  const t = useTranslations('customers');
  const { run, pending } = useRunAction();
  return (
    <ActionButton
      variant="ghost"
      busy={pending}
      aria-label={t('resendInviteFor', { name })}
      onClick={() => run(() => resendContactInviteAction({ customerId, userId }), () => t('inviteResent'))}
    >
      {t('resendInvite')}
    </ActionButton>
  );
}

export function DeleteProjectButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('projects');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { name })}
      onConfirm={() => run(() => deleteProjectAction({ id }), () => t('deleted', { name }))}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
