import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { PromoForm } from '@/components/promos/promo-form';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { getPromoForEdit } from '@/lib/promos/queries';
import { getCriteriaCatalog, listSegmentOptions } from '@/lib/segments/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('promos'))('editTitle') };
}

export default async function EditPromoPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePermission('promo.manage');
  const { id } = await params;
  const sp = await searchParams;
  const [promo, segments, catalog] = await Promise.all([getPromoForEdit(id), listSegmentOptions(), getCriteriaCatalog()]);
  if (!promo) notFound();
  const t = await getTranslations('promos');
  const timeZone = await getTimeZone();
  return (
    <FlashProvider initial={firstParam(sp.saved) ? { tone: 'success', text: t('saved') } : null}>
      <PageHeader
        title={t('editTitle')}
        description={promo.title}
        actions={
          <>
            {promo.status === 'published' && promo.audience === 'public' ? (
              <Link href={`/promos/${promo.slug}`} className={buttonClass('secondary')}>
                {t('viewPublic')}
              </Link>
            ) : null}
            <Link href={`/staff/campaigns/new?promo=${promo.id}`} className={buttonClass('secondary')}>
              {t('campaign')}
            </Link>
          </>
        }
      />
      <FlashOutlet />
      <PromoForm
        initial={{
          id: promo.id,
          version: promo.version,
          title: promo.title,
          slug: promo.slug,
          bannerMediaId: promo.bannerMediaId ?? '',
          body: promo.body,
          terms: promo.terms,
          startsAt: toLocalInput(promo.startsAt, timeZone),
          endsAt: toLocalInput(promo.endsAt, timeZone),
          voucherCode: promo.voucherCode ?? '',
          discountType: promo.discountType ?? '',
          discountValue: promo.discountValue != null ? String(promo.discountValue) : '',
          minSpendIdr: promo.minSpendIdr != null ? String(promo.minSpendIdr) : '',
          audience: promo.audience,
          segmentId: promo.segmentId ?? '',
          status: promo.status,
        }}
        banner={(promo.bannerVariants as Record<string, string> | null) ?? null}
        segments={segments}
        catalog={catalog}
        zone={zoneLabel(timeZone)}
      />
    </FlashProvider>
  );
}
