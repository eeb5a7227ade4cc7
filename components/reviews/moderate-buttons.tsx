'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { moderateReviewAction } from '@/lib/reviews/actions';

export function ModerateButtons({ reviewId, status, item }: { reviewId: string; status: 'pending' | 'approved' | 'hidden'; item: string }) {
  const t = useTranslations('reviews.staff');
  const { run, pending } = useRunAction();
  return (
    <div className="flex min-w-max gap-2">
      {status !== 'approved' ? (
        <ActionButton variant="primary" busy={pending} aria-label={t('approveNamed', { item })} onClick={() => run(() => moderateReviewAction({ reviewId, decision: 'approved' }), () => t('approvedMsg'))}>
          {t('approve')}
        </ActionButton>
      ) : null}
      {status !== 'hidden' ? (
        <ActionButton busy={pending} aria-label={t('hideNamed', { item })} onClick={() => run(() => moderateReviewAction({ reviewId, decision: 'hidden' }), () => t('hiddenMsg'))}>
          {t('hide')}
        </ActionButton>
      ) : null}
    </div>
  );
}
