import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';

const TONE = { open: 'amber', answered: 'blue', closed: 'slate' } as const;

export async function InquiryStatusBadge({ status }: { status: 'open' | 'answered' | 'closed' }) {
  const t = await getTranslations('inquiries.statuses');
  return <InquiryStatusLabel status={status} label={t(status)} />;
}

/** The badge with its word from the caller's translator: for table cells (components/tickets/badges.tsx). */
export function InquiryStatusLabel({ status, label }: { status: 'open' | 'answered' | 'closed'; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}
