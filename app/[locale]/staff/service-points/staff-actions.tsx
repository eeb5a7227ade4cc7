'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { useFlash } from '@/components/admin/flash';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { assignStaffAction, deleteServicePointAction, removeStaffAction } from '@/lib/service-points/actions';

type Candidate = { id: string; label: string };

/** Pick an engineer or coordinator and put them in this point (moving them from another). */
export function AssignStaff({ servicePointId, candidates }: { servicePointId: string; candidates: Candidate[] }) {
  const t = useTranslations('engineers');
  const { run, pending } = useRunAction();
  const [userId, setUserId] = useState('');
  const id = useId();
  if (!candidates.length) return <p className="text-sm text-slate-600">{t('noCandidates')}</p>;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!userId || pending) return;
        void run(
          () => assignStaffAction({ servicePointId, userId }),
          (d) => t('assigned', { name: d.name, point: d.point }),
        ).then((ok) => ok && setUserId(''));
      }}
    >
      <div className="w-full space-y-1 sm:w-96">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t('assignLabel')}
        </label>
        <select
          id={id}
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700"
        >
          <option value="">{t('choose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <ActionButton type="submit" variant="primary" size="md" busy={pending}>
        {t('assign')}
      </ActionButton>
    </form>
  );
}

export function RemoveStaffButton({ servicePointId, userId, name }: { servicePointId: string; userId: string; name: string }) {
  const t = useTranslations('engineers');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('removeTitle')}
      body={t('removeConfirm', { name })}
      confirmLabel={t('remove')}
      busy={pending}
      aria-label={t('removeNamed', { name })}
      onConfirm={() => run(() => removeStaffAction({ servicePointId, userId }), () => t('removed', { name }))}
    >
      {t('remove')}
    </ConfirmButton>
  );
}

export function DeleteServicePointButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('servicePoints');
  const tc = useTranslations('common');
  const te = useTranslations('errors');
  const flash = useFlash();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <ConfirmButton
      size="md"
      title={t('deleteTitle')}
      body={t('deleteConfirm', { name })}
      confirmLabel={tc('delete')}
      busy={pending}
      onConfirm={() =>
        new Promise<void>((resolve) =>
          start(async () => {
            try {
              const r = await deleteServicePointAction({ id });
              if (r.ok) router.push('/staff/service-points?deleted=1');
              else flash({ tone: 'error', text: r.message });
            } catch {
              flash({ tone: 'error', text: te('network') });
            }
            resolve();
          }),
        )
      }
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
