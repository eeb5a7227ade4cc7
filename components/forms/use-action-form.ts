'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { z } from 'zod';

// Zod 4 compiles validators with eval on first use; our CSP forbids eval, so it runs without.
z.config({ jitless: true });
import type { ActionResult } from '@/lib/auth/action';

export type FormMessage = { tone: 'success' | 'error' | 'info' | 'warning'; text: string } | null;

/**
 * One form = one zod schema shared with its server action. The browser validates with the schema,
 * the action validates again; server field errors land next to their fields. What was typed stays
 * in the form on any failure, except secret fields (passwords), which are cleared.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T>(
  schema: S,
  submit: (values: z.input<S>) => Promise<ActionResult<T>>,
  opts: {
    defaultValues: DefaultValues<z.input<S>>;
    onSuccess?: (data: T) => void | Promise<void>;
    successMessage?: string;
    clearOnError?: Array<Path<z.input<S>>>;
    resetOnSuccess?: boolean;
  },
) {
  const t = useTranslations('errors');
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: opts.defaultValues,
    mode: 'onTouched',
  });
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<FormMessage>(null);

  const clearSecrets = () => {
    for (const f of opts.clearOnError ?? []) form.setValue(f, '' as never);
  };

  const onSubmit = form.handleSubmit(
    () =>
      new Promise<void>((resolve) => {
        setMessage(null);
        startTransition(async () => {
          try {
            // The raw values go to the server, which parses them with the same schema.
            const result = await submit(form.getValues());
            if (result.ok) {
              if (opts.resetOnSuccess) form.reset(opts.defaultValues);
              if (opts.successMessage) setMessage({ tone: 'success', text: opts.successMessage });
              await opts.onSuccess?.(result.data);
            } else {
              clearSecrets();
              for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
                if (msgs?.[0]) form.setError(field as Path<z.input<S>>, { type: 'server', message: msgs[0] });
              }
              setMessage({ tone: 'error', text: result.message });
            }
          } catch {
            clearSecrets();
            setMessage({ tone: 'error', text: t('network') });
          } finally {
            resolve();
          }
        });
      }),
  );

  return { form, onSubmit, pending, message, setMessage, errors: form.formState.errors };
}
