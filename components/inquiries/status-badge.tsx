import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';

const TONE = { open: 'amber', answered: 'blue', closed: 'slate' } as const;

export async function InquiryStatusBadge({ status }: { status: 'open' | 'answered' | 'closed' }) {
  const t = await getTranslations('inquiries.statuses');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
