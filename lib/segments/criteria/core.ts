// Criteria over data the platform and helpdesk already hold: customer type, city, created date,
// tags, open tickets and recent activity. Other modules register theirs the same way (registry.ts).
import 'server-only';
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, tickets, users } from '@/db/schema';
import { CUSTOMER_TYPES } from '@/lib/customers/constants';
import { OPEN_STATUSES } from '@/lib/tickets/constants';
import { registerCriterion } from '../registry';

const dayRange = (col: typeof customers.createdAt, v: { from?: string; to?: string }, timeZone: string) =>
  and(
    v.from ? sql`timezone(${timeZone}, ${col})::date >= ${v.from}::date` : undefined,
    v.to ? sql`timezone(${timeZone}, ${col})::date <= ${v.to}::date` : undefined,
  ) ?? sql`true`;

registerCriterion({
  key: 'customer_type',
  labelKey: 'segments.criteria.customerType',
  input: { kind: 'select', multiple: true, options: () => CUSTOMER_TYPES.map((v) => ({ value: v, labelKey: `segments.customerTypes.${v}` })) },
  toSql: (types) => inArray(customers.type, types as Array<(typeof CUSTOMER_TYPES)[number]>),
});

registerCriterion({
  key: 'city',
  labelKey: 'segments.criteria.city',
  input: {
    kind: 'select',
    multiple: true,
    allowOther: true,
    // Cities are free text on the customer: offer those that exist, compared case-insensitively.
    options: async () => {
      const rows = await db
        .selectDistinct({ city: sql<string>`initcap(lower(trim(${customers.city})))` })
        .from(customers)
        .where(and(isNotNull(customers.city), sql`trim(${customers.city}) <> ''`))
        .orderBy(sql`1`)
        .limit(500);
      return rows.map((r) => ({ value: r.city, label: r.city }));
    },
  },
  toSql: (cities) => inArray(sql`lower(trim(${customers.city}))`, cities.map((c) => c.trim().toLowerCase())),
});

registerCriterion({
  key: 'created_between',
  labelKey: 'segments.criteria.createdBetween',
  input: { kind: 'date' },
  toSql: (range, ctx) => dayRange(customers.createdAt, range, ctx.timeZone),
});

registerCriterion({
  key: 'tags',
  labelKey: 'segments.criteria.tags',
  descriptionKey: 'segments.criteria.tagsHint',
  input: {
    kind: 'select',
    multiple: true,
    allowOther: true,
    options: async () => {
      const rows = await db
        .selectDistinct({ tag: sql<string>`unnest(${customers.tags})` })
        .from(customers)
        .orderBy(sql`1`)
        .limit(500);
      return rows.map((r) => ({ value: r.tag, label: r.tag }));
    },
  },
  // Any of the chosen tags.
  toSql: (tags) => sql`${customers.tags} && array[${sql.join(tags.map((t) => sql`${t}`), sql`, `)}]::text[]`,
});

registerCriterion({
  key: 'has_open_ticket',
  labelKey: 'segments.criteria.hasOpenTicket',
  module: 'helpdesk',
  input: { kind: 'boolean' },
  toSql: (yes) => {
    const open = sql`exists (select 1 from ${tickets} where ${tickets.customerId} = ${customers.id} and ${inArray(tickets.status, [...OPEN_STATUSES])})`;
    return yes ? open : sql`not ${open}`;
  },
});

registerCriterion({
  key: 'active_within_days',
  labelKey: 'segments.criteria.activeWithinDays',
  descriptionKey: 'segments.criteria.activeWithinDaysHint',
  input: { kind: 'number', min: 1, max: 3650, unitKey: 'segments.units.days' },
  // Last activity = a contact's last login or the customer's last ticket. Orders join here once the
  // shop module exists (it can also register its own "last purchase" criterion).
  toSql: (days, ctx) => {
    const since = sql`${ctx.now.toISOString()}::timestamptz - make_interval(days => ${days}::int)`;
    return sql`(exists (select 1 from ${users} where ${users.customerId} = ${customers.id} and ${users.lastLoginAt} >= ${since})
      or exists (select 1 from ${tickets} where ${tickets.customerId} = ${customers.id} and greatest(${tickets.createdAt}, ${tickets.updatedAt}) >= ${since}))`;
  },
});
