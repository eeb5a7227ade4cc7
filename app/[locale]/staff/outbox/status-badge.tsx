import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import type { OutboxStatus } from '@/lib/jobs/constants';

const TONE = { pending: 'amber', sending: 'blue', sent: 'green', dead: 'red' } as const;

export async function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = await getTranslations('outbox.statuses');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
