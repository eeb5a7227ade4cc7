import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { areas } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { fromZoned, zonedParts } from '@/lib/format/date';
import type { ApplicationStatus } from '@/lib/isp/constants';
import { APPLICATION_STATUSES } from '@/lib/isp/constants';
import { loadSettings } from '@/lib/settings/store';

export type Month = { key: string; start: Date; end: Date };

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar month in the business zone: [1st 00:00, next 1st 00:00). */
export function monthRange(key: string, timeZone: string): Month {
  const [y, m] = key.split('-').map(Number);
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return { key, start: fromZoned(y, m, 1, 0, 0, timeZone), end: fromZoned(ny, nm, 1, 0, 0, timeZone) };
}

export function currentMonthKey(timeZone: string, now = new Date()): string {
  const p = zonedParts(now, timeZone);
  return `${p.year}-${pad(p.month)}`;
}

export function shiftMonth(key: string, n: number): string {
  const [y, m] = key.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}

const paramsSchema = z.object({
  month: z
    .string()
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  area: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .optional()
    .catch(undefined),
});

export type RegencyRow = {
  code: string | null;
  name: string | null;
  signups: number;
  activated: number;
  waiting: number;
  complaints: number;
  upgrades: number;
};

export type IspRecap = {
  month: Month;
  timeZone: string;
  area: { code: string; name: string } | null;
  signups: { total: number; byStatus: Array<{ status: ApplicationStatus; count: number }>; active: number };
  waiting: { open: number; joined: number; byArea: Array<{ code: string | null; name: string | null; open: number; joined: number }> };
  complaints: { total: number; resolved: number; slaMet: number; slaDecided: number; csatAverage: number | null; csatCount: number };
  promos: { sent: number; queued: number; byChannel: Array<{ channel: string; count: number }> };
  upgrades: { total: number; automatic: number; manual: number; extraMbps: number; reverted: number };
  byRegency: RegencyRow[];
};

const regencyOf = (col: SQL) => sql`left(${col}, 5)`;

/**
 * The monthly recap of the ISP module (seed 004 "laporan rekapitulasi"), for the whole business or
 * one branch (a regency/city): sign-ups by state and conversion (active ÷ submitted in the month),
 * the waiting list by area, complaints with resolution-SLA compliance and CSAT, promotional messages
 * sent, and bandwidth additions. Each figure is one aggregate query over the month's rows.
 */
export async function getIspRecap(raw: Record<string, string | undefined>): Promise<IspRecap> {
  await requirePermission('report.read');
  const p = paramsSchema.parse(raw);
  const { timeZone } = (await loadSettings(db)).regional;
  const month = monthRange(p.month ?? currentMonthKey(timeZone), timeZone);
  return recapFor(month, p.area ?? null, timeZone);
}

