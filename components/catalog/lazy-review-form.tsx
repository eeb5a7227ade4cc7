'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';

// The review form brings react-hook-form and zod (~50 KB gzipped): it is loaded only when a visitor
// asks for it, so the product page itself stays light and never runs zod's eval probe under our CSP.
const ReviewForm = dynamic(() => import('@/components/reviews/review-form').then((m) => m.ReviewForm), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">…</p>,
});

export function LazyReviewForm({ itemId, returnTo, label }: { itemId: string; returnTo: string; label: string }) {
  const [open, setOpen] = useState(false);
  if (open) return <ReviewForm itemId={itemId} returnTo={returnTo} />;
  return (
    <button type="button" className={buttonClass('secondary')} onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}
