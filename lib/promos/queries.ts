import 'server-only';
import { and, asc, count, desc, eq, gt, ilike, inArray, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { campaigns, media, promos, segments } from '@/db/schema';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { customerMatches, segmentContext } from '@/lib/segments/evaluate';
import { loadSettings } from '@/lib/settings/store';
import { promoListSchema } from './schemas';
import { promoCardColumns, toPromoCard, type PromoCard } from './public';

export type StaffPromoRow = {
  id: string;
  title: string;
  slug: string;
  status: 'draft' | 'published';
  audience: 'public' | 'all_customers' | 'segment';
  segmentName: string | null;
  startsAt: Date;
  endsAt: Date;
  voucherCode: string | null;
  campaignCount: number;
};

export async function listPromosForStaff(raw: Record<string, unknown>) {
  await requirePermission('promo.manage');
  const p = promoListSchema.parse(raw);
  const conds: SQL[] = [];
  if (p.q) conds.push(or(ilike(promos.title, `%${escapeLike(p.q)}%`), ilike(promos.voucherCode, `%${escapeLike(p.q)}%`))!);
  if (p.status !== 'all') conds.push(eq(promos.status, p.status));
  if (p.audience !== 'all') conds.push(eq(promos.audience, p.audience));
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(promos).where(where);
  const info = pageInfo(p.page, total);
  const items = await db
    .select({
      id: promos.id,
      title: promos.title,
      slug: promos.slug,
      status: promos.status,
      audience: promos.audience,
      segmentName: segments.name,
      startsAt: promos.startsAt,
      endsAt: promos.endsAt,
      voucherCode: promos.voucherCode,
      campaignCount: db.$count(campaigns, eq(campaigns.promoId, promos.id)),
    })
    .from(promos)
    .leftJoin(segments, eq(segments.id, promos.segmentId))
    .where(where)
    .orderBy(desc(promos.startsAt), desc(promos.id))
    .limit(info.size)
    .offset(info.offset);
  return { items: items as StaffPromoRow[], filters: p, ...info };
}

export async function getPromoForEdit(id: string) {
  await requirePermission('promo.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: promos.id,
      version: promos.version,
      title: promos.title,
      slug: promos.slug,
      bannerMediaId: promos.bannerMediaId,
      bannerVariants: media.variants,
      body: promos.body,
      terms: promos.terms,
      startsAt: promos.startsAt,
      endsAt: promos.endsAt,
      voucherCode: promos.voucherCode,
      discountType: promos.discountType,
      discountValue: promos.discountValue,
      minSpendIdr: promos.minSpendIdr,
      audience: promos.audience,
      segmentId: promos.segmentId,
      status: promos.status,
    })
    .from(promos)
    .leftJoin(media, eq(media.id, promos.bannerMediaId))
    .where(eq(promos.id, id))
    .limit(1);
  return row ?? null;
}

/** Promos a campaign can be made from (published or draft; the approval checks it is published). */
export async function listPromoOptions() {
  await requirePermission('promo.manage');
  return db
    .select({ id: promos.id, title: promos.title, status: promos.status, audience: promos.audience, segmentId: promos.segmentId, endsAt: promos.endsAt })
    .from(promos)
    .where(gt(promos.endsAt, new Date()))
    .orderBy(asc(promos.title))
    .limit(500);
}

export type MyPromo = PromoCard & { audience: 'public' | 'all_customers' | 'segment'; body: string; terms: string };

/**
 * Promos meant for the signed-in customer, running now: public ones, those for all customers, and
 * segment promos whose criteria their customer matches (evaluated in SQL, scoped to me.customerId).
 */
export async function listMyPromos(): Promise<MyPromo[]> {
  const me = await requireUser();
  if (me.role !== 'customer' || !me.customerId) return [];
  if (!(await loadSettings()).modules.promos) return [];
  const now = new Date();
  const rows = await db
    .select({ ...promoCardColumns, audience: promos.audience, terms: promos.terms, criteria: segments.criteria })
    .from(promos)
    .leftJoin(media, eq(media.id, promos.bannerMediaId))
    .leftJoin(segments, eq(segments.id, promos.segmentId))
    .where(and(eq(promos.status, 'published'), lte(promos.startsAt, now), gt(promos.endsAt, now), inArray(promos.audience, ['public', 'all_customers', 'segment'])))
    .orderBy(asc(promos.endsAt))
    .limit(200);
  const ctx = await segmentContext(db, now);
  const out: MyPromo[] = [];
  for (const r of rows) {
    if (r.audience === 'segment') {
      if (!r.criteria) continue;
      // A segment whose criteria no longer validate (a module switched off) matches nobody.
      const match = await customerMatches(me.customerId, r.criteria, { ctx }).catch(() => false);
      if (!match) continue;
    }
    out.push({ ...toPromoCard(r), audience: r.audience, body: r.body, terms: r.terms });
  }
  return out;
}
