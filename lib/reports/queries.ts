import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { holidays, servicePoints, users } from '@/db/schema';
import { getCsat, type CsatFigure, type CsatSummary } from '@/lib/ratings/queries';
import { zonedParts } from '@/lib/format/date';
import { getSettings } from '@/lib/settings/store';
import { TICKET_CATEGORIES, TICKET_STATUSES, type TicketCategory, type TicketStatus } from '@/lib/tickets/constants';
import { businessMinutesSql, sqlCalendar, wallMinutesSql } from './business-time';
import { resolvePeriod, type Period } from './period';
import { requireReportScope } from './scope';

export type TicketMetrics = {
  total: number;
  resolved: number;
  responseMet: number;
  /** Tickets whose response clock has an outcome: responded, or past due without a response. */
  responseDecided: number;
  resolutionMet: number;
  resolutionDecided: number;
  /** Hours; business hours by the settings calendar, and wall-clock hours. */
  respondMeanBh: number | null;
  respondMedianBh: number | null;
  resolveMeanBh: number | null;
  resolveMedianBh: number | null;
  respondMeanH: number | null;
  respondMedianH: number | null;
  resolveMeanH: number | null;
  resolveMedianH: number | null;
};
export type GroupRow = TicketMetrics & { id: string | null; name: string | null; csat: CsatFigure };

export type TicketReport = {
  period: Period;
  timeZone: string;
  /** The service point the figures are limited to (a coordinator's own), or null for all. */
  servicePoint: { id: string; name: string } | null;
  overall: TicketMetrics;
  byStatus: Array<{ status: TicketStatus; count: number }>;
  byCategory: Array<{ category: TicketCategory; count: number }>;
  byServicePoint: GroupRow[];
  byEngineer: GroupRow[];
  csat: CsatSummary;
};

type Row = {
  g_status: number;
  g_category: number;
  g_sp: number;
  g_eng: number;
  status: TicketStatus | null;
  category: TicketCategory | null;
  service_point_id: string | null;
  assignee_id: string | null;
  total: number;
  resolved: number;
  resp_met: number;
  resp_decided: number;
  res_met: number;
  res_decided: number;
  resp_bh_mean: number | null;
  resp_bh_median: number | null;
  res_bh_mean: number | null;
  res_bh_median: number | null;
  resp_h_mean: number | null;
  resp_h_median: number | null;
  res_h_mean: number | null;
  res_h_median: number | null;
  medians: number;
};

const num = (v: unknown) => (v == null ? null : Number(v));
const EMPTY_CSAT: CsatFigure = { average: null, count: 0 };

function metrics(r: Row | undefined): TicketMetrics {
  return {
    total: Number(r?.total ?? 0),
    resolved: Number(r?.resolved ?? 0),
    responseMet: Number(r?.resp_met ?? 0),
    responseDecided: Number(r?.resp_decided ?? 0),
    resolutionMet: Number(r?.res_met ?? 0),
    resolutionDecided: Number(r?.res_decided ?? 0),
    respondMeanBh: num(r?.resp_bh_mean),
    respondMedianBh: num(r?.resp_bh_median),
    resolveMeanBh: num(r?.res_bh_mean),
    resolveMedianBh: num(r?.res_bh_median),
    respondMeanH: num(r?.resp_h_mean),
    respondMedianH: num(r?.resp_h_median),
    resolveMeanH: num(r?.res_h_mean),
    resolveMedianH: num(r?.res_h_median),
  };
}

/**
 * The ticket report (seed 000 "laporan ticket"; SPEC module 2): tickets *opened* in the period, with
 * counts by status and category, SLA compliance, time to respond and to resolve (mean and median, in
 * business hours and in wall-clock hours) per service point and per engineer — one scan of the
 * period's tickets through the created_at index with GROUPING SETS. CSAT comes from the ratings
 * received in the period.
 */
