'use client';
import type { AbstractIntlMessages } from 'next-intl';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';

// The review form brings react-hook-form, zod and next-intl's client code (~60 KB gzipped): it is
// loaded, with its texts, only when a visitor asks for it, so the product page itself stays light and
// never runs zod's eval probe under our CSP.
const ReviewForm = dynamic(() => import('./review-form-with-texts').then((m) => m.ReviewFormWithTexts), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">…</p>,
});

export function LazyReviewForm({
  itemId,
  returnTo,
  label,
  messages,
  locale,
  timeZone,
}: {
  itemId: string;
  returnTo: string;
  label: string;
  /** The form's catalogs, for its own NextIntlClientProvider (the public pages have none). */
  messages: AbstractIntlMessages;
  locale: string;
  timeZone: string;
}) {
  const [open, setOpen] = useState(false);
  if (open) return <ReviewForm itemId={itemId} returnTo={returnTo} messages={messages} locale={locale} timeZone={timeZone} />;
  return (
    <button type="button" className={buttonClass('secondary')} onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}
