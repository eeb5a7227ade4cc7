'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { TextAreaField, useErrorText } from '@/components/ui/field';
import { rateOwnTicket, rateTicketWithToken } from '@/lib/ratings/actions';
import { RATING_VALUES, rateOwnTicketSchema, rateWithTokenSchema } from '@/lib/ratings/schemas';

/** 1–5 as real radio buttons with their words, so a screen reader and a keyboard use them as a group. */
function StarChoice({ field, error }: { field: UseFormRegisterReturn<'rating'>; error?: { message?: string } }) {
  const t = useTranslations('rating');
  const id = useId();
  const errorText = useErrorText()(error?.message);
  return (
    <fieldset aria-describedby={errorText ? `${id}-error` : undefined} aria-invalid={errorText ? true : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{t('question')}</legend>
      <div className="flex flex-wrap gap-2">
        {RATING_VALUES.map((v) => (
          <label key={v} className="cursor-pointer">
            <input type="radio" value={v} className="peer sr-only" {...field} />
            <span className="flex min-w-20 flex-col items-center rounded-md px-3 py-2 text-center ring-1 ring-slate-300 peer-checked:bg-amber-50 peer-checked:ring-2 peer-checked:ring-amber-500 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 hover:bg-slate-50">
              <span className="sr-only">{t('outOf', { n: v })} </span>
              <span aria-hidden className="text-xl leading-none text-amber-500">
                {'★'.repeat(v)}
                <span className="text-slate-300">{'★'.repeat(5 - v)}</span>
              </span>
              <span className="mt-1 text-xs text-slate-700">{t(`labels.${v}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {errorText ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {errorText}
        </p>
      ) : null}
    </fieldset>
  );
}

function Thanks({ rating }: { rating: number }) {
  const t = useTranslations('rating');
  return (
    <Alert tone="success">
      <p className="font-medium">{t('thanks')}</p>
      <p>{t('yourRating', { rating })}</p>
    </Alert>
  );
}

function TokenForm({ token }: { token: string }) {
  const t = useTranslations('rating');
  const [done, setDone] = useState<number | null>(null);
  const { form, onSubmit, pending, message, errors } = useActionForm(rateWithTokenSchema, rateTicketWithToken, {
    defaultValues: { token, comment: '' },
    onSuccess: (r) => setDone(r.rating),
  });
  if (done) return <Thanks rating={done} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t('formLabel')}>
      <StarChoice field={form.register('rating')} error={errors.rating} />
      <TextAreaField label={t('comment')} optional hint={t('commentHint')} error={errors.comment?.message} maxLength={2000} rows={4} {...form.register('comment')} />
      <FormMessage message={message} />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

function OwnForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('rating');
  const [done, setDone] = useState<number | null>(null);
  const { form, onSubmit, pending, message, errors } = useActionForm(rateOwnTicketSchema, rateOwnTicket, {
    defaultValues: { ticketId, comment: '' },
    onSuccess: (r) => setDone(r.rating),
  });
  if (done) return <Thanks rating={done} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t('formLabel')}>
      <StarChoice field={form.register('rating')} error={errors.rating} />
      <TextAreaField label={t('comment')} optional hint={t('commentHint')} error={errors.comment?.message} maxLength={2000} rows={4} {...form.register('comment')} />
      <FormMessage message={message} />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

/**
 * The satisfaction form (1–5 and a comment). `token`: the page behind the e-mailed link (public).
 * `ticketId`: a signed-in customer's own resolved ticket — render <OwnTicketRating> instead, which
 * also shows a rating already given.
 */
export function RateForm(props: { token: string; ticketId?: never } | { ticketId: string; token?: never }) {
  return props.token ? <TokenForm token={props.token} /> : <OwnForm ticketId={props.ticketId!} />;
}
