import 'server-only';
import { asc, count, desc, eq, ilike, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { promos, segments } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { countSegment, describeCriteria } from './evaluate';
import { criteriaSchema, type CriterionDescriptor, type SegmentCriteria } from './schemas';

export type SegmentRow = { id: string; name: string; criteria: SegmentCriteria; updatedAt: Date; promoCount: number };

function criteriaOf(v: unknown): SegmentCriteria {
  const r = criteriaSchema.safeParse(v);
  return r.success ? r.data : [];
}

export async function listSegments(params: { q?: string; page?: number }) {
  await requirePermission('promo.manage');
  const q = (params.q ?? '').trim().slice(0, 100);
  const where = q ? ilike(segments.name, `%${escapeLike(q)}%`) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(segments).where(where);
  const info = pageInfo(params.page, total);
  const rows = await db
    .select({ id: segments.id, name: segments.name, criteria: segments.criteria, updatedAt: segments.updatedAt })
    .from(segments)
    .where(where)
    .orderBy(desc(segments.updatedAt))
    .limit(info.size)
    .offset(info.offset);
  const uses = rows.length
    ? await db
        .select({ segmentId: promos.segmentId, n: count() })
        .from(promos)
        .where(inArray(promos.segmentId, rows.map((r) => r.id)))
        .groupBy(promos.segmentId)
    : [];
  const items: SegmentRow[] = rows.map((r) => ({ ...r, criteria: criteriaOf(r.criteria), promoCount: uses.find((u) => u.segmentId === r.id)?.n ?? 0 }));
  return { items, ...info };
}

export async function getSegmentForEdit(id: string): Promise<{ id: string; name: string; criteria: SegmentCriteria; count: number | null } | null> {
  await requirePermission('promo.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db.select({ id: segments.id, name: segments.name, criteria: segments.criteria }).from(segments).where(eq(segments.id, id)).limit(1);
  if (!row) return null;
  const criteria = criteriaOf(row.criteria);
  // A criterion whose module went away makes the stored criteria unreadable: show them, count nothing.
  const n = await countSegment(criteria).catch(() => null);
  return { id: row.id, name: row.name, criteria, count: n };
}

/** Saved segments for pickers (promo and campaign forms). */
export async function listSegmentOptions(): Promise<Array<{ id: string; name: string; criteria: SegmentCriteria }>> {
  await requirePermission('promo.manage');
  const rows = await db.select({ id: segments.id, name: segments.name, criteria: segments.criteria }).from(segments).orderBy(asc(segments.name)).limit(500);
  return rows.map((r) => ({ ...r, criteria: criteriaOf(r.criteria) }));
}

/** What the builder can offer (criteria of every switched-on module, with their options). */
export async function getCriteriaCatalog(): Promise<CriterionDescriptor[]> {
  await requirePermission('promo.manage');
  return describeCriteria();
}
