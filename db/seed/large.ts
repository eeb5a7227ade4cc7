// Large-scale data for benchmarks: `npm run db:seed -- --scale=large` adds 100,000 customers and
// 1,000,000 tickets over three years on top of the demo seed, using its SLA plans, service points and
// engineers. Closed history is generated set-based in PostgreSQL (insert … select from a staging
// table), the ~5 % still-open tickets in Node with the real SLA clock (db/seed/large-open.ts).
//
// Ticket numbers stay gap-free per year and continue the demo's: every ticket is numbered in one
// pass over a staging table ordered by creation time, starting after ticket_counters.last of its
// year, and the counters are raised to the last number given, so tickets opened later continue there.
// Nothing is dropped or disabled: every index, constraint and trigger is in place while rows go in.
// Runs once per database (settings key `demo-large`); a run that was interrupted leaves its staging
// tables behind and is refused, because its numbers would no longer be gap-free — seed a fresh database.
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import {
  COMPANY_PREFIXES, COMPANY_WORDS, DETAILS, FIRST_NAMES, LAST_NAMES, PRODUCTS, RATING_COMMENTS, RESOLUTIONS, STREETS, SUMMARIES, UNCOVERED_CITIES, titleCase,
} from './large-data';
import { seedOpenTickets } from './large-open';

export type LargeSeedOptions = {
  customers: number;
  tickets: number;
  /** Share of tickets still open (new … pending). */
  openShare: number;
  years: number;
  /** Parallel insert connections (2 cores: 2). */
  parallel: number;
  log: (line: string) => void;
};

export const LARGE_DEFAULTS: Omit<LargeSeedOptions, 'log'> = { customers: 100_000, tickets: 1_000_000, openShare: 0.05, years: 3, parallel: 2 };

const CHUNK = 50_000;
const STAGE_TABLES = ['seed_large_tickets', 'seed_large_customers', 'seed_large_points', 'seed_large_plans', 'seed_large_cities'];

type Sql = postgres.Sql;

