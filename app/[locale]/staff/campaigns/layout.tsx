import type { ReactNode } from 'react';
import { requireCampaignReader } from '@/lib/campaigns/queries';
import { ClientMessages } from '@/components/i18n/client-messages';

// Prepared by promo.manage, approved by promo.approve: either may open these pages (403 otherwise).
export default async function Layout({ children }: { children: ReactNode }) {
  await requireCampaignReader();
  return <ClientMessages section="staff/campaigns">{children}</ClientMessages>;
}
