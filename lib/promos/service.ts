import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { campaigns, media, promos, segments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { fromLocalInput } from '@/lib/format/date';
import { sanitizeRichText } from '@/lib/sanitize/html';
import { loadSettings } from '@/lib/settings/store';
import type { PromoValues } from './schemas';
import { slugify } from './slug';

/** Create (no id) or edit (id + the version the form loaded: C21). Body HTML is sanitized before it is stored. */
export async function savePromo(actor: CurrentUser, input: PromoValues) {
  const { timeZone } = (await loadSettings()).regional;
  const startsAt = fromLocalInput(input.startsAt, timeZone);
  const endsAt = fromLocalInput(input.endsAt, timeZone);
  if (!startsAt) throw new ValidationError('validation.date', { startsAt: ['validation.date'] });
  if (!endsAt) throw new ValidationError('validation.date', { endsAt: ['validation.date'] });
  const values = {
    title: input.title,
    slug: input.slug || slugify(input.title),
    bannerMediaId: input.bannerMediaId,
    body: sanitizeRichText(input.body),
    terms: input.terms,
    startsAt,
    endsAt,
    voucherCode: input.voucherCode,
    discountType: input.discountType,
    discountValue: input.discountType ? input.discountValue : null,
    minSpendIdr: input.minSpendIdr,
    audience: input.audience,
    segmentId: input.audience === 'segment' ? input.segmentId : null,
    status: input.status,
  };
  try {
    return await db.transaction(async (tx) => {
      if (values.bannerMediaId) {
        const [m] = await tx.select({ id: media.id }).from(media).where(eq(media.id, values.bannerMediaId)).limit(1);
        if (!m) throw new ValidationError('promos.errors.banner', { bannerMediaId: ['promos.errors.banner'] });
      }
      if (values.segmentId) {
        const [s] = await tx.select({ id: segments.id }).from(segments).where(eq(segments.id, values.segmentId)).limit(1);
        if (!s) throw new ValidationError('promos.errors.segmentRequired', { segmentId: ['promos.errors.segmentRequired'] });
      }
      if (input.id) {
        const [before] = await tx.select().from(promos).where(eq(promos.id, input.id)).limit(1);
        if (!before) throw new NotFoundError();
        const [after] = await tx
          .update(promos)
          .set({ ...values, version: sql`${promos.version} + 1` })
          .where(and(eq(promos.id, before.id), eq(promos.version, input.version ?? 0)))
          .returning();
        if (!after) throw new ConflictError('errors.conflict');
        await recordAudit(tx, actor, { action: 'promo.update', entityType: 'promo', entityId: after.id, before, after });
        return { id: after.id, slug: after.slug, version: after.version };
      }
      const [row] = await tx.insert(promos).values({ ...values, createdBy: actor.id }).returning();
      await recordAudit(tx, actor, { action: 'promo.create', entityType: 'promo', entityId: row.id, after: row });
      return { id: row.id, slug: row.slug, version: row.version };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'promos_slug_uq')) throw new ValidationError('promos.errors.slugTaken', { slug: ['promos.errors.slugTaken'] });
    throw err;
  }
}

/** A promo that a campaign was made from stays (the campaign's history refers to it): unpublish it instead. */
export async function deletePromo(actor: CurrentUser, id: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(promos).where(eq(promos.id, id)).for('update');
    if (!before) throw new NotFoundError();
    const [used] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.promoId, id)).limit(1);
    if (used) throw new ConflictError('promos.errors.hasCampaigns');
    await tx.delete(promos).where(eq(promos.id, id));
    await recordAudit(tx, actor, { action: 'promo.delete', entityType: 'promo', entityId: id, before });
  });
}
