import 'server-only';
import { and, asc, gte, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { holidays } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

/** One year's holidays, plus the years that have any (for the year picker). */
export async function listHolidays(year: number) {
  await requirePermission('sla.manage');
  const y = Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
  const [items, years] = await Promise.all([
    db
      .select({ day: holidays.day, name: holidays.name })
      .from(holidays)
      .where(and(gte(holidays.day, `${y}-01-01`), lte(holidays.day, `${y}-12-31`)))
      .orderBy(asc(holidays.day)),
    db
      .selectDistinct({ year: sql<number>`extract(year from ${holidays.day})::int` })
      .from(holidays)
      .orderBy(sql`1`),
  ]);
  return { year: y, items, years: years.map((r) => r.year) };
}
