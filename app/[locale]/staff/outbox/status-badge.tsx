import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import type { OutboxStatus } from '@/lib/jobs/constants';

const TONE = { pending: 'amber', sending: 'blue', sent: 'green', dead: 'red' } as const;

export async function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = await getTranslations('outbox.statuses');
  return <OutboxStatusLabel status={status} label={t(status)} />;
}

/** The badge with its word from the caller's translator: for table cells (components/tickets/badges.tsx). */
export function OutboxStatusLabel({ status, label }: { status: OutboxStatus; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}
