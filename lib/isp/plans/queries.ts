import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { ispPlanAreas, ispPlans } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { getAreaTrails, trailLabel } from '@/lib/isp/areas/queries';
import { requireAnyPermission } from './access';
import { ISP_PLANS_TAG } from './tags';

/** Staff list: every plan with where it is sold and how many open applications and live subscriptions use it. */
export async function listPlansForStaff() {
  await requireAnyPermission('isp.manage', 'signup.review');
  const rows = await db.execute<{
    id: string;
    name: string;
    slug: string;
    download_mbps: number;
    upload_mbps: number;
    monthly_price_idr: string;
    installation_fee_idr: string;
    active: boolean;
    sort_order: number;
    area_count: number;
    open_applications: number;
    subscriptions: number;
  }>(sql`
    select p.id, p.name, p.slug, p.download_mbps, p.upload_mbps, p.monthly_price_idr, p.installation_fee_idr, p.active, p.sort_order,
           (select count(*)::int from isp_plan_areas pa where pa.plan_id = p.id) as area_count,
           (select count(*)::int from isp_applications a where a.plan_id = p.id
              and a.status in ('submitted','survey_scheduled','surveyed','installation_scheduled')) as open_applications,
           (select count(*)::int from subscriptions s where s.plan_id = p.id and s.status = 'active') as subscriptions
      from isp_plans p
     order by p.active desc, p.sort_order, p.monthly_price_idr, p.name`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    downloadMbps: r.download_mbps,
    uploadMbps: r.upload_mbps,
    monthlyPriceIdr: Number(r.monthly_price_idr),
    installationFeeIdr: Number(r.installation_fee_idr),
    active: r.active,
    sortOrder: r.sort_order,
    areaCount: Number(r.area_count),
    openApplications: Number(r.open_applications),
    subscriptions: Number(r.subscriptions),
  }));
}
export type StaffPlanRow = Awaited<ReturnType<typeof listPlansForStaff>>[number];

export async function getPlanForEdit(id: string) {
  await requirePermission('isp.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [plan] = await db
    .select({
      id: ispPlans.id,
      name: ispPlans.name,
      slug: ispPlans.slug,
      downloadMbps: ispPlans.downloadMbps,
      uploadMbps: ispPlans.uploadMbps,
      monthlyPriceIdr: ispPlans.monthlyPriceIdr,
      installationFeeIdr: ispPlans.installationFeeIdr,
      description: ispPlans.description,
      active: ispPlans.active,
      sortOrder: ispPlans.sortOrder,
    })
    .from(ispPlans)
    .where(eq(ispPlans.id, id))
    .limit(1);
  if (!plan) return null;
  const codes = (await db.select({ code: ispPlanAreas.areaCode }).from(ispPlanAreas).where(eq(ispPlanAreas.planId, id))).map((r) => r.code).sort();
  const trails = await getAreaTrails(codes);
  return { ...plan, areas: codes.map((code) => ({ code, label: trailLabel(trails.get(code) ?? [], { withProvince: true }) })) };
}

export type PublicPlan = {
  id: string;
  name: string;
  slug: string;
  downloadMbps: number;
  uploadMbps: number;
  monthlyPriceIdr: number;
  installationFeeIdr: number;
  description: string;
  /** Where it is sold ("Kota Semarang", "Tembalang, Kota Semarang"); empty = wherever there is coverage. */
  areas: string[];
};

async function loadPublicPlans(): Promise<PublicPlan[]> {
  const plans = await db
    .select({
      id: ispPlans.id,
      name: ispPlans.name,
      slug: ispPlans.slug,
      downloadMbps: ispPlans.downloadMbps,
      uploadMbps: ispPlans.uploadMbps,
      monthlyPriceIdr: ispPlans.monthlyPriceIdr,
      installationFeeIdr: ispPlans.installationFeeIdr,
      description: ispPlans.description,
    })
    .from(ispPlans)
    .where(eq(ispPlans.active, true))
    .orderBy(asc(ispPlans.sortOrder), asc(ispPlans.monthlyPriceIdr), asc(ispPlans.name));
  const sold = await db.select({ planId: ispPlanAreas.planId, code: ispPlanAreas.areaCode }).from(ispPlanAreas);
  const trails = await getAreaTrails(sold.map((s) => s.code));
  return plans.map((p) => ({
    ...p,
    monthlyPriceIdr: Number(p.monthlyPriceIdr),
    installationFeeIdr: Number(p.installationFeeIdr),
    areas: sold
      .filter((s) => s.planId === p.id)
      .map((s) => trailLabel(trails.get(s.code) ?? []) || s.code)
      .sort(),
  }));
}

/** Active plans for the public pages: cached, dropped by every plan change (tag isp-plans). */
export const getPublicPlans = unstable_cache(loadPublicPlans, ['isp-public-plans'], { tags: [ISP_PLANS_TAG], revalidate: 3600 });
