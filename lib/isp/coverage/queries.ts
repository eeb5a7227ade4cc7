import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { getAreaTrails, trailLabel } from '@/lib/isp/areas/queries';
import { requireAnyPermission } from '@/lib/isp/plans/access';

const COVERAGE_PAGE = 25;

/**
 * Covered districts and villages, newest first, with their waiting-list leads (a district counts
 * its villages' leads): how many signed up while it was uncovered, and how many still wait.
 */
export async function listCoverage(f: { q?: string; page?: number }) {
  await requirePermission('isp.manage');
  const q = f.q?.trim().slice(0, 100);
  const where = q ? sql`where a.name ilike ${`%${escapeLike(q)}%`} or c.area_code like ${`${escapeLike(q)}%`}` : sql``;
  const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from coverage_areas c join areas a on a.code = c.area_code ${where}`);
  const info = pageInfo(f.page, Number(n), COVERAGE_PAGE);
  const rows = await db.execute<{
    id: string;
    area_code: string;
    level: string;
    plan_name: string | null;
    created_at: string;
    created_by: string | null;
    leads: number;
    waiting: number;
  }>(sql`
    select c.id, c.area_code, a.level, p.name as plan_name, c.created_at, u.name as created_by, l.leads, l.waiting
      from coverage_areas c
      join areas a on a.code = c.area_code
      left join isp_plans p on p.id = c.plan_id
      left join users u on u.id = c.created_by
      cross join lateral (
        select count(*)::int as leads, count(*) filter (where w.notified_at is null)::int as waiting
          from waiting_list w
         where w.area_code = c.area_code
            or w.area_code in (select v.code from areas v where v.parent_code = c.area_code)
      ) l
      ${where}
     order by c.created_at desc, c.id
     limit ${info.size} offset ${info.offset}`);
  const trails = await getAreaTrails(rows.map((r) => r.area_code));
  return {
    ...info,
    items: rows.map((r) => ({
      id: r.id,
      areaCode: r.area_code,
      level: r.level as 'district' | 'village',
      label: trailLabel(trails.get(r.area_code) ?? []),
      province: trails.get(r.area_code)?.[0]?.name ?? '',
      planName: r.plan_name,
      createdAt: new Date(r.created_at),
      createdBy: r.created_by,
      leads: Number(r.leads),
      waiting: Number(r.waiting),
    })),
  };
}
export type CoverageRow = Awaited<ReturnType<typeof listCoverage>>['items'][number];

/** Active plans for the coverage form's "only for this plan" choice. */
export async function listPlanChoices() {
  await requireAnyPermission('isp.manage', 'signup.review');
  return db.execute<{ id: string; name: string }>(sql`select id, name from isp_plans where active order by sort_order, monthly_price_idr, name`);
}

export const WAITING_STATUSES = ['waiting', 'notified'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

/** Leads, newest first: search by name, e-mail, phone or area; filter waiting / notified. */
export async function listWaitingList(f: { q?: string; status?: WaitingStatus; page?: number }) {
  await requireAnyPermission('signup.review', 'isp.manage');
  const q = f.q?.trim().slice(0, 100);
  const like = q ? `%${escapeLike(q)}%` : null;
  const conds = [
    f.status === 'waiting' ? sql`w.notified_at is null` : f.status === 'notified' ? sql`w.notified_at is not null` : null,
    like
      ? sql`(w.name ilike ${like} or w.email ilike ${like} or w.phone ilike ${like} or a.name ilike ${like}
             or exists (select 1 from areas d where d.code = a.parent_code and d.name ilike ${like}))`
      : null,
  ].filter((c) => c !== null);
  const where = conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``;
  const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from waiting_list w join areas a on a.code = w.area_code ${where}`);
  const info = pageInfo(f.page, Number(n));
  const rows = await db.execute<{
    id: string;
    name: string;
    phone: string;
    email: string;
    address: string;
    area_code: string;
    plan_name: string | null;
    notified_at: string | null;
    created_at: string;
  }>(sql`
    select w.id, w.name, w.phone, w.email, w.address, w.area_code, p.name as plan_name, w.notified_at, w.created_at
      from waiting_list w
      join areas a on a.code = w.area_code
      left join isp_plans p on p.id = w.plan_id
      ${where}
     order by w.created_at desc, w.id
     limit ${info.size} offset ${info.offset}`);
  const trails = await getAreaTrails(rows.map((r) => r.area_code));
  return {
    ...info,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      email: r.email,
      address: r.address,
      areaLabel: trailLabel(trails.get(r.area_code) ?? []),
      planName: r.plan_name,
      notifiedAt: r.notified_at ? new Date(r.notified_at) : null,
      createdAt: new Date(r.created_at),
    })),
  };
}
export type WaitingRow = Awaited<ReturnType<typeof listWaitingList>>['items'][number];

/** Districts with the most leads still waiting: where coverage would win the most customers. */
export async function listTopWaitingDistricts(limit = 8) {
  await requireAnyPermission('signup.review', 'isp.manage');
  const rows = await db.execute<{ district: string; waiting: number }>(sql`
    select d.code as district, count(*)::int as waiting
      from waiting_list w
      join areas v on v.code = w.area_code
      join areas d on d.code = v.parent_code
     where w.notified_at is null
     group by d.code
     order by count(*) desc, d.code
     limit ${limit}`);
  const trails = await getAreaTrails(rows.map((r) => r.district));
  return rows.map((r) => ({ code: r.district, label: trailLabel(trails.get(r.district) ?? []), waiting: Number(r.waiting) }));
}
