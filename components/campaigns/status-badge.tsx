import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';

const TONE = { draft: 'slate', pending_approval: 'amber', approved: 'blue', sending: 'blue', done: 'green', cancelled: 'red' } as const;

export async function CampaignStatusBadge({ status }: { status: string }) {
  const t = await getTranslations('campaigns.statuses');
  const s = (status in TONE ? status : 'draft') as keyof typeof TONE;
  return <Badge tone={TONE[s]}>{t(s)}</Badge>;
}
