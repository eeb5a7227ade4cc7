'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { TextAreaField } from '@/components/ui/field';
import { submitReviewAction } from '@/lib/reviews/actions';
import { reviewSchema, type ReviewInput } from '@/lib/reviews/schemas';

/**
 * A member's rating (1–5) and comment on a catalog item, for the product page. The page may stay
 * static: who is signed in is decided by the action, and a visitor who is not gets a login link.
 */
export function ReviewForm({ itemId, returnTo }: { itemId: string; returnTo?: string }) {
  const t = useTranslations('reviews.form');
  const [state, setState] = useState<'form' | 'done' | 'login' | 'notCustomer'>('form');
  const submit = async (values: ReviewInput) => {
    const r = await submitReviewAction(values);
    if (!r.ok && r.code === 'UNAUTHENTICATED') setState('login');
    if (!r.ok && r.code === 'FORBIDDEN') setState('notCustomer');
    return r;
  };
  const { form, onSubmit, pending, message, errors } = useActionForm(reviewSchema, submit, {
    defaultValues: { itemId, rating: 0, body: '' },
    onSuccess: () => setState('done'),
  });
  const rating = Number(form.watch('rating')) || 0;

  if (state === 'done') {
    return (
      <Alert tone="success" role="status">
        <p className="font-semibold">{t('doneTitle')}</p>
        <p className="mt-1">{t('doneBody')}</p>
      </Alert>
    );
  }
  if (state === 'login') {
    const next = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
    return (
      <Alert tone="info" role="status">
        {t('loginFirst')}{' '}
        <Link href={`/login?callbackUrl=${encodeURIComponent(next)}`} className="font-medium underline">
          {t('login')}
        </Link>
      </Alert>
    );
  }
  if (state === 'notCustomer') return <Alert tone="info">{t('membersOnly')}</Alert>;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby={`review-${itemId}-heading`}>
      <h3 id={`review-${itemId}-heading`} className="text-base font-semibold">
        {t('title')}
      </h3>
      <FormMessage message={message} />
      <input type="hidden" {...form.register('itemId')} />
      <fieldset aria-describedby={errors.rating ? `review-${itemId}-rating-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('rating')}</legend>
        <div className="mt-1 flex gap-1" role="radiogroup">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer rounded p-1 focus-within:ring-2 focus-within:ring-brand-700">
              <input type="radio" value={n} className="sr-only" {...form.register('rating', { valueAsNumber: true })} />
              <span aria-hidden className={`text-2xl leading-none ${n <= rating ? 'text-amber-500' : 'text-slate-300'}`}>
                ★
              </span>
              <span className="sr-only">{t('stars', { count: n })}</span>
            </label>
          ))}
        </div>
        {errors.rating ? (
          <p id={`review-${itemId}-rating-error`} className="mt-1 text-xs font-medium text-red-700">
            {t('ratingRequired')}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField label={t('body')} rows={4} hint={t('bodyHint')} error={errors.body?.message} {...form.register('body')} />
      <p className="text-xs text-slate-500">{t('moderationNote')}</p>
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
