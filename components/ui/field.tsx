'use client';
import { useTranslations } from 'next-intl';
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-700 focus:outline-none aria-[invalid=true]:ring-red-600';

/** Errors arrive as catalog keys (from zod) or as translated text (from the server); show either. */
export function useErrorText() {
  const t = useTranslations();
  return (e?: string) => (e ? (t.has(e as never) ? t(e as never) : e) : undefined);
}

type FieldProps = { label: ReactNode; error?: string; hint?: ReactNode; optional?: boolean };

function FieldShell({ id, label, error, hint, optional, children }: FieldProps & { id: string; children: ReactNode }) {
  const t = useTranslations('common');
  const errorText = useErrorText()(error);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-slate-500">({t('optional')})</span> : null}
      </label>
      {children}
      {hint && !errorText ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}

export const TextField = forwardRef<HTMLInputElement, FieldProps & InputHTMLAttributes<HTMLInputElement>>(function TextField(
  { label, error, hint, optional, className, id: idProp, ...props },
  ref,
) {
  const gen = useId();
  const id = idProp ?? gen;
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} optional={optional}>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={cn(control, className)}
        {...props}
      />
    </FieldShell>
  );
});

export const TextAreaField = forwardRef<HTMLTextAreaElement, FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextAreaField(
  { label, error, hint, optional, className, id: idProp, ...props },
  ref,
) {
  const gen = useId();
  const id = idProp ?? gen;
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} optional={optional}>
      <textarea
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={cn(control, 'min-h-28', className)}
        {...props}
      />
    </FieldShell>
  );
});

export const SelectField = forwardRef<HTMLSelectElement, FieldProps & SelectHTMLAttributes<HTMLSelectElement>>(function SelectField(
  { label, error, hint, optional, className, id: idProp, children, ...props },
  ref,
) {
  const gen = useId();
  const id = idProp ?? gen;
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} optional={optional}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={cn(control, className)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
});
