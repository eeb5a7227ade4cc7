'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { ActionButton } from './action-button';
import { Button } from './button';
import { Dialog } from './dialog';

/**
 * A button that asks first. Every delete/disable goes through this: the dialog names the thing and
 * Cancel has the initial focus (so Enter does not destroy anything). Confirming closes the dialog at
 * once (focus goes back to the button, which then shows progress until `onConfirm` settles), so the
 * page is not inert when the result arrives. With `confirm={false}` it acts immediately; the button
 * stays the same element either way, so toggles (disable ↔ enable) keep keyboard focus.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  onConfirm,
  variant = 'danger',
  size = 'sm',
  busy,
  disabled,
  confirm = true,
  'aria-label': ariaLabel,
}: {
  children: ReactNode;
  title: ReactNode;
  body: ReactNode;
  confirmLabel?: ReactNode;
  onConfirm: () => Promise<unknown>;
  variant?: 'danger' | 'primary' | 'secondary';
  size?: 'sm' | 'md';
  /** Another action of the same row is running. */
  busy?: boolean;
  /** Same as `busy`: the button stays focusable and only refuses clicks. */
  disabled?: boolean;
  confirm?: boolean;
  'aria-label'?: string;
}) {
  const t = useTranslations('common');
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const act = () =>
    start(async () => {
      await onConfirm();
    });
  return (
    <>
      <ActionButton
        variant={variant === 'danger' ? 'secondary' : variant}
        size={size}
        busy={pending || busy || disabled}
        aria-label={ariaLabel}
        aria-haspopup={confirm ? 'dialog' : undefined}
        className={variant === 'danger' ? 'text-red-700' : undefined}
        onClick={() => (confirm ? setOpen(true) : act())}
      >
        {children}
      </ActionButton>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={body} size="sm">
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" data-autofocus onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
          <Button
            type="button"
            variant={variant}
            onClick={() => {
              setOpen(false);
              act();
            }}
          >
            {confirmLabel ?? t('confirm')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