async function recapFor(month: Month, area: string | null, timeZone: string): Promise<IspRecap> {
  const inArea = (col: SQL) => (area ? sql`(${col} like ${`${area}.%`} or ${col} = ${area})` : sql`true`);
  // Instants travel as ISO text cast to timestamptz (the driver does not serialize Date in raw statements).
  const start = sql`${month.start.toISOString()}::timestamptz`;
  const end = sql`${month.end.toISOString()}::timestamptz`;

  const [areaRow] = area ? await db.execute<{ code: string; name: string }>(sql`select code, name from areas where code = ${area}`) : [];

  const signupRows = await db.execute<{ status: ApplicationStatus; regency: string; n: number }>(sql`
    select a.status, ${regencyOf(sql`a.area_code`)} as regency, count(*)::int as n
      from isp_applications a
     where a.created_at >= ${start} and a.created_at < ${end} and ${inArea(sql`a.area_code`)}
     group by 1, 2`);

  const waitRows = await db.execute<{ regency: string; open: number; joined: number }>(sql`
    select ${regencyOf(sql`w.area_code`)} as regency,
           count(*) filter (where w.notified_at is null)::int as open,
           count(*) filter (where w.created_at >= ${start} and w.created_at < ${end})::int as joined
      from waiting_list w
     where ${inArea(sql`w.area_code`)}
     group by 1`);

  const complaintRows = await db.execute<{ regency: string | null; n: number; resolved: number; met: number; decided: number; csat_sum: number; csat_n: number }>(sql`
    select ${regencyOf(sql`s.area_code`)} as regency,
           count(*)::int as n,
           count(*) filter (where t.resolved_at is not null)::int as resolved,
           count(*) filter (where t.resolved_at <= t.resolution_due_at)::int as met,
           count(*) filter (where t.resolution_due_at is not null and (t.resolved_at is not null or t.resolution_due_at <= now()))::int as decided,
           coalesce(sum(r.rating), 0)::int as csat_sum,
           count(r.rating)::int as csat_n
      from tickets t
      left join subscriptions s on s.id = t.subscription_id
      left join ticket_ratings r on r.ticket_id = t.id
     where t.category = 'complaint' and t.deleted_at is null
       and t.created_at >= ${start} and t.created_at < ${end}
       and ${area ? inArea(sql`s.area_code`) : sql`true`}
     group by 1`);

  const promoRows = await db.execute<{ channel: string; sent: number; queued: number }>(sql`
    select o.channel::text as channel,
           count(*) filter (where o.status = 'sent' and o.sent_at >= ${start} and o.sent_at < ${end})::int as sent,
           count(*) filter (where o.status in ('pending', 'sending') and o.created_at < ${end})::int as queued
      from outbox o
     where o.marketing and (o.sent_at >= ${start} or o.status in ('pending', 'sending'))
     group by 1`);

  const upgradeRows = await db.execute<{ regency: string; n: number; auto: number; extra: number; reverted: number }>(sql`
    select ${regencyOf(sql`s.area_code`)} as regency,
           count(*)::int as n,
           count(*) filter (where u.applied_by is null)::int as auto,
           coalesce(sum(u.extra_mbps), 0)::int as extra,
           count(*) filter (where u.status = 'reverted')::int as reverted
      from bandwidth_upgrades u
      join subscriptions s on s.id = u.subscription_id
     where u.status <> 'cancelled' and u.starts_at >= ${start} and u.starts_at < ${end} and ${inArea(sql`s.area_code`)}
     group by 1`);

  const codes = [...new Set([...signupRows, ...waitRows, ...complaintRows, ...upgradeRows].map((r) => r.regency).filter((c): c is string => !!c))];
  const names = new Map<string, string>();
  if (codes.length) {
    const rows = await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, codes));
    for (const r of rows) names.set(r.code, r.name);
  }

  const byStatus = APPLICATION_STATUSES.map((status) => ({ status, count: signupRows.filter((r) => r.status === status).reduce((s, r) => s + Number(r.n), 0) }));
  const signupTotal = byStatus.reduce((s, r) => s + r.count, 0);
  const active = byStatus.find((s) => s.status === 'active')?.count ?? 0;

  const regencies = new Map<string | null, RegencyRow>();
  const reg = (code: string | null) => {
    let r = regencies.get(code);
    if (!r) regencies.set(code, (r = { code, name: code ? (names.get(code) ?? code) : null, signups: 0, activated: 0, waiting: 0, complaints: 0, upgrades: 0 }));
    return r;
  };
  for (const r of signupRows) {
    reg(r.regency).signups += Number(r.n);
    if (r.status === 'active') reg(r.regency).activated += Number(r.n);
  }
  for (const r of waitRows) reg(r.regency).waiting += Number(r.open);
  for (const r of complaintRows) reg(r.regency).complaints += Number(r.n);
  for (const r of upgradeRows) reg(r.regency).upgrades += Number(r.n);

  const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + Number(f(r)), 0);
  const csatCount = sum(complaintRows, (r) => r.csat_n);
  return {
    month,
    timeZone,
    area: areaRow ? { code: areaRow.code, name: areaRow.name } : null,
    signups: { total: signupTotal, byStatus, active },
    waiting: {
      open: sum(waitRows, (r) => r.open),
      joined: sum(waitRows, (r) => r.joined),
      byArea: waitRows
        .map((r) => ({ code: r.regency, name: names.get(r.regency) ?? r.regency, open: Number(r.open), joined: Number(r.joined) }))
        .filter((r) => r.open || r.joined)
        .sort((a, b) => b.open - a.open),
    },
    complaints: {
      total: sum(complaintRows, (r) => r.n),
      resolved: sum(complaintRows, (r) => r.resolved),
      slaMet: sum(complaintRows, (r) => r.met),
      slaDecided: sum(complaintRows, (r) => r.decided),
      csatAverage: csatCount ? sum(complaintRows, (r) => r.csat_sum) / csatCount : null,
      csatCount,
    },
    promos: {
      sent: sum(promoRows, (r) => r.sent),
      queued: sum(promoRows, (r) => r.queued),
      byChannel: promoRows.map((r) => ({ channel: r.channel, count: Number(r.sent) })).filter((r) => r.count),
    },
    upgrades: {
      total: sum(upgradeRows, (r) => r.n),
      automatic: sum(upgradeRows, (r) => r.auto),
      manual: sum(upgradeRows, (r) => r.n) - sum(upgradeRows, (r) => r.auto),
      extraMbps: sum(upgradeRows, (r) => r.extra),
      reverted: sum(upgradeRows, (r) => r.reverted),
    },
    byRegency: [...regencies.values()].sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || (a.name ?? '').localeCompare(b.name ?? '')),
  };
}

