import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { areas, ispApplications, users } from '@/db/schema';
import { createAccount } from '@/lib/accounts/register';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import type { CurrentUser } from '@/lib/auth/session';
import { ForbiddenError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { zonedParts } from '@/lib/format/date';
import type { Locale } from '@/lib/i18n/config';
import { OPEN_APPLICATION_STATUSES } from '@/lib/isp/constants';
import { lookupCoverage } from '@/lib/isp/coverage/lookup';
import { parseNik, PROVINCE_CODES } from '@/lib/isp/nik';
import { formatNumber, nextNumber } from '@/lib/numbering';
import { enforce } from '@/lib/rate-limit';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { isWorkingDate, type BusinessCalendar } from '@/lib/sla/calendar';
import { notifyApplicant } from './notify';
import type { ApplyValues, SignupValues } from './schemas';

/** How far ahead an installation date may be asked for. */
export const PREFERRED_DATE_MAX_DAYS = 60;

export type SubmitResult = { id: string | null; number: string | null; verifyEmail: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
const fieldError = (field: string, key: string) => new ValidationError(key, { [field]: [key] });
const nikTaken = () => fieldError('nik', 'isp.signup.errors.nikOpen');

/** Today in the business zone and the last day one may choose: "YYYY-MM-DD" strings. */
export function preferredDateWindow(cal: BusinessCalendar, now = new Date()): { min: string; max: string } {
  const p = zonedParts(now, cal.timeZone);
  const today = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const last = new Date(today.getTime() + PREFERRED_DATE_MAX_DAYS * 86_400_000);
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { min: iso(today), max: iso(last) };
}

/** The checks that need the database: NIK region, coverage of the village for the plan, the calendar. */
async function checkApplication(input: ApplyValues, now: Date) {
  const nik = parseNik(input.nik, { now });
  if (!nik.ok) throw fieldError('nik', `isp.nik.${nik.problem}`);
  // The province must be a real one: from the loaded areas, or the static list when none are loaded.
  const provinces = await db.select({ code: areas.code }).from(areas).where(eq(areas.level, 'province'));
  const known = provinces.length ? new Set(provinces.map((p) => p.code)) : PROVINCE_CODES;
  if (!known.has(nik.provinceCode)) throw fieldError('nik', 'isp.nik.region');

  const coverage = await lookupCoverage(input.villageCode);
  if (!coverage.known) throw fieldError('villageCode', 'isp.coverage.errors.village');
  if (!coverage.plans.some((p) => p.id === input.planId)) {
    throw coverage.covered ? fieldError('planId', 'isp.signup.errors.planNotSold') : fieldError('villageCode', 'isp.signup.errors.notCovered');
  }

  const cal = await loadCalendar(db);
  const window = preferredDateWindow(cal, now);
  if (input.preferredDate < window.min) throw fieldError('preferredDate', 'isp.signup.errors.dateInPast');
  if (input.preferredDate > window.max) throw fieldError('preferredDate', 'isp.signup.errors.dateTooFar');
  if (!isWorkingDate(cal, input.preferredDate)) throw fieldError('preferredDate', 'isp.signup.errors.dateNotWorking');
  return { birthDate: nik.birthDate, cal };
}

async function assertNoOpenApplication(nik: string) {
  const [open] = await db
    .select({ id: ispApplications.id })
    .from(ispApplications)
    .where(and(eq(ispApplications.nik, nik), inArray(ispApplications.status, [...OPEN_APPLICATION_STATUSES])))
    .limit(1);
  if (open) throw nikTaken();
}

async function findByKey(userId: string | null, email: string, key: string): Promise<SubmitResult | null> {
  const [row] = await db
    .select({ id: ispApplications.id, number: ispApplications.number, verified: users.emailVerifiedAt })
    .from(ispApplications)
    .innerJoin(users, eq(users.id, ispApplications.userId))
    .where(and(eq(ispApplications.idempotencyKey, key), userId ? eq(ispApplications.userId, userId) : eq(users.email, email)))
    .limit(1);
  return row ? { id: row.id, number: row.number, verifyEmail: !row.verified } : null;
}

class DuplicateSubmit extends Error {}

async function insertApplication(
  tx: Tx,
  input: ApplyValues,
  who: { userId: string; customerId: string; email: string; locale: Locale; verified: boolean },
  birthDate: string,
  cal: BusinessCalendar,
  now: Date,
) {
  const year = zonedParts(now, cal.timeZone).year;
  const number = formatNumber('REG', year, await nextNumber(tx, 'REG', year));
  const [app] = await tx
    .insert(ispApplications)
    .values({
      number,
      customerId: who.customerId,
      userId: who.userId,
      fullName: input.fullName,
      nik: input.nik,
      birthDate,
      phone: input.phone,
      email: who.email,
      addressLine: input.addressLine,
      areaCode: input.villageCode,
      planId: input.planId,
      preferredDate: input.preferredDate,
      consentAt: now,
      idempotencyKey: input.idempotencyKey,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [ispApplications.userId, ispApplications.idempotencyKey] })
    .returning({ id: ispApplications.id, number: ispApplications.number, status: ispApplications.status });
  if (!app) throw new DuplicateSubmit();
  await recordAudit(tx, { id: who.userId, role: 'customer' }, {
    action: 'isp_application.submit',
    entityType: 'isp_application',
    entityId: app.id,
    after: { number, status: app.status, planId: input.planId, areaCode: input.villageCode, preferredDate: input.preferredDate },
  });
  await notifyApplicant(
    tx,
    { id: app.id, number, email: who.email, fullName: input.fullName, locale: who.locale },
    who.verified ? 'received' : 'received_unverified',
    {},
    `isp-application:${app.id}:received`,
    cal.timeZone,
  );
  return { id: app.id, number, verifyEmail: !who.verified };
}

/** Maps the races a unique index settled to the answers people should see. */
async function settle(err: unknown, retry: () => Promise<SubmitResult | null>): Promise<SubmitResult> {
  if (isUniqueViolation(err, 'isp_applications_open_nik_uq')) throw nikTaken();
  if (err instanceof DuplicateSubmit || isUniqueViolation(err, 'users_email_uq')) {
    // A double submit: the first one won; answer with its application.
    const first = await retry();
    if (first) return first;
    if (isUniqueViolation(err, 'users_email_uq')) throw fieldError('email', 'isp.signup.errors.emailHasAccount');
  }
  throw err;
}

/**
 * Public sign-up: a new person customer and its user (lib/accounts/register.ts createAccount, with
 * the verification mail) and the application, in one transaction. Rate-limited per IP; a filled
 * honeypot gets a plausible answer and stores nothing. The application waits for the e-mail to be
 * verified before customer support may schedule the survey.
 */
export async function submitSignup(input: SignupValues, ctx: { ip: string; locale: Locale }, now = new Date()): Promise<SubmitResult> {
  await enforce([['publicFormIp', ctx.ip]]);
  if (input.website) return { id: null, number: null, verifyEmail: true };
  const again = () => findByKey(null, input.email, input.idempotencyKey);
  const repeated = await again();
  if (repeated) return repeated;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) throw fieldError('email', 'isp.signup.errors.emailHasAccount');
  const { birthDate, cal } = await checkApplication(input, now);
  await assertNoOpenApplication(input.nik);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const account = await createAccount(tx, { name: input.fullName, email: input.email, phone: input.phone, locale: ctx.locale }, passwordHash);
      return insertApplication(tx, input, { ...account, email: input.email, locale: ctx.locale, verified: false }, birthDate, cal, now);
    });
  } catch (err) {
    return settle(err, again);
  }
}

/** A signed-in customer applies from /account: same checks, their account's e-mail. */
export async function submitApplicationForCustomer(me: CurrentUser, input: ApplyValues, now = new Date()): Promise<SubmitResult> {
  if (me.role !== 'customer' || !me.customerId) throw new ForbiddenError('account.self');
  const customerId = me.customerId;
  const again = () => findByKey(me.id, me.email, input.idempotencyKey);
  const repeated = await again();
  if (repeated) return repeated;
  const { birthDate, cal } = await checkApplication(input, now);
  await assertNoOpenApplication(input.nik);
  const [user] = await db.select({ verified: users.emailVerifiedAt }).from(users).where(eq(users.id, me.id)).limit(1);
  try {
    return await db.transaction((tx) =>
      insertApplication(tx, input, { userId: me.id, customerId, email: me.email, locale: me.locale ?? 'id', verified: !!user?.verified }, birthDate, cal, now),
    );
  } catch (err) {
    return settle(err, again);
  }
}
