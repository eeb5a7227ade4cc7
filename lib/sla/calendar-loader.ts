import 'server-only';
import { gte } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { holidays } from '@/db/schema';
import { loadSettings } from '@/lib/settings/store';
import type { BusinessCalendar } from './calendar';

/** The business calendar from settings (hours, zone) and the holidays table. */
export async function loadCalendar(conn: Conn, since = new Date(Date.now() - 400 * 24 * 3600 * 1000)): Promise<BusinessCalendar> {
  const s = await loadSettings(conn);
  const rows = await conn.select({ day: holidays.day }).from(holidays).where(gte(holidays.day, since.toISOString().slice(0, 10)));
  return {
    timeZone: s.regional.timeZone,
    workingDays: s.hours.workingDays,
    open: s.hours.open,
    close: s.hours.close,
    holidays: new Set(rows.map((r) => r.day)),
  };
}
