import type { Metadata } from 'next';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { PromoForm } from '@/components/promos/promo-form';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { getCriteriaCatalog, listSegmentOptions } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('promos'))('create') };
}

export default async function NewPromoPage() {
  await requirePermission('promo.manage');
  const [segments, catalog] = await Promise.all([listSegmentOptions(), getCriteriaCatalog()]);
  const t = await getTranslations('promos');
  const timeZone = await getTimeZone();
  const start = new Date();
  start.setMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 30 * 24 * 3600 * 1000);
  return (
    <>
      <PageHeader title={t('create')} description={t('description')} />
      <PromoForm
        initial={{
          id: '',
          title: '',
          slug: '',
          bannerMediaId: '',
          body: '',
          terms: '',
          startsAt: toLocalInput(start, timeZone),
          endsAt: toLocalInput(end, timeZone),
          voucherCode: '',
          discountType: '',
          discountValue: '',
          minSpendIdr: '',
          audience: 'public',
          segmentId: '',
          status: 'draft',
        }}
        banner={null}
        segments={segments}
        catalog={catalog}
        zone={zoneLabel(timeZone)}
      />
    </>
  );
}
