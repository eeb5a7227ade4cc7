// Segment criteria registry (DATA.md "Marketing"). Each module registers the criteria it can answer
// in SQL; the segment builder lists whatever is registered, and lib/segments/evaluate.ts validates
// every value against its criterion's input kind before calling toSql, so values reach SQL only as
// bound parameters.
//
// To add a criterion from another module:
//   1. create e.g. lib/isp/segment-criteria.ts that calls registerCriterion({...}) at import time;
//   2. add one `import '@/lib/isp/segment-criteria';` line to lib/segments/load.ts.
//
// toSql(value, ctx) returns a boolean condition on the `customers` table as Drizzle renders it
// ("customers"."id", …): the evaluation query is `SELECT … FROM customers WHERE <criteria AND-ed>`.
// Use the Drizzle `customers` columns (or `sql\`${customers.id}\``) for correlated subqueries, e.g.
//   toSql: (months) => sql`exists (select 1 from subscriptions s where s.customer_id = ${customers.id}
//                            and s.started_at <= ${ctx.now}::timestamptz - make_interval(months => ${months}))`
import 'server-only';
import type { SQL } from 'drizzle-orm';
import type { ModuleSettings } from '@/lib/settings/schemas';

export type CriterionOption = { value: string; label?: string; labelKey?: string };

export type CriterionInput =
  | {
      kind: 'select';
      options: () => Promise<CriterionOption[]> | CriterionOption[];
      multiple?: boolean;
      /**
       * Options read from live data (cities, tags) may vanish after a segment was saved: accept any
       * well-formed string then (it only ever becomes a bound parameter). Keep false for closed sets
       * such as enums, where an unknown value must be refused.
       */
      allowOther?: boolean;
    }
  | { kind: 'number'; min?: number; max?: number; unitKey?: string }
  | { kind: 'date' }
  | { kind: 'text'; maxLength?: number }
  | { kind: 'boolean' }
  | { kind: 'area' };

/** The validated value each input kind hands to toSql. */
export type CriterionValue<I extends CriterionInput> = I extends { kind: 'select' }
  ? string[]
  : I extends { kind: 'number' }
    ? number
    : I extends { kind: 'date' }
      ? { from?: string; to?: string }
      : I extends { kind: 'boolean' }
        ? boolean
        : string; // text, area (an official area code such as "33.74")

export type SegmentContext = {
  /** Business time zone (settings), for date criteria: `timezone(${ctx.timeZone}, col)::date`. */
  timeZone: string;
  /** The evaluation instant: "within N days" is measured from here (tests pass a fixed one). */
  now: Date;
};

export type CriterionDef<I extends CriterionInput = CriterionInput> = {
  /** Stable key stored in saved criteria: lower-case, dots/underscores ("isp.plan"). */
  key: string;
  /** next-intl key of the label, e.g. 'segments.criteria.city'. */
  labelKey: string;
  descriptionKey?: string;
  /** Shown in the builder only while this module is switched on in settings. */
  module?: keyof ModuleSettings;
  input: I;
  toSql: (value: CriterionValue<I>, ctx: SegmentContext) => SQL;
};

const registry = new Map<string, CriterionDef>();

export function registerCriterion<I extends CriterionInput>(def: CriterionDef<I>): void {
  if (!/^[a-z][a-z0-9_.]{1,63}$/.test(def.key)) throw new Error(`segment criterion key "${def.key}" is not valid`);
  // Re-registration with the same key (hot reload, a module imported twice) replaces the old one.
  registry.set(def.key, def as unknown as CriterionDef);
}

export function getCriterion(key: string): CriterionDef | undefined {
  return registry.get(key);
}

export function listCriteria(): CriterionDef[] {
  return [...registry.values()];
}
