import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import type { SubscriptionStatus, UpgradeStatus } from '@/lib/isp/constants';

export async function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const t = await getTranslations('ispOps.subscriptions.statuses');
  return <Badge tone={status === 'active' ? 'green' : status === 'suspended' ? 'amber' : 'slate'}>{t(status)}</Badge>;
}

export async function UpgradeStatusBadge({ status }: { status: UpgradeStatus }) {
  const t = await getTranslations('ispOps.upgrades.statuses');
  return <Badge tone={status === 'active' ? 'blue' : 'slate'}>{t(status)}</Badge>;
}