export type TrendPoint = { month: string; signups: number; activated: number; complaints: number; upgrades: number };

/** The last `months` months for the manager dashboard: sign-ups, activations, complaints, upgrades. */
export async function getIspTrend(months = 6): Promise<{ points: TrendPoint[]; timeZone: string }> {
  await requirePermission('report.read');
  const { timeZone } = (await loadSettings(db)).regional;
  const last = currentMonthKey(timeZone);
  const first = shiftMonth(last, -(months - 1));
  const startAt = monthRange(first, timeZone).start;
  const endAt = monthRange(last, timeZone).end;
  const bucket = (col: SQL) => sql`to_char(${col} at time zone ${timeZone}::text, 'YYYY-MM')`;
  // Raw statements go to the driver as is: instants travel as ISO text cast to timestamptz.
  const start = sql`${startAt.toISOString()}::timestamptz`;
  const end = sql`${endAt.toISOString()}::timestamptz`;
  const rows = await db.execute<{ month: string; kind: string; n: number }>(sql`
    select ${bucket(sql`created_at`)} as month, 'signups' as kind, count(*)::int as n from isp_applications where created_at >= ${start} and created_at < ${end} group by 1
    union all
    select ${bucket(sql`activated_at`)}, 'activated', count(*)::int from isp_applications where activated_at >= ${start} and activated_at < ${end} group by 1
    union all
    select ${bucket(sql`created_at`)}, 'complaints', count(*)::int from tickets where category = 'complaint' and deleted_at is null and created_at >= ${start} and created_at < ${end} group by 1
    union all
    select ${bucket(sql`starts_at`)}, 'upgrades', count(*)::int from bandwidth_upgrades where status <> 'cancelled' and starts_at >= ${start} and starts_at < ${end} group by 1`);
  const points: TrendPoint[] = [];
  for (let i = 0; i < months; i++) {
    const m = shiftMonth(first, i);
    const get = (k: string) => Number(rows.find((r) => r.month === m && r.kind === k)?.n ?? 0);
    points.push({ month: m, signups: get('signups'), activated: get('activated'), complaints: get('complaints'), upgrades: get('upgrades') });
  }
  return { points, timeZone };
}
