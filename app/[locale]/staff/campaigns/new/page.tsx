import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { campaignChannels } from '@/lib/campaigns/queries';
import { listPromoOptions } from '@/lib/promos/queries';
import { getCriteriaCatalog, listSegmentOptions } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('campaigns'))('create') };
}

export default async function NewCampaignPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('promo.manage');
  const sp = await searchParams;
  const [options, segments, catalog] = await Promise.all([listPromoOptions(), listSegmentOptions(), getCriteriaCatalog()]);
  const t = await getTranslations('campaigns');
  const wanted = firstParam(sp.promo) ?? '';
  return (
    <>
      <PageHeader title={t('create')} description={t('createHint')} />
      <CampaignForm promos={options} segments={segments} catalog={catalog} whatsapp={campaignChannels().whatsapp} initialPromoId={options.some((p) => p.id === wanted) ? wanted : ''} />
    </>
  );
}
