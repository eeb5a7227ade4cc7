import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { holidays } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { insertNationalHolidays } from './national';

const dayTaken = () => new ValidationError('holidays.errors.dayTaken', { day: ['holidays.errors.dayTaken'] });

/** SLA clocks already running keep the instants they computed; a holiday counts for clocks computed after. */
export async function saveHoliday(actor: CurrentUser, input: { originalDay?: string; day: string; name: string }) {
  try {
    return await db.transaction(async (tx) => {
      if (input.originalDay) {
        const [after] = await tx
          .update(holidays)
          .set({ day: input.day, name: input.name })
          .where(eq(holidays.day, input.originalDay))
          .returning({ day: holidays.day, name: holidays.name });
        if (!after) throw new NotFoundError();
        await recordAudit(tx, actor, { action: 'holiday.update', entityType: 'holiday', entityId: input.originalDay, after });
        return after;
      }
      const [created] = await tx.insert(holidays).values({ day: input.day, name: input.name }).returning({ day: holidays.day, name: holidays.name });
      await recordAudit(tx, actor, { action: 'holiday.create', entityType: 'holiday', entityId: created.day, after: created });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw dayTaken();
    throw err;
  }
}

export async function deleteHoliday(actor: CurrentUser, day: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(holidays).where(eq(holidays.day, day)).returning({ day: holidays.day, name: holidays.name });
    if (!before) throw new NotFoundError();
    await recordAudit(tx, actor, { action: 'holiday.delete', entityType: 'holiday', entityId: day, before });
    return before;
  });
}

export async function addNationalHolidays(actor: CurrentUser, year: number) {
  return db.transaction(async (tx) => {
    const added = await insertNationalHolidays(tx, year);
    if (added) await recordAudit(tx, actor, { action: 'holiday.import_national', entityType: 'holiday', entityId: String(year), after: { added } });
    const inYear = await tx
      .select({ day: holidays.day })
      .from(holidays)
      .where(and(gte(holidays.day, `${year}-01-01`), lte(holidays.day, `${year}-12-31`)));
    return { added, total: inYear.length };
  });
}
