// Promo segment criteria of the ISP module (DATA.md "Marketing"): customers with an active
// subscription on given plans, with at least N months of tenure, or in an area. Registered into
// lib/segments/registry.ts (one import line in lib/segments/load.ts).
import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, ispPlans } from '@/db/schema';
import { registerCriterion } from '@/lib/segments/registry';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { tenureCutoff } from './tenure';

registerCriterion({
  key: 'isp.plan',
  labelKey: 'ispOps.segments.plan',
  descriptionKey: 'ispOps.segments.planHint',
  module: 'isp',
  input: {
    kind: 'select',
    multiple: true,
    options: async () => {
      const rows = await db.select({ id: ispPlans.id, name: ispPlans.name }).from(ispPlans).orderBy(asc(ispPlans.sortOrder), asc(ispPlans.name));
      return rows.map((r) => ({ value: r.id, label: r.name }));
    },
  },
  toSql: (planIds) =>
    sql`exists (select 1 from subscriptions s where s.customer_id = ${customers.id} and s.status = 'active'
      and s.plan_id in (${sql.join(planIds.map((id) => sql`${id}::uuid`), sql`, `)}))`,
});

registerCriterion({
  key: 'isp.tenure_months',
  labelKey: 'ispOps.segments.tenure',
  descriptionKey: 'ispOps.segments.tenureHint',
  module: 'isp',
  input: { kind: 'number', min: 0, max: 600, unitKey: 'ispOps.segments.months' },
  // Tenure ≥ N months on today's local date, with the same month arithmetic as the upgrade rules.
  toSql: (months, ctx) =>
    sql`exists (select 1 from subscriptions s where s.customer_id = ${customers.id} and s.status = 'active'
      and s.start_date <= ${tenureCutoff(localDateOf(ctx.now, ctx.timeZone), months)}::date)`,
});

registerCriterion({
  key: 'isp.area',
  labelKey: 'ispOps.segments.area',
  descriptionKey: 'ispOps.segments.areaHint',
  module: 'isp',
  input: { kind: 'area' },
  // A province, regency, district or village code: the subscription's village lies inside it.
  toSql: (code) =>
    sql`exists (select 1 from subscriptions s where s.customer_id = ${customers.id} and s.status = 'active'
      and (s.area_code = ${code} or s.area_code like ${`${code}.%`}))`,
});
