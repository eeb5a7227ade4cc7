// Evaluates saved audience criteria in SQL. Criteria are AND-ed; every value is validated against
// its criterion's input kind (and a select's options) before toSql sees it, so nothing from the
// client is ever spliced into SQL. Archived customers are never in a segment.
import 'server-only';
import { and, asc, count, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Conn } from '@/db/client';
import { customers } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { loadSettings } from '@/lib/settings/store';
import './load';
import { getCriterion, listCriteria, type CriterionDef, type SegmentContext } from './registry';
import { criteriaSchema, isoDateSchema, type CriterionDescriptor, type SegmentCriteria } from './schemas';

const areaCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);

/** Validated value for one criterion, or null when it does not fit the criterion's input. */
async function validateValue(def: CriterionDef, value: unknown): Promise<unknown> {
  const input = def.input;
  switch (input.kind) {
    case 'select': {
      const r = z.array(z.string().trim().min(1).max(200)).min(1).max(input.multiple === false ? 1 : 200).safeParse(value);
      if (!r.success) return null;
      if (input.allowOther) return [...new Set(r.data)];
      const allowed = new Set((await input.options()).map((o) => o.value));
      const wanted = [...new Set(r.data)];
      return wanted.every((v) => allowed.has(v)) ? wanted : null;
    }
    case 'number': {
      const r = z.number().int().min(input.min ?? 0).max(input.max ?? 1_000_000).safeParse(value);
      return r.success ? r.data : null;
    }
    case 'date': {
      const r = z
        .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
        .refine((v) => v.from || v.to)
        .refine((v) => !v.from || !v.to || v.from <= v.to)
        .safeParse(value);
      return r.success ? r.data : null;
    }
    case 'text': {
      const r = z.string().trim().min(1).max(input.maxLength ?? 200).safeParse(value);
      return r.success ? r.data : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'area': {
      const r = areaCode.safeParse(value);
      return r.success ? r.data : null;
    }
  }
}

export type ParsedCriterion = { def: CriterionDef; value: unknown };

/**
 * Shape check (zod) plus a per-criterion check: unknown keys and values that don't fit their input
 * kind are refused with a ValidationError naming the criterion.
 */
export async function parseCriteria(raw: unknown): Promise<{ criteria: SegmentCriteria; parsed: ParsedCriterion[] }> {
  const shape = criteriaSchema.safeParse(raw);
  if (!shape.success) throw new ValidationError(shape.error.issues[0]?.message?.startsWith('segments.') ? shape.error.issues[0].message : 'segments.errors.invalid');
  const parsed: ParsedCriterion[] = [];
  const criteria: SegmentCriteria = [];
  for (const c of shape.data) {
    const def = getCriterion(c.key);
    if (!def) throw new ValidationError('segments.errors.unknownCriterion', { [c.key]: ['segments.errors.unknownCriterion'] });
    const value = await validateValue(def, c.value);
    if (value === null) throw new ValidationError('segments.errors.invalidValue', { [c.key]: ['segments.errors.invalidValue'] });
    parsed.push({ def, value });
    criteria.push({ key: c.key, value: value as SegmentCriteria[number]['value'] });
  }
  return { criteria, parsed };
}

export async function segmentContext(conn: Conn = db, now = new Date()): Promise<SegmentContext> {
  const settings = await loadSettings(conn);
  return { timeZone: settings.regional.timeZone, now };
}

/** The WHERE condition on `customers` for these criteria (validated). An empty list = every active customer. */
export async function segmentWhere(raw: unknown, ctx?: SegmentContext, conn: Conn = db): Promise<SQL> {
  const { parsed } = await parseCriteria(raw);
  const context = ctx ?? (await segmentContext(conn));
  return and(isNull(customers.archivedAt), ...parsed.map((p) => p.def.toSql(p.value as never, context)))!;
}

export async function countSegment(raw: unknown, opts: { conn?: Conn; ctx?: SegmentContext } = {}): Promise<number> {
  const conn = opts.conn ?? db;
  const where = await segmentWhere(raw, opts.ctx, conn);
  const [row] = await conn.select({ n: count() }).from(customers).where(where);
  return row?.n ?? 0;
}

/** Matching customer ids in id order; page with `afterId` for batches. */
export async function segmentCustomerIds(
  raw: unknown,
  opts: { conn?: Conn; ctx?: SegmentContext; limit?: number; afterId?: string } = {},
): Promise<string[]> {
  const conn = opts.conn ?? db;
  const where = await segmentWhere(raw, opts.ctx, conn);
  const rows = await conn
    .select({ id: customers.id })
    .from(customers)
    .where(opts.afterId ? and(where, gt(customers.id, opts.afterId)) : where)
    .orderBy(asc(customers.id))
    .limit(opts.limit ?? 100_000);
  return rows.map((r) => r.id);
}

/** Whether one customer matches (for "promos meant for me"). */
export async function customerMatches(customerId: string, raw: unknown, opts: { conn?: Conn; ctx?: SegmentContext } = {}): Promise<boolean> {
  const conn = opts.conn ?? db;
  const where = await segmentWhere(raw, opts.ctx, conn);
  const rows = await conn.select({ id: customers.id }).from(customers).where(and(eq(customers.id, customerId), where)).limit(1);
  return rows.length > 0;
}

/** The criteria the builder may offer now (modules switched off are hidden), with their options. */
export async function describeCriteria(conn: Conn = db): Promise<CriterionDescriptor[]> {
  const modules = (await loadSettings(conn)).modules;
  const out: CriterionDescriptor[] = [];
  for (const def of listCriteria()) {
    if (def.module && !modules[def.module]) continue;
    const i = def.input;
    const input: CriterionDescriptor['input'] =
      i.kind === 'select'
        ? { kind: 'select', multiple: i.multiple !== false, options: await i.options() }
        : i.kind === 'number'
          ? { kind: 'number', min: i.min ?? 0, max: i.max ?? 1_000_000, unitKey: i.unitKey }
          : i.kind === 'text'
            ? { kind: 'text', maxLength: i.maxLength ?? 200 }
            : { kind: i.kind };
    out.push({ key: def.key, labelKey: def.labelKey, descriptionKey: def.descriptionKey, input });
  }
  return out;
}
