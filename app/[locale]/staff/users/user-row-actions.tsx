'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ROLES, type Role } from '@/lib/auth/roles';
import { changeRoleAction, resendInviteAction, setUserStatusAction } from '@/lib/users/actions';

export type UserRowActionsProps = {
  user: { id: string; name: string; role: Role; status: 'active' | 'disabled'; activated: boolean };
};

/** Change role, disable/enable, resend invitation. Not rendered for the signed-in admin's own row. */
export function UserRowActions({ user }: UserRowActionsProps) {
  const t = useTranslations('users');
  const tr = useTranslations('roles');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  const [role, setRole] = useState<Role>(user.role);
  const selectId = useId();

  return (
    <div role="group" aria-label={tc('actionsFor', { name: user.name })} className="flex min-w-max flex-wrap items-center gap-2">
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (pending || role === user.role) return;
          void run(
            () => changeRoleAction({ userId: user.id, role }),
            (d) => t('roleChanged', { name: user.name, role: tr(d.role) }),
          );
        }}
      >
        <label htmlFor={selectId} className="sr-only">
          {t('roleFor', { name: user.name })}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          className="rounded-md border-0 bg-white py-1.5 pl-2 pr-7 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
        <ActionButton type="submit" busy={pending}>
          {t('saveRole')}
        </ActionButton>
      </form>
      {/* One element for both directions, so keyboard focus survives the flip; only disabling asks first. */}
      <ConfirmButton
        confirm={user.status === 'active'}
        variant={user.status === 'active' ? 'danger' : 'secondary'}
        title={t('disableTitle')}
        body={t('disableConfirm', { name: user.name })}
        confirmLabel={t('disable')}
        busy={pending}
        onConfirm={() =>
          user.status === 'active'
            ? run(() => setUserStatusAction({ userId: user.id, status: 'disabled' }), () => t('disabled', { name: user.name }))
            : run(() => setUserStatusAction({ userId: user.id, status: 'active' }), () => t('enabled', { name: user.name }))
        }
      >
        {user.status === 'active' ? t('disable') : t('enable')}
      </ConfirmButton>
      {!user.activated && user.status === 'active' ? (
        <ActionButton variant="ghost" busy={pending} onClick={() => run(() => resendInviteAction({ userId: user.id }), () => t('inviteResent'))}>
          {t('resendInvite')}
        </ActionButton>
      ) : null}
    </div>
  );
}
