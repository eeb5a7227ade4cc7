'use client';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { ReviewForm } from '@/components/reviews/review-form';

/**
 * The review form with its message catalogs. Loaded on demand by LazyReviewForm together with the form,
 * so next-intl's client code (about 12 KB gzipped) reaches the browser only when a visitor opens it.
 */
export function ReviewFormWithTexts({ itemId, returnTo, messages, locale, timeZone }: { itemId: string; returnTo: string; messages: AbstractIntlMessages; locale: string; timeZone: string }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      <ReviewForm itemId={itemId} returnTo={returnTo} />
    </NextIntlClientProvider>
  );
}
