import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { areas, coverageAreas, ispPlans, waitingList } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { codePath, levelOfCode } from '@/lib/isp/areas/codes';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { enforce } from '@/lib/rate-limit';
import { appUrl } from '@/lib/urls';
import { lookupCoverage } from './lookup';
import type { z } from 'zod';
import type { addCoverageSchema, waitingListSchema } from './schemas';

type AddCoverage = z.output<typeof addCoverageSchema>;
type JoinWaitingList = z.output<typeof waitingListSchema>;

async function areaNames(tx: Tx, code: string): Promise<Map<string, string>> {
  const rows = await tx.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, codePath(code)));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Marks a district or village covered and, in the same transaction, tells everyone waiting there
 * (a district covers its villages) — each lead once: the conditional `notified_at is null` update
 * lets only one of two concurrent transactions claim a lead, and the outbox dedupe key
 * `waitlist:<lead>` backs it up.
 */
export async function addCoverage(actor: CurrentUser, input: AddCoverage) {
  const level = levelOfCode(input.areaCode);
  if (level !== 'district' && level !== 'village') throw new ValidationError('isp.coverage.errors.districtOrVillage', { areaCode: ['isp.coverage.errors.districtOrVillage'] });
  return db.transaction(async (tx) => {
    const [area] = await tx.select({ code: areas.code, level: areas.level, name: areas.name }).from(areas).where(eq(areas.code, input.areaCode)).limit(1);
    if (!area || area.level !== level) throw new ValidationError('isp.coverage.errors.area', { areaCode: ['isp.coverage.errors.area'] });
    if (input.planId) {
      const [plan] = await tx.select({ id: ispPlans.id }).from(ispPlans).where(eq(ispPlans.id, input.planId)).limit(1);
      if (!plan) throw new ValidationError('isp.coverage.errors.plan', { planId: ['isp.coverage.errors.plan'] });
    }
    const [row] = await tx
      .insert(coverageAreas)
      .values({ areaCode: input.areaCode, planId: input.planId, createdBy: actor.id })
      .onConflictDoNothing()
      .returning({ id: coverageAreas.id });
    if (!row) throw new ValidationError('isp.coverage.errors.alreadyCovered');

    const leads = await tx.execute<{ id: string; name: string; email: string; locale: string; area_code: string }>(sql`
      update waiting_list set notified_at = now()
       where notified_at is null
         and area_code in (select code from areas where code = ${input.areaCode} or parent_code = ${input.areaCode})
      returning id, name, email, locale, area_code`);
    const names = await areaNames(tx, input.areaCode);
    for (const lead of leads) {
      const locale: Locale = isLocale(lead.locale) ? lead.locale : 'id';
      const t = translatorFor(locale, 'ispMail');
      const villageNames = await areaNames(tx, lead.area_code);
      const place = [villageNames.get(lead.area_code), names.get(codePath(input.areaCode)[1])].filter(Boolean).join(', ');
      await enqueueMessage(tx, {
        to: lead.email,
        template: 'notification',
        locale,
        data: {
          name: lead.name,
          title: t('waitlistOpen.title', { area: place }),
          lines: [t('waitlistOpen.body', { area: place })],
          url: appUrl('/coverage', { village: lead.area_code }),
          button: t('waitlistOpen.button'),
        },
        dedupeKey: `waitlist:${lead.id}`,
      });
    }
    await recordAudit(tx, actor, {
      action: 'isp_coverage.add',
      entityType: 'coverage_area',
      entityId: row.id,
      after: { areaCode: input.areaCode, planId: input.planId, notifiedLeads: leads.length },
    });
    return { id: row.id, name: area.name, notified: leads.length };
  });
}

/** Applications and subscriptions already there are not touched; new visitors see "not covered yet". */
export async function removeCoverage(actor: CurrentUser, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(coverageAreas).where(eq(coverageAreas.id, id)).returning();
    if (!before) throw new NotFoundError();
    const [area] = await tx.select({ name: areas.name }).from(areas).where(eq(areas.code, before.areaCode)).limit(1);
    await recordAudit(tx, actor, { action: 'isp_coverage.remove', entityType: 'coverage_area', entityId: id, before });
    return { id, name: area?.name ?? before.areaCode };
  });
}

/**
 * A visitor from an uncovered village joins the waiting list. Rate-limited per IP; a filled honeypot
 * gets the same answer and stores nothing. Joining twice with one address updates the entry.
 */
export async function joinWaitingList(input: JoinWaitingList, ctx: { ip: string; locale: Locale }): Promise<{ joined: true }> {
  await enforce([['publicFormIp', ctx.ip]]);
  if (input.website) return { joined: true };
  const answer = await lookupCoverage(input.villageCode);
  if (!answer.known) throw new ValidationError('isp.coverage.errors.village', { villageCode: ['isp.coverage.errors.village'] });
  if (answer.covered) throw new ValidationError('isp.coverage.errors.nowCovered');
  await db.transaction(async (tx) => {
    if (input.planId) {
      const [plan] = await tx.select({ id: ispPlans.id }).from(ispPlans).where(and(eq(ispPlans.id, input.planId), eq(ispPlans.active, true))).limit(1);
      if (!plan) throw new ValidationError('isp.coverage.errors.plan', { planId: ['isp.coverage.errors.plan'] });
    }
    const [row] = await tx
      .insert(waitingList)
      .values({ areaCode: input.villageCode, name: input.name, phone: input.phone, email: input.email, address: input.address, planId: input.planId, locale: ctx.locale })
      .onConflictDoUpdate({
        target: [waitingList.areaCode, waitingList.email],
        set: { name: input.name, phone: input.phone, address: input.address, planId: input.planId, locale: ctx.locale },
      })
      .returning({ id: waitingList.id });
    await recordAudit(tx, null, { action: 'waiting_list.join', entityType: 'waiting_list', entityId: row.id, after: { areaCode: input.villageCode, planId: input.planId } });
  });
  return { joined: true };
}
