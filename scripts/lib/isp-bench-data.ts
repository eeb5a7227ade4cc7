// Used by scripts/bench-isp.mjs (run with tsx and the server-only hook, DATABASE_URL pointing at the
// bench's own embedded PostgreSQL):
//   load <n>        adds n subscribers (customers + subscriptions over every covered village and plan,
//                   tenure up to four years, 5 % suspended/terminated, running and ended upgrades), set-based
//   coverage <villages,…> <rounds>  times lib/isp/coverage/lookup.ts (the API's one statement) per village
//   preview <rule>  times the eligible-upgrade preview count — the code the staff page runs
//                   (lib/isp/upgrades/eligibility.ts) — and prints its EXPLAIN ANALYZE, as JSON
import { eq, sql } from 'drizzle-orm';
import { closeDb, db, sqlClient } from '@/db/client';
import { subscriptions, upgradeRules } from '@/db/schema';
import { lookupCoverage } from '@/lib/isp/coverage/lookup';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { countEligible, eligibleWhere } from '@/lib/isp/upgrades/eligibility';
import { loadSettings } from '@/lib/settings/store';
import { LOYAL_12_RULE } from '@/db/seed/isp-ops';

async function load(n: number) {
  const villages = await db.execute<{ code: string }>(sql`
    select a.code from areas a
     where a.level = 'village'
       and exists (select 1 from coverage_areas c where c.area_code = a.code or c.area_code = left(a.code, 8))
     order by a.code`);
  const plans = await db.execute<{ id: string }>(sql`select id from isp_plans where active order by sort_order`);
  const [rule] = await db.select({ id: upgradeRules.id }).from(upgradeRules).where(eq(upgradeRules.name, LOYAL_12_RULE));
  const codes = villages.map((v) => v.code);
  const planIds = plans.map((p) => p.id);
  const started = Date.now();
  await sqlClient.begin(async (tx) => {
    await tx`
      with c as (
        insert into customers (name, type, email, phone, city)
        select 'Pelanggan Bench ' || g, 'person', 'bench-' || g || '@pelanggan.test', '+62813' || lpad(g::text, 8, '0'), 'Kota Bench'
          from generate_series(1, ${n}::int) g
        returning id
      ), numbered as (select id, row_number() over () as n from c)
      insert into subscriptions (customer_id, plan_id, address_line, area_code, start_date, status, download_mbps, upload_mbps)
      select x.id, p.id, 'Jl. Bench No. ' || x.n, (${codes}::text[])[1 + (x.n % cardinality(${codes}::text[]))],
             current_date - (x.n * 7919 % 1460)::int,
             (case when x.n % 25 = 0 then 'suspended' when x.n % 41 = 0 then 'terminated' else 'active' end)::subscription_status,
             p.download_mbps, p.upload_mbps
        from numbered x
        join isp_plans p on p.id = (${planIds}::uuid[])[1 + (x.n % cardinality(${planIds}::uuid[]))]`;
    // Running manual upgrades on 3 % of the active ones, ended upgrades of the 12-month rule on 5 %.
    await tx`
      insert into bandwidth_upgrades (subscription_id, rule_id, extra_mbps, starts_at, ends_at, status)
      select s.id, null, 10, now() - interval '20 days', now() + interval '70 days', 'active'
        from subscriptions s where s.address_line like 'Jl. Bench No. %' and s.status = 'active' and hashtext(s.id::text) % 33 = 0
      on conflict do nothing`;
    if (rule) {
      await tx`
        insert into bandwidth_upgrades (subscription_id, rule_id, extra_mbps, starts_at, ends_at, status, reverted_at)
        select s.id, ${rule.id}::uuid, 10, now() - interval '200 days', now() - interval '110 days', 'reverted', now() - interval '110 days'
          from subscriptions s where s.address_line like 'Jl. Bench No. %' and hashtext(s.id::text) % 20 = 1`;
    }
  });
  await sqlClient`vacuum analyze customers`;
  await sqlClient`vacuum analyze subscriptions`;
  await sqlClient`vacuum analyze bandwidth_upgrades`;
  const [{ total }] = await sqlClient<{ total: number }[]>`select count(*)::int as total from subscriptions`;
  // Villages for the coverage lookups: 100 covered and 100 elsewhere in the country, spread by code.
  const step = Math.max(1, Math.floor(codes.length / 100));
  const others = await sqlClient<{ code: string }[]>`
    select code from (select code, row_number() over (order by code) as i from areas where level = 'village') v
     where i % (select greatest(1, count(*) / 100) from areas where level = 'village') = 0 limit 100`;
  const sample = [...codes.filter((_, i) => i % step === 0).slice(0, 100), ...others.map((o) => o.code)];
  return { added: n, subscriptions: Number(total), villages: codes.length, sample, ruleId: rule?.id ?? null, ms: Date.now() - started };
}

async function preview(ruleName: string, runs: number) {
  const [rule] = await db.select().from(upgradeRules).where(eq(upgradeRules.name, ruleName));
  if (!rule) throw new Error(`no rule named ${ruleName}`);
  const today = localDateOf(new Date(), (await loadSettings(db)).regional.timeZone);
  const timings: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    count = await countEligible(db, rule, today);
    timings.push(performance.now() - t0);
  }
  const q = db.select({ n: sql`count(*)` }).from(subscriptions).where(eligibleWhere(rule, today)).toSQL();
  const plan = await sqlClient.unsafe(`explain (analyze, buffers) ${q.sql}`, q.params as never[]);
  return { rule: { id: rule.id, name: rule.name }, today, count, timings, explain: plan.map((r) => r['QUERY PLAN'] as string) };
}

async function coverage(villages: string[], rounds: number) {
  const timings: number[] = [];
  let covered = 0;
  for (let r = 0; r < rounds; r++) {
    for (const v of villages) {
      const t0 = performance.now();
      const a = await lookupCoverage(v);
      timings.push(performance.now() - t0);
      if (r === 0 && a.covered) covered++;
    }
  }
  return { lookups: timings.length, covered, timings };
}

const [cmd, arg, runs] = process.argv.slice(2);
try {
  const out =
    cmd === 'load'
      ? await load(Number(arg))
      : cmd === 'preview'
        ? await preview(arg ?? LOYAL_12_RULE, Number(runs ?? 30))
        : cmd === 'coverage'
          ? await coverage(arg.split(','), Number(runs ?? 3))
          : null;
  if (!out) throw new Error('usage: isp-bench-data.ts load <n> | preview [rule name] [runs] | coverage <villages,…> [rounds]');
  console.log(`@@json ${JSON.stringify(out)}`);
} finally {
  await closeDb();
}