export async function getTicketReport(q: { from?: string; to?: string; preset?: string }): Promise<TicketReport> {
  const { servicePointId } = await requireReportScope();
  const [settings, holidayRows] = await Promise.all([getSettings(), db.select({ day: holidays.day }).from(holidays)]);
  const cal = sqlCalendar(settings, holidayRows.map((h) => h.day));
  const period = resolvePeriod(q, cal.tz);

  // One pass over the period's tickets (created_at index or a scan, as the planner sees fit): each
  // ticket's outcome and durations are computed once in a materialized CTE; the counts and means are
  // grouped five ways from it, the medians (one sort each) only overall.
  const created = { l: sql`s.l`, d: sql`s.d` };
  const responded = { l: sql`r.l`, d: sql`r.d` };
  const resolved = { l: sql`v.l`, d: sql`v.d` };
  const local = (col: SQL) => sql`(select (${col} at time zone ${cal.tz}::text) as l, (${col} at time zone ${cal.tz}::text)::date as d)`;
  const rows = await db.execute<Row>(sql`
    with x as materialized (
      select t.status, t.category, t.service_point_id, t.assignee_id,
             t.resolved_at is not null as is_resolved,
             coalesce(t.responded_at <= t.response_due_at, false) as resp_met,
             (t.response_due_at is not null and (t.responded_at is not null or t.response_due_at <= now())) as resp_decided,
             coalesce(t.resolved_at <= t.resolution_due_at, false) as res_met,
             (t.resolution_due_at is not null and (t.resolved_at is not null or t.resolution_due_at <= now())) as res_decided,
             ${businessMinutesSql(created, responded, cal)} as resp_bm,
             ${businessMinutesSql(created, resolved, cal)} as res_bm,
             ${wallMinutesSql(sql`t.created_at`, sql`t.responded_at`)} as resp_wm,
             ${wallMinutesSql(sql`t.created_at`, sql`t.resolved_at`)} as res_wm
      from tickets t
      cross join lateral ${local(sql`t.created_at`)} s
      cross join lateral ${local(sql`t.responded_at`)} r
      cross join lateral ${local(sql`t.resolved_at`)} v
      where t.deleted_at is null
        and t.created_at >= ${period.start.toISOString()}::timestamptz and t.created_at < ${period.end.toISOString()}::timestamptz
        ${servicePointId ? sql`and t.service_point_id = ${servicePointId}::uuid` : sql``}
    )
    select grouping(status)::int as g_status, grouping(category)::int as g_category,
           grouping(service_point_id)::int as g_sp, grouping(assignee_id)::int as g_eng,
           status, category, service_point_id, assignee_id,
           count(*)::int as total, count(*) filter (where is_resolved)::int as resolved,
           count(*) filter (where resp_met)::int as resp_met, count(*) filter (where resp_decided)::int as resp_decided,
           count(*) filter (where res_met)::int as res_met, count(*) filter (where res_decided)::int as res_decided,
           avg(resp_bm) / 60 as resp_bh_mean, null::float8 as resp_bh_median, avg(res_bm) / 60 as res_bh_mean, null::float8 as res_bh_median,
           avg(resp_wm) / 60 as resp_h_mean, null::float8 as resp_h_median, avg(res_wm) / 60 as res_h_mean, null::float8 as res_h_median,
           0 as medians
    from x
    group by grouping sets ((), (status), (category), (service_point_id), (assignee_id))
    union all
    select 1, 1, 1, 1, null, null, null, null, 0, 0, 0, 0, 0, 0,
           null, (percentile_cont(0.5) within group (order by resp_bm)) / 60, null, (percentile_cont(0.5) within group (order by res_bm)) / 60,
           null, (percentile_cont(0.5) within group (order by resp_wm)) / 60, null, (percentile_cont(0.5) within group (order by res_wm)) / 60,
           1
    from x`);

  const groupRows = rows.filter((r) => !Number(r.medians));
  const medians = rows.find((r) => Number(r.medians));
  const total = groupRows.find((r) => r.g_status && r.g_category && r.g_sp && r.g_eng);
  const overall = total && medians ? { ...total, resp_bh_median: medians.resp_bh_median, res_bh_median: medians.res_bh_median, resp_h_median: medians.resp_h_median, res_h_median: medians.res_h_median } : total;
  const statusCount = new Map(groupRows.filter((r) => !r.g_status).map((r) => [r.status, Number(r.total)]));
  const categoryCount = new Map(groupRows.filter((r) => !r.g_category).map((r) => [r.category, Number(r.total)]));
  const spRows = groupRows.filter((r) => !r.g_sp);
  const engRows = groupRows.filter((r) => !r.g_eng);

  const csat = await getCsat(period, cal.tz);
  const spIds = [...new Set([...spRows.map((r) => r.service_point_id), ...csat.byServicePoint.map((c) => c.id), servicePointId].filter((x): x is string => !!x))];
  const engIds = [...new Set([...engRows.map((r) => r.assignee_id), ...csat.byEngineer.map((c) => c.id)].filter((x): x is string => !!x))];
  const [spNames, engNames] = await Promise.all([
    spIds.length ? db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).where(inArray(servicePoints.id, spIds)) : [],
    engIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, engIds)) : [],
  ]);
  const names = new Map([...spNames, ...engNames].map((x) => [x.id, x.name]));

  function groups(ticketRows: Row[], idOf: (r: Row) => string | null, csatRows: CsatSummary['byEngineer']): GroupRow[] {
    const out = new Map<string, GroupRow>();
    for (const r of ticketRows) {
      const id = idOf(r);
      out.set(id ?? '', { id, name: id ? (names.get(id) ?? null) : null, ...metrics(r), csat: EMPTY_CSAT });
    }
    for (const c of csatRows) {
      const k = c.id ?? '';
      const existing = out.get(k) ?? { id: c.id, name: c.id ? (names.get(c.id) ?? null) : null, ...metrics(undefined), csat: EMPTY_CSAT };
      out.set(k, { ...existing, csat: { average: c.average, count: c.count } });
    }
    // Named rows alphabetically; the "none" row (unassigned) last.
    return [...out.values()].sort((a, b) => (a.id ? (b.id ? (a.name ?? '').localeCompare(b.name ?? '') : -1) : 1));
  }

  return {
    period,
    timeZone: cal.tz,
    servicePoint: servicePointId ? { id: servicePointId, name: names.get(servicePointId) ?? '' } : null,
    overall: metrics(overall),
    byStatus: TICKET_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    byCategory: TICKET_CATEGORIES.map((category) => ({ category, count: categoryCount.get(category) ?? 0 })),
    byServicePoint: groups(spRows, (r) => r.service_point_id, csat.byServicePoint),
    byEngineer: groups(engRows, (r) => r.assignee_id, csat.byEngineer),
    csat,
  };
}

