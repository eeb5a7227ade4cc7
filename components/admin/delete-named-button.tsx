'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/auth/action';
import { useRunAction } from './use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';

/**
 * "Delete" for a row that has a title: a confirmation naming it, then the action, then a flash that
 * takes the focus (the row disappears with its button).
 */
export function DeleteNamedButton({
  texts,
  onDelete,
}: {
  texts: { heading: string; body: string; ariaLabel: string; deleted: string };
  onDelete: () => Promise<ActionResult<unknown>>;
}) {
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={texts.heading}
      body={texts.body}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={texts.ariaLabel}
      onConfirm={() => run(onDelete, () => texts.deleted, { focus: true })}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}
