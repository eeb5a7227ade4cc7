'use client';
import type { ButtonHTMLAttributes } from 'react';
import { buttonClass } from './button';
import { cn } from './cn';

/**
 * A button for in-place actions (row actions, toggles). While busy it stays focusable and is only
 * aria-disabled: a real `disabled` would drop keyboard focus to <body> in the middle of the action.
 */
export function ActionButton({
  variant = 'secondary',
  size = 'sm',
  busy,
  className,
  children,
  onClick,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'sm' | 'md';
  busy?: boolean;
}) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(e) => {
        if (busy) return e.preventDefault();
        onClick?.(e);
      }}
      className={cn(buttonClass(variant, size), 'aria-disabled:cursor-not-allowed aria-disabled:opacity-60', className)}
    >
      {busy ? <span className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent" aria-hidden /> : null}
      {children}
    </button>
  );
}
