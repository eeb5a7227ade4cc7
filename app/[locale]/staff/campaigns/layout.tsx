import type { ReactNode } from 'react';
import { requireCampaignReader } from '@/lib/campaigns/queries';

// Prepared by promo.manage, approved by promo.approve: either may open these pages (403 otherwise).
export default async function Layout({ children }: { children: ReactNode }) {
  await requireCampaignReader();
  return children;
}
