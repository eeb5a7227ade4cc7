import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Conn } from '@/db/client';
import { codePath, levelOfCode } from '@/lib/isp/areas/codes';

export type CoveragePlan = {
  id: string;
  name: string;
  slug: string;
  downloadMbps: number;
  uploadMbps: number;
  monthlyPriceIdr: number;
  installationFeeIdr: number;
};
export type CoverageAnswer = { known: boolean; covered: boolean; plans: CoveragePlan[] };

/**
 * Is this village covered, and which plans can be ordered there? One statement on indexes only:
 * coverage of the village or its district (coverage_areas_area_plan_uq), all plans or one
 * (plan_id null or equal), and where each active plan is sold (isp_plan_areas: no rows = anywhere,
 * else the village or one of its ancestors). Covered = at least one plan can be ordered.
 */
export async function lookupCoverage(villageCode: string, conn: Conn = db): Promise<CoverageAnswer> {
  if (levelOfCode(villageCode) !== 'village') return { known: false, covered: false, plans: [] };
  const [province, regency, district] = codePath(villageCode);
  const [row] = await conn.execute<{ known: boolean; plans: CoveragePlan[] | null }>(sql`
    select
      exists (select 1 from areas where code = ${villageCode} and level = 'village') as known,
      (select json_agg(json_build_object(
                'id', p.id, 'name', p.name, 'slug', p.slug, 'downloadMbps', p.download_mbps, 'uploadMbps', p.upload_mbps,
                'monthlyPriceIdr', p.monthly_price_idr, 'installationFeeIdr', p.installation_fee_idr)
              order by p.sort_order, p.monthly_price_idr, p.name)
         from isp_plans p
        where p.active
          and exists (select 1 from coverage_areas c
                       where c.area_code in (${villageCode}, ${district})
                         and (c.plan_id is null or c.plan_id = p.id))
          and (not exists (select 1 from isp_plan_areas pa where pa.plan_id = p.id)
               or exists (select 1 from isp_plan_areas pa
                           where pa.plan_id = p.id and pa.area_code in (${villageCode}, ${district}, ${regency}, ${province})))
      ) as plans`);
  const plans = (row?.plans ?? []).map((p) => ({ ...p, monthlyPriceIdr: Number(p.monthlyPriceIdr), installationFeeIdr: Number(p.installationFeeIdr) }));
  return { known: !!row?.known, covered: plans.length > 0, plans };
}