export async function seedLarge(url: string, opts: LargeSeedOptions): Promise<void> {
  const sql = postgres(url, { max: Math.max(2, opts.parallel), onnotice: () => {}, connection: { application_name: 'relasi-seed-large' } });
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const s = Date.now();
    const out = await fn();
    opts.log(`${label} (${((Date.now() - s) / 1000).toFixed(1)} s, ${secs()} s in all)`);
    return out;
  };
  try {
    const [done] = await sql`select value from settings where key = 'demo-large'`;
    if (done) {
      opts.log(`already seeded at scale (${JSON.stringify(done.value)}); nothing to do`);
      return;
    }
    const [left] = await sql`select count(*)::int as n from pg_tables where tablename in ${sql(STAGE_TABLES)}`;
    if (left.n > 0) throw new Error('an earlier large seed was interrupted (its seed_large_* tables are still there); seed a fresh database instead');

    // Its own client: drizzle makes its client hand dates through untouched, which this file's raw SQL does not expect.
    const calendarClient = postgres(url, { max: 1, onnotice: () => {} });
    const cal = await loadCalendar(drizzle(calendarClient, { schema, casing: 'snake_case' })).finally(() => calendarClient.end({ timeout: 5 }));
    const refs = await loadReferences(sql);
    const now = new Date();
    const start = new Date(now.getTime() - opts.years * 365.25 * 86_400_000);
    // Calendar minutes per business minute (7 × 24 h over the working week), for the closed history.
    const [oh, om] = cal.open.split(':').map(Number);
    const [ch, cm] = cal.close.split(':').map(Number);
    const ratio = (7 * 24 * 60) / (cal.workingDays.length * (ch * 60 + cm - (oh * 60 + om)));
    opts.log(`${opts.customers.toLocaleString('en-US')} customers, ${opts.tickets.toLocaleString('en-US')} tickets from ${start.toISOString().slice(0, 10)}; ${refs.points.length} service points, ${refs.engineerCount} engineers, ${refs.plans.length} SLA plans`);

    await step('reference tables staged', () => stageReferences(sql, refs));
    await step(`${opts.customers.toLocaleString('en-US')} customers inserted`, () => insertCustomers(sql, opts.customers, start));
    const open = Math.round(opts.tickets * opts.openShare);
    await step(`${opts.tickets.toLocaleString('en-US')} tickets staged and numbered`, () => stageTickets(sql, { ...opts, open, now, start, tz: cal.timeZone }));

    // Closed history, chunk by chunk in creation order, `parallel` chunks at a time.
    const [{ max }] = await sql`select max(seq)::int as max from seed_large_tickets`;
    const chunks: Array<[number, number]> = [];
    for (let a = 1; a <= max; a += CHUNK) chunks.push([a, Math.min(max, a + CHUNK - 1)]);
    let inserted = 0;
    const closedStart = Date.now();
    await step(`${(opts.tickets - open).toLocaleString('en-US')} resolved/closed/documented tickets inserted with their ratings`, () =>
      pool(chunks, opts.parallel, async ([a, b]) => {
        const n = await insertClosedChunk(sql, a, b, { now, ratio, helpdesk: refs.helpdesk, admin: refs.admin });
        inserted += n;
        const rate = inserted / ((Date.now() - closedStart) / 1000);
        opts.log(`  tickets ${inserted.toLocaleString('en-US')} / ${(opts.tickets - open).toLocaleString('en-US')} (${Math.round(rate).toLocaleString('en-US')}/s, ${secs()} s)`);
      }),
    );
    await step(`${open.toLocaleString('en-US')} open tickets inserted with their SLA clocks, history and alerts`, () =>
      seedOpenTickets(sql, { cal, now, helpdesk: refs.helpdesk, admin: refs.admin, log: opts.log }),
    );
    await step('ticket counters raised and checked', () => finishCounters(sql, opts.log));
    // As autovacuum would leave them after a while: statistics for the planner, and the visibility map
    // that lets the queue's capped counts read only the index.
    await step('tables vacuumed and analyzed', async () => {
      for (const t of ['customers', 'tickets', 'ticket_ratings', 'audit_log', 'sla_events']) await sql.unsafe(`vacuum (analyze) ${t}`);
    });
    for (const t of STAGE_TABLES) await sql.unsafe(`drop table if exists ${t}`);
    await sql`insert into settings (key, value) values ('demo-large', ${JSON.stringify({ customers: opts.customers, tickets: opts.tickets, open, seededAt: now.toISOString(), seconds: Math.round((Date.now() - t0) / 1000) })}::text::jsonb)`;
    opts.log(`done in ${secs()} s`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type Refs = {
  plans: Array<{ id: string; response_minutes: number; resolution_minutes: number; warning_percent: number; pause_on_pending: boolean }>;
  points: Array<{ id: string; cities: string[]; region: string | null; engineers: string[]; coordinator: string | null }>;
  engineerCount: number;
  helpdesk: string[];
  admin: string;
};

async function loadReferences(sql: Sql): Promise<Refs> {
  const plans = await sql<Refs['plans']>`select id, response_minutes, resolution_minutes, warning_percent, pause_on_pending from sla_plans where active order by response_minutes, name`;
  const pts = await sql<Array<{ id: string; cities: string[]; region: string | null }>>`select id, cities, region from service_points where active and cardinality(cities) > 0 order by name`;
  const staff = await sql<Array<{ id: string; role: string; sp: string | null }>>`
    select u.id, u.role, p.service_point_id as sp from users u left join staff_profiles p on p.user_id = u.id
    where u.status = 'active' and u.role in ('engineer', 'service_point', 'helpdesk', 'admin') order by u.email`;
  const points = pts
    .map((p) => ({ ...p, engineers: staff.filter((s) => s.role === 'engineer' && s.sp === p.id).map((s) => s.id), coordinator: staff.find((s) => s.role === 'service_point' && s.sp === p.id)?.id ?? null }))
    .filter((p) => p.engineers.length > 0);
  const helpdesk = staff.filter((s) => s.role === 'helpdesk').map((s) => s.id);
  const admin = staff.find((s) => s.role === 'admin')?.id;
  if (!plans.length || !points.length || !helpdesk.length || !admin) throw new Error('the demo seed is missing (SLA plans, service points with engineers, helpdesk and admin accounts); run npm run db:seed first');
  return { plans, points, engineerCount: points.reduce((n, p) => n + p.engineers.length, 0), helpdesk, admin };
}

async function stageReferences(sql: Sql, refs: Refs) {
  const plans = refs.plans.map((p, i) => ({ k: i + 1, id: p.id, resp: p.response_minutes, resol: p.resolution_minutes, warn: p.warning_percent, pause: p.pause_on_pending }));
  const points = refs.points.map((p, i) => ({ k: i + 1, id: p.id, engineers: p.engineers, coordinator: p.coordinator }));
  const cities = [
    ...refs.points.flatMap((p, i) => p.cities.map((c) => ({ city: titleCase(c), region: p.region, sp_k: i + 1 }))),
    // Outside every coverage: helpdesk routes them to some point by hand.
    ...UNCOVERED_CITIES.map((c, i) => ({ city: c.city, region: c.region, sp_k: (i % refs.points.length) + 1 })),
  ].map((c, i) => ({ ...c, k: i + 1 }));
  await sql`create unlogged table seed_large_plans as select * from jsonb_to_recordset(${JSON.stringify(plans)}::text::jsonb) as x(k int, id uuid, resp int, resol int, warn int, pause boolean)`;
  await sql`create unlogged table seed_large_points as select * from jsonb_to_recordset(${JSON.stringify(points)}::text::jsonb) as x(k int, id uuid, engineers uuid[], coordinator uuid)`;
  await sql`create unlogged table seed_large_cities as select * from jsonb_to_recordset(${JSON.stringify(cities)}::text::jsonb) as x(k int, city text, region text, sp_k int)`;
}

async function insertCustomers(sql: Sql, n: number, start: Date) {
  // One row of random draws per customer (a lateral subquery with volatile calls is evaluated once per
  // row and never inlined), then the picks. (Tables first: CREATE TABLE AS cannot take parameters.)
  await sql`create unlogged table seed_large_customers (idx int primary key, id uuid not null, type customer_type not null, name text not null,
    contact text, sales text, address text, city text, region text, sp_k int not null, plan_pick int not null, phone text, products text,
    vip boolean not null, created_at timestamptz not null, pic text, email text)`;
  await sql.unsafe(
    `insert into seed_large_customers (idx, id, type, name, contact, sales, address, city, region, sp_k, plan_pick, phone, products, vip, created_at)
     select g, gen_random_uuid(),
       case when r.ra < 0.6 then 'company' else 'person' end::customer_type as type,
       case when r.ra < 0.6
         then ($1::text[])[1 + floor(r.rb * cardinality($1::text[]))::int] || ' ' || ($2::text[])[1 + floor(r.rc * cardinality($2::text[]))::int] || ' ' || ($2::text[])[1 + floor(r.rd * cardinality($2::text[]))::int]
              || case when r.re < 0.5 then ' ' || ($2::text[])[1 + floor(r.rf * cardinality($2::text[]))::int] else '' end
         else ($3::text[])[1 + floor(r.rb * cardinality($3::text[]))::int] || ' ' || ($4::text[])[1 + floor(r.rc * cardinality($4::text[]))::int]
       end as name,
       ($3::text[])[1 + floor(r.rd * cardinality($3::text[]))::int] || ' ' || ($4::text[])[1 + floor(r.re * cardinality($4::text[]))::int] as contact,
       ($3::text[])[1 + floor(r.rf * cardinality($3::text[]))::int] || ' ' || ($4::text[])[1 + floor(r.ra * cardinality($4::text[]))::int] as sales,
       ($5::text[])[1 + floor(r.rg * cardinality($5::text[]))::int] || ' No. ' || (1 + floor(r.rh * 250))::int as address,
       ci.city, ci.region, ci.sp_k,
       case when r.ri < 0.1 then 1 when r.ri < 0.4 then 2 else 3 end as plan_pick,
       '+628' || (11 + floor(r.rj * 9))::int || lpad(floor(r.rh * 100000000)::bigint::text, 8, '0') as phone,
       ($6::text[])[1 + floor(r.rj * cardinality($6::text[]))::int] || case when r.rg < 0.5 then ', ' || ($6::text[])[1 + floor(r.rc * cardinality($6::text[]))::int] else '' end as products,
       r.rk < 0.05 as vip,
       $7::timestamptz - (r.rk * 540) * interval '1 day' as created_at
     from generate_series(1, $8::int) g
     cross join lateral (select g as gg, random() ra, random() rb, random() rc, random() rd, random() re, random() rf, random() rg, random() rh, random() ri, random() rj, random() rk, random() rl) r
     join seed_large_cities ci on ci.k = 1 + floor(r.rl * (select count(*) from seed_large_cities))::int`,
    [COMPANY_PREFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, STREETS, PRODUCTS, start, n],
  );
  // The person to call: a company's person in charge, or the person themself; and a unique address.
  await sql`update seed_large_customers set pic = case when type = 'company' then contact else name end,
    email = lower(regexp_replace(name, '[^A-Za-z]+', '.', 'g')) || '.' || idx || '@pelanggan.test'`;
  await sql`
    insert into customers (id, name, type, address, city, region, phone, email, person_in_charge, salesperson, products_used, sla_plan_id, tags, created_at, updated_at)
    select c.id, c.name, c.type, c.address, c.city, c.region, c.phone,
      c.email, case when c.type = 'company' then c.pic end, c.sales, c.products,
      p.id, case when c.vip then array['vip'] else '{}'::text[] end, c.created_at, c.created_at
    from seed_large_customers c
    join seed_large_plans p on p.k = least(c.plan_pick, (select max(k) from seed_large_plans))`;
}

async function stageTickets(sql: Sql, o: LargeSeedOptions & { open: number; now: Date; start: Date; tz: string }) {
  // Creation instants: closed history grows over the years (density rising linearly) and ends three
  // days ago; open tickets are mostly a day or two old (exponential, mean 1 day), 15 % of them
  // stuck for longer (mean 10 days, at most a year). Most arrive in business hours on working days.
  await sql`create unlogged table seed_large_tickets (seq int primary key, open boolean not null, cust int not null, created_at timestamptz not null, yr smallint not null, number text not null)`;
  await sql.unsafe(
    `insert into seed_large_tickets (seq, open, cust, created_at, yr, number)
     with raw as (
       select g, g <= $1 as open,
         case when g <= $1
           then $2::timestamptz - least(-ln(1 - r.a) * case when r.d < 0.85 then 1 else 10 end, 365) * interval '1 day'
           else $3::timestamptz + sqrt(r.a) * ($2::timestamptz - interval '3 days' - $3::timestamptz)
         end as raw_at,
         1 + floor($4 * power(r.b, 2))::int as cust, r.c, r.d
       from generate_series(1, $5::int) g
       cross join lateral (select g as gg, random() a, random() b, random() c, random() d) r
     ), timed as (
       select g, open, cust, raw_at,
         case when r.c < 0.85 then
           ((date_trunc('day', raw_at at time zone $6)
             - case when extract(isodow from raw_at at time zone $6) > 5
                 then (extract(isodow from raw_at at time zone $6) - 5 + floor(r.c / 0.85 * 5)) * interval '1 day' else interval '0' end
             + interval '8 hours' + r.d * interval '9 hours') at time zone $6)
         else raw_at end as biz_at
       from raw r
     ), at as (
       select g, open, cust, case when biz_at > $2::timestamptz - interval '5 minutes' then raw_at else biz_at end as created_at from timed
     ), yearly as (
       select g, open, cust, created_at, extract(year from created_at at time zone $6)::smallint as yr,
         row_number() over (partition by extract(year from created_at at time zone $6) order by created_at, g) as rn
       from at
     )
     select row_number() over (order by y.created_at, y.g)::int as seq, y.open, y.cust, y.created_at, y.yr,
       'TKT-' || y.yr || '-' || lpad((coalesce(c.last, 0) + y.rn)::text, 6, '0') as number
     from yearly y left join ticket_counters c on c.year = y.yr`,
    [o.open, o.now, o.start, o.customers, o.tickets, o.tz],
  );
  const [over] = await sql`select yr, count(*)::int as n from seed_large_tickets s left join ticket_counters c on c.year = s.yr group by yr, c.last having coalesce(c.last, 0) + count(*) > 999999`;
  if (over) throw new Error(`year ${over.yr} would need more than 999,999 ticket numbers`);
}

const CLOSED_SQL = `
with ins as (
  insert into tickets (number, customer_id, sla_plan_id, reporter_name, reporter_phone, reporter_email, category, priority, summary, detail,
    status, service_point_id, assignee_id, created_by, assigned_by, assigned_at, accepted_by, accepted_at, dispatched_by, dispatched_at,
    confirmed_by, confirmed_at, started_at, resolution, resolved_by, resolved_at, closed_by, closed_at, documented_by, documented_at,
    sla_response_minutes, sla_resolution_minutes, sla_warning_percent, sla_pause_on_pending, responded_at,
    response_warn_at, response_due_at, resolution_warn_at, resolution_due_at, sla_state, idempotency_key, version, created_at, updated_at)
  select s.number, c.id, p.id,
    case when r.n < 0.6 then c.pic else ($12::text[])[1 + floor(r.n * cardinality($12::text[]))::int] || ' ' || ($13::text[])[1 + floor(r.o * cardinality($13::text[]))::int] end,
    c.phone, case when r.o < 0.5 then c.email end,
    x.category, x.priority, x.summary, ($9::text[])[1 + floor(r.b * cardinality($9::text[]))::int],
    x.status, sp.id, x.engineer, x.desk, x.desk, t.assigned_at, x.coord, t.accepted_at, x.coord, t.dispatched_at,
    x.engineer, t.confirmed_at, t.started_at, ($10::text[])[1 + floor(r.c * cardinality($10::text[]))::int], x.engineer, t.resolved_at,
    case when x.status <> 'resolved' then x.desk end, case when x.status <> 'resolved' then t.closed_at end,
    case when x.status = 'documented' then x.desk end, case when x.status = 'documented' then t.documented_at end,
    p.resp, p.resol, p.warn, p.pause, t.accepted_at,
    s.created_at + floor(p.resp * p.warn / 100.0) * $2 * interval '1 minute', s.created_at + p.resp * $2 * interval '1 minute',
    s.created_at + floor(p.resol * p.warn / 100.0) * $2 * interval '1 minute', s.created_at + p.resol * $2 * interval '1 minute',
    case when t.resolved_at >= s.created_at + p.resol * $2 * interval '1 minute' then 'breached'
         when t.resolved_at >= s.created_at + floor(p.resol * p.warn / 100.0) * $2 * interval '1 minute' then 'warning' else 'ok' end::sla_state,
    gen_random_uuid(), case x.status when 'resolved' then 8 when 'closed' then 9 else 10 end, s.created_at,
    case x.status when 'resolved' then t.resolved_at when 'closed' then t.closed_at else t.documented_at end
  from seed_large_tickets s
  join seed_large_customers c on c.idx = s.cust
  join seed_large_plans p on p.k = least(c.plan_pick, (select max(k) from seed_large_plans))
  join seed_large_points sp on sp.k = c.sp_k
  cross join lateral (select s.seq as sq, random() a, random() b, random() c, random() d, random() e, random() f, random() g, random() h, random() i,
                             random() j, random() k, random() l, random() m, random() n, random() o, random() q) r
  cross join lateral (
    select s.created_at + (5 + 85 * r.e ^ 2) * interval '1 minute' as assigned_at) t1
  cross join lateral (select t1.assigned_at + (5 + 175 * r.f ^ 2) * interval '1 minute' as accepted_at) t2
  cross join lateral (select t2.accepted_at + (5 + 115 * r.g) * interval '1 minute' as dispatched_at) t3
  cross join lateral (select t3.dispatched_at + (5 + 85 * r.h) * interval '1 minute' as confirmed_at) t4
  cross join lateral (select t4.confirmed_at + (30 + 870 * r.i ^ 2) * interval '1 minute' as started_at) t5
  cross join lateral (select least(t5.started_at + (30 + least(-ln(1 - r.j) * 1200, 30000)) * interval '1 minute', $1::timestamptz - interval '30 minutes') as resolved_at) t6
  cross join lateral (select t1.assigned_at, t2.accepted_at, t3.dispatched_at, t4.confirmed_at, t5.started_at, t6.resolved_at,
                             t6.resolved_at + (60 + 4000 * r.k) * interval '1 minute' as closed_at,
                             t6.resolved_at + (60 + 4000 * r.k + 60 + 10000 * r.l) * interval '1 minute' as documented_at) t
  cross join lateral (
    select
      case when r.a < 0.55 then 'incident' when r.a < 0.80 then 'request' when r.a < 0.92 then 'complaint' else 'installation' end::ticket_category as category,
      case when r.d < 0.15 then 'low' when r.d < 0.70 then 'normal' when r.d < 0.92 then 'high' else 'critical' end::ticket_priority as priority,
      case when r.a < 0.55 then ($5::text[])[1 + floor(r.q * cardinality($5::text[]))::int]
           when r.a < 0.80 then ($6::text[])[1 + floor(r.q * cardinality($6::text[]))::int]
           when r.a < 0.92 then ($7::text[])[1 + floor(r.q * cardinality($7::text[]))::int]
           else ($8::text[])[1 + floor(r.q * cardinality($8::text[]))::int] end as summary,
      case when r.m < 0.75 and t.documented_at <= $1::timestamptz then 'documented'
           when r.m < 0.99 and t.closed_at <= $1::timestamptz then 'closed' else 'resolved' end::ticket_status as status,
      sp.engineers[1 + floor(r.c * cardinality(sp.engineers))::int] as engineer,
      coalesce(sp.coordinator, $4::uuid) as coord,
      ($3::uuid[])[1 + floor(r.b * cardinality($3::uuid[]))::int] as desk
  ) x
  where s.seq between $14 and $15 and not s.open
  returning id, customer_id, status, resolved_at, closed_at, assignee_id, service_point_id
), rated as (
insert into ticket_ratings (ticket_id, customer_id, rating, comment, engineer_id, service_point_id, created_at)
select i.id, i.customer_id,
  case when r.a < 0.45 then 5 when r.a < 0.80 then 4 when r.a < 0.92 then 3 when r.a < 0.97 then 2 else 1 end,
  case when r.b < 0.4 then ($11::text[])[1 + floor(r.c * cardinality($11::text[]))::int] end,
  i.assignee_id, i.service_point_id, i.resolved_at + r.d * (i.closed_at - i.resolved_at)
from ins i
cross join lateral (select i.id as iid, random() a, random() b, random() c, random() d, random() e) r
where i.status <> 'resolved' and r.e < 0.25
returning 1
)
select (select count(*) from ins)::int as n, (select count(*) from rated)::int as ratings`;

async function insertClosedChunk(sql: Sql, a: number, b: number, o: { now: Date; ratio: number; helpdesk: string[]; admin: string }): Promise<number> {
  return sql.begin(async (tx) => {
    // Only this seed's transactions: a crash loses the run, which is refused and redone anyway.
    await tx`set local synchronous_commit = off`;
    const rows = await tx.unsafe(CLOSED_SQL, [
      o.now, o.ratio, [...o.helpdesk, o.admin], o.admin,
      SUMMARIES.incident, SUMMARIES.request, SUMMARIES.complaint, SUMMARIES.installation,
      DETAILS, RESOLUTIONS, RATING_COMMENTS, FIRST_NAMES, LAST_NAMES, a, b,
    ]);
    return Number(rows[0].n);
  });
}

/** Raises each year's counter to the last number given, then checks every year is 1…last with no gap. */
async function finishCounters(sql: Sql, log: (line: string) => void) {
  await sql`
    insert into ticket_counters (year, last)
    select yr, max(substr(number, 10)::int) from seed_large_tickets group by yr
    on conflict (year) do update set last = greatest(ticket_counters.last, excluded.last)`;
  const rows = await sql<Array<{ year: number; n: number; max: number; last: number }>>`
    select substr(t.number, 5, 4)::int as year, count(*)::int as n, max(substr(t.number, 10)::int) as max, c.last
    from tickets t left join ticket_counters c on c.year = substr(t.number, 5, 4)::int
    group by 1, c.last order by 1`;
  for (const r of rows) {
    if (r.n !== r.max || r.max !== r.last) throw new Error(`ticket numbers of ${r.year} are not gap-free: ${r.n} tickets, highest ${r.max}, counter ${r.last}`);
    log(`  ${r.year}: ${r.n.toLocaleString('en-US')} tickets, TKT-${r.year}-000001 … TKT-${r.year}-${String(r.last).padStart(6, '0')}, counter ${r.last}`);
  }
}

/** Runs `fn` over `items`, at most `n` at a time, in order of start. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}
