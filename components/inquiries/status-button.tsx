'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ActionButton } from '@/components/ui/action-button';
import { changeInquiryStatus } from '@/lib/inquiries/actions';

export function InquiryStatusButton({ inquiryId, to }: { inquiryId: string; to: 'open' | 'closed' }) {
  const t = useTranslations('inquiries.staff');
  const { run, pending } = useRunAction();
  return (
    <ActionButton busy={pending} onClick={() => run(() => changeInquiryStatus({ inquiryId, status: to }), () => (to === 'closed' ? t('closed') : t('reopened')))}>
      {to === 'closed' ? t('close') : t('reopen')}
    </ActionButton>
  );
}
