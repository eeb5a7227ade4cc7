// public: promos shown to every visitor (audience `public`, published, inside their window). No
// session is read here, so the result is cached (tag `promos`) and shared by everyone; the window is
// re-checked against the clock on every call, so a promo appears and disappears on time.
import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { media, promos } from '@/db/schema';
import { richTextToPlain } from '@/lib/sanitize/html';
import { PROMOS_TAG } from './constants';

/** A public image as stored in `media` (same shape as lib/media's MediaImage). */
export type MediaImage = { variants: Record<string, string>; width: number; height: number; alt: string };

export type PromoCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  banner: MediaImage | null;
  startsAt: string;
  endsAt: string;
  voucherCode: string | null;
  discountType: 'percent' | 'amount' | null;
  discountValue: number | null;
  minSpendIdr: number | null;
};

export const promoCardColumns = {
  id: promos.id,
  slug: promos.slug,
  title: promos.title,
  body: promos.body,
  startsAt: promos.startsAt,
  endsAt: promos.endsAt,
  voucherCode: promos.voucherCode,
  discountType: promos.discountType,
  discountValue: promos.discountValue,
  minSpendIdr: promos.minSpendIdr,
  bannerVariants: media.variants,
  bannerWidth: media.width,
  bannerHeight: media.height,
  bannerAlt: media.alt,
};

type CardRow = { [K in keyof typeof promoCardColumns]: unknown };

export function toPromoCard(r: CardRow): PromoCard {
  return {
    id: r.id as string,
    slug: r.slug as string,
    title: r.title as string,
    summary: richTextToPlain(r.body as string, 220),
    banner: r.bannerVariants ? { variants: r.bannerVariants as Record<string, string>, width: r.bannerWidth as number, height: r.bannerHeight as number, alt: (r.bannerAlt as string) || (r.title as string) } : null,
    startsAt: new Date(r.startsAt as string | Date).toISOString(),
    endsAt: new Date(r.endsAt as string | Date).toISOString(),
    voucherCode: (r.voucherCode as string | null) ?? null,
    discountType: (r.discountType as PromoCard['discountType']) ?? null,
    discountValue: (r.discountValue as number | null) ?? null,
    minSpendIdr: (r.minSpendIdr as number | null) ?? null,
  };
}

const inWindow = (p: { startsAt: string; endsAt: string }, now = Date.now()) => Date.parse(p.startsAt) <= now && Date.parse(p.endsAt) > now;

async function loadPublicPromos(): Promise<PromoCard[]> {
  const rows = await db
    .select(promoCardColumns)
    .from(promos)
    .leftJoin(media, eq(media.id, promos.bannerMediaId))
    .where(and(eq(promos.status, 'published'), eq(promos.audience, 'public'), gt(promos.endsAt, new Date())))
    .orderBy(asc(promos.endsAt))
    .limit(100);
  return rows.map(toPromoCard);
}

const cachedPublicPromos = unstable_cache(loadPublicPromos, ['promos-public'], { tags: [PROMOS_TAG], revalidate: 300 });

/** Published public promos running now, ending soonest first (home banners, /promos). */
export async function listActivePublicPromos(limit = 100): Promise<PromoCard[]> {
  return (await cachedPublicPromos()).filter((p) => inWindow(p)).slice(0, limit);
}

export type PromoDetail = PromoCard & { body: string; terms: string };

async function loadPublicPromo(slug: string): Promise<PromoDetail | null> {
  const [r] = await db
    .select({ ...promoCardColumns, terms: promos.terms })
    .from(promos)
    .leftJoin(media, eq(media.id, promos.bannerMediaId))
    .where(and(eq(promos.slug, slug), eq(promos.status, 'published'), eq(promos.audience, 'public')))
    .limit(1);
  return r ? { ...toPromoCard(r), body: r.body, terms: r.terms } : null;
}

/** One public promo by slug, only while it runs (null otherwise → 404). */
export async function getPublicPromo(slug: string): Promise<PromoDetail | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const p = await unstable_cache(() => loadPublicPromo(slug), ['promos-public-detail', slug], { tags: [PROMOS_TAG], revalidate: 300 })();
  return p && inWindow(p) ? p : null;
}

/** Slugs of running public promos, for generateStaticParams and the sitemap. */
export async function listPublicPromoSlugs(): Promise<Array<{ slug: string; updatedAt: string }>> {
  return (await listActivePublicPromos()).map((p) => ({ slug: p.slug, updatedAt: p.startsAt }));
}
