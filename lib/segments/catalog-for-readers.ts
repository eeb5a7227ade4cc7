import 'server-only';
import { requireCampaignReader } from '@/lib/campaigns/queries';
import { describeCriteria } from './evaluate';
import type { CriterionDescriptor } from './schemas';

/** Criteria labels for pages that show an audience to its approvers (managers hold promo.approve only). */
export async function getCriteriaCatalogForReaders(): Promise<CriterionDescriptor[]> {
  await requireCampaignReader();
  return describeCriteria();
}
