import 'server-only';
import { eq, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { campaigns, promos, segments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { z } from 'zod';
import { parseCriteria } from './evaluate';
import type { segmentSchema } from './schemas';

export async function saveSegment(actor: CurrentUser, input: z.output<typeof segmentSchema>) {
  // Every value is checked against its criterion before it is stored (ValidationError otherwise).
  const { criteria } = await parseCriteria(input.criteria);
  return db.transaction(async (tx) => {
    if (input.id) {
      const [before] = await tx.select().from(segments).where(eq(segments.id, input.id)).for('update');
      if (!before) throw new NotFoundError();
      const [after] = await tx.update(segments).set({ name: input.name, criteria }).where(eq(segments.id, before.id)).returning();
      await recordAudit(tx, actor, { action: 'segment.update', entityType: 'segment', entityId: after.id, before, after });
      return after.id;
    }
    const [row] = await tx.insert(segments).values({ name: input.name, criteria, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'segment.create', entityType: 'segment', entityId: row.id, after: row });
    return row.id;
  });
}

/** Only a segment no promo or campaign points at may go (their audience must stay explainable). */
export async function deleteSegment(actor: CurrentUser, id: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
    if (!before) throw new NotFoundError();
    const [usedByPromo] = await tx.select({ id: promos.id }).from(promos).where(eq(promos.segmentId, id)).limit(1);
    const [usedByCampaign] = await tx.select({ id: campaigns.id }).from(campaigns).where(or(eq(campaigns.segmentId, id))).limit(1);
    if (usedByPromo || usedByCampaign) throw new ConflictError('segments.errors.inUse');
    await tx.delete(segments).where(eq(segments.id, id));
    await recordAudit(tx, actor, { action: 'segment.delete', entityType: 'segment', entityId: id, before });
  });
}