export type DashboardCharts = {
  monthLabel: string;
  byStatus: Array<{ status: TicketStatus; count: number }>;
  /** ISO weeks (Monday, local date) of the last 8 weeks by creation; null percentages where nothing was decided. */
  slaTrend: Array<{ week: string; responseMet: number; responseDecided: number; resolutionMet: number; resolutionDecided: number }>;
  csat: CsatSummary;
};

const TREND_WEEKS = 8;

/** The manager dashboard: this month's tickets by status, the weekly SLA trend and CSAT for the last 6 months. */
export async function getDashboardCharts(now = new Date()): Promise<DashboardCharts> {
  const { servicePointId } = await requireReportScope();
  const settings = await getSettings();
  const tz = settings.regional.timeZone;
  const month = resolvePeriod({ preset: 'thisMonth' }, tz, now);
  // Monday of the week TREND_WEEKS-1 weeks ago, as a local date.
  const p = zonedParts(now, tz);
  const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  const firstWeek = addDaysKey(today, -((p.weekday + 6) % 7) - 7 * (TREND_WEEKS - 1));
  const trendFrom = resolvePeriod({ from: firstWeek, to: month.to }, tz, now);
  const sixMonths = resolvePeriod({ from: `${shiftMonth(month.from, -5)}`, to: month.to }, tz, now);
  const spFilter = servicePointId ? sql`and service_point_id = ${servicePointId}::uuid` : sql``;

  const [statusRows, trendRows, csat] = await Promise.all([
    db.execute<{ status: TicketStatus; count: number }>(sql`
      select status, count(*)::int as count from tickets
      where deleted_at is null and created_at >= ${month.start.toISOString()}::timestamptz and created_at < ${month.end.toISOString()}::timestamptz ${spFilter}
      group by status`),
    db.execute<{ week: string; resp_met: number; resp_decided: number; res_met: number; res_decided: number }>(sql`
      select w.week::text as week,
             count(*) filter (where responded_at <= response_due_at)::int as resp_met,
             count(*) filter (where response_due_at is not null and (responded_at is not null or response_due_at <= now()))::int as resp_decided,
             count(*) filter (where resolved_at <= resolution_due_at)::int as res_met,
             count(*) filter (where resolution_due_at is not null and (resolved_at is not null or resolution_due_at <= now()))::int as res_decided
      from tickets cross join lateral (select date_trunc('week', created_at at time zone ${tz}::text)::date as week) w
      where deleted_at is null and created_at >= ${trendFrom.start.toISOString()}::timestamptz ${spFilter}
      group by w.week`),
    getCsat(sixMonths, tz),
  ]);

  const counts = new Map(statusRows.map((r) => [r.status, Number(r.count)]));
  const byWeek = new Map(trendRows.map((r) => [r.week, r]));
  const slaTrend: DashboardCharts['slaTrend'] = [];
  for (let i = 0; i < TREND_WEEKS; i++) {
    const week = addDaysKey(firstWeek, i * 7);
    const r = byWeek.get(week);
    slaTrend.push({
      week,
      responseMet: Number(r?.resp_met ?? 0),
      responseDecided: Number(r?.resp_decided ?? 0),
      resolutionMet: Number(r?.res_met ?? 0),
      resolutionDecided: Number(r?.res_decided ?? 0),
    });
  }
  return {
    monthLabel: month.from.slice(0, 7),
    byStatus: TICKET_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    slaTrend,
    csat,
  };
}

function addDaysKey(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function shiftMonth(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number);
  const u = new Date(Date.UTC(y, m - 1 + n, 1));
  return u.toISOString().slice(0, 10);
}
