import 'server-only';
import { and, asc, desc, eq, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { appointments, auditLog, ispApplications, ispPlans, staffProfiles, servicePoints, subscriptions, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { requirePermission, requireUser, type CurrentUser } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { getAreaTrail, getAreaTrails, trailLabel } from '@/lib/isp/areas/queries';
import { APPLICATION_STATUSES, OPEN_APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/isp/constants';
import { maskNik } from '@/lib/isp/nik';
import { requireAnyPermission } from '@/lib/isp/plans/access';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { isWorkingDate } from '@/lib/sla/calendar';
import { preferredDateWindow } from './submit';
import { movesFor, TRANSITIONS, type ApplicationMove } from './transitions';
import { APPLICATION_REF } from './visits';

export const STATUS_FILTERS = ['open', 'all', ...APPLICATION_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type ApplicationFilters = { q?: string; status: StatusFilter; page?: number };

export function parseApplicationFilters(sp: Record<string, string | string[] | undefined>): ApplicationFilters {
  const one = (k: string) => {
    const v = sp[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s?.trim() || undefined;
  };
  const status = (STATUS_FILTERS as readonly string[]).includes(one('status') ?? '') ? (one('status') as StatusFilter) : 'open';
  const page = Number(one('page'));
  return { q: one('q')?.slice(0, 100), status, page: Number.isInteger(page) && page > 0 ? page : undefined };
}

/** Staff who see every application (customer support); engineers see those they are booked for. */
function staffScope(me: CurrentUser, applicationId: SQL | AnyColumn = sql`a.id`): SQL {
  if (can(me.role, 'signup.review')) return sql`true`;
  return sql`exists (select 1 from appointments ap where ap.ref_type = ${APPLICATION_REF} and ap.ref_id = ${applicationId}
                       and ap.resource_id = ${me.id} and ap.status <> 'cancelled')`;
}

/** The queue: status filter, search by number, name or the NIK's last four digits, paginated on the server. */
export async function listApplicationsForStaff(f: ApplicationFilters) {
  const me = await requireAnyPermission('signup.review', 'visit.work');
  const conds = [staffScope(me)];
  if (f.status === 'open') conds.push(sql`a.status in (${sql.join(OPEN_APPLICATION_STATUSES.map((s) => sql`${s}`), sql`, `)})`);
  else if (f.status !== 'all') conds.push(sql`a.status = ${f.status}`);
  if (f.q) {
    const q = f.q.trim();
    if (/^\d{4}$/.test(q)) conds.push(sql`right(a.nik, 4) = ${q}`);
    else conds.push(sql`(a.number ilike ${`%${escapeLike(q)}%`} or a.full_name ilike ${`%${escapeLike(q)}%`})`);
  }
  const where = sql.join(conds, sql` and `);
  const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${ispApplications} a where ${where}`);
  const info = pageInfo(f.page, Number(n));
  const rows = await db.execute<{
    id: string;
    number: string;
    full_name: string;
    nik_last4: string;
    status: ApplicationStatus;
    plan_name: string;
    area_code: string;
    preferred_date: string;
    created_at: string;
    verified: boolean;
    next_visit: string | null;
  }>(sql`
    select a.id, a.number, a.full_name, right(a.nik, 4) as nik_last4, a.status, p.name as plan_name, a.area_code,
           a.preferred_date::text as preferred_date, a.created_at, u.email_verified_at is not null as verified,
           (select min(ap.starts_at) from ${appointments} ap
             where ap.ref_type = ${APPLICATION_REF} and ap.ref_id = a.id and ap.status = 'booked') as next_visit
      from ${ispApplications} a
      join ${ispPlans} p on p.id = a.plan_id
      join ${users} u on u.id = a.user_id
     where ${where}
     order by a.created_at desc, a.id
     limit ${info.size} offset ${info.offset}`);
  const trails = await getAreaTrails(rows.map((r) => r.area_code));
  return {
    ...info,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      fullName: r.full_name,
      nikMasked: maskNik(`000000000000${r.nik_last4}`),
      status: r.status,
      planName: r.plan_name,
      areaLabel: trailLabel(trails.get(r.area_code) ?? []),
      preferredDate: r.preferred_date,
      createdAt: new Date(r.created_at),
      verified: r.verified,
      nextVisit: r.next_visit ? new Date(r.next_visit) : null,
    })),
  };
}
export type StaffApplicationRow = Awaited<ReturnType<typeof listApplicationsForStaff>>['items'][number];

const detailColumns = {
  id: ispApplications.id,
  number: ispApplications.number,
  customerId: ispApplications.customerId,
  fullName: ispApplications.fullName,
  nik: ispApplications.nik,
  birthDate: ispApplications.birthDate,
  phone: ispApplications.phone,
  email: ispApplications.email,
  addressLine: ispApplications.addressLine,
  areaCode: ispApplications.areaCode,
  planId: ispApplications.planId,
  planName: ispPlans.name,
  downloadMbps: ispPlans.downloadMbps,
  uploadMbps: ispPlans.uploadMbps,
  monthlyPriceIdr: ispPlans.monthlyPriceIdr,
  installationFeeIdr: ispPlans.installationFeeIdr,
  preferredDate: ispApplications.preferredDate,
  status: ispApplications.status,
  surveyCovered: ispApplications.surveyCovered,
  surveyNotes: ispApplications.surveyNotes,
  surveyPhotoIds: ispApplications.surveyPhotoIds,
  surveyedAt: ispApplications.surveyedAt,
  rejectReason: ispApplications.rejectReason,
  activatedAt: ispApplications.activatedAt,
  version: ispApplications.version,
  createdAt: ispApplications.createdAt,
  verifiedAt: users.emailVerifiedAt,
};

async function visitsOf(applicationId: string) {
  return db
    .select({
      id: appointments.id,
      kind: appointments.kind,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      notes: appointments.notes,
      technicianId: appointments.resourceId,
      technicianName: users.name,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.resourceId))
    .where(and(eq(appointments.refType, APPLICATION_REF), eq(appointments.refId, applicationId)))
    .orderBy(asc(appointments.startsAt));
}

/** One application for staff: details, visits, history and the moves this caller may make now. */
export async function getApplicationForStaff(id: string) {
  const me = await requireAnyPermission('signup.review', 'visit.work');
  if (!z.uuid().safeParse(id).success) return null;
  const [app] = await db
    .select(detailColumns)
    .from(ispApplications)
    .innerJoin(ispPlans, eq(ispPlans.id, ispApplications.planId))
    .innerJoin(users, eq(users.id, ispApplications.userId))
    .where(and(eq(ispApplications.id, id), staffScope(me, ispApplications.id)))
    .limit(1);
  if (!app) return null;
  const [visits, trail, history, sub] = await Promise.all([
    visitsOf(app.id),
    getAreaTrail(app.areaCode),
    db
      .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actorName: users.name, actorRole: auditLog.actorRole, after: auditLog.after })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, 'isp_application'), eq(auditLog.entityId, app.id)))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
    db.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.applicationId, app.id)).limit(1),
  ]);
  const booked = (kind: 'survey' | 'installation') => visits.some((v) => v.kind === kind && v.technicianId === me.id && v.status !== 'cancelled');
  const moves: ApplicationMove[] = movesFor(app.status, me.role).filter((m) => {
    const visit = TRANSITIONS[m].engineerVisit;
    return me.role !== 'engineer' || (visit ? booked(visit) : false);
  });
  const fullNik = can(me.role, 'signup.review');
  return {
    ...app,
    nik: fullNik ? app.nik : maskNik(app.nik),
    monthlyPriceIdr: Number(app.monthlyPriceIdr),
    installationFeeIdr: Number(app.installationFeeIdr),
    verified: !!app.verifiedAt,
    areaLabel: trailLabel(trail, { withProvince: true }),
    visits,
    history: history.map((h) => ({ id: h.id, action: h.action, at: h.at, actorName: h.actorName, actorRole: h.actorRole, after: (h.after ?? {}) as Record<string, unknown> })),
    subscriptionId: sub[0]?.id ?? null,
    moves,
  };
}
export type StaffApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplicationForStaff>>>;

/** Engineers who can be booked for visits, with their service point and whether they are available. */
export async function listTechnicians() {
  await requirePermission('signup.review');
  return db
    .select({ id: users.id, name: users.name, servicePoint: servicePoints.name, available: staffProfiles.available })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .leftJoin(servicePoints, eq(servicePoints.id, staffProfiles.servicePointId))
    .where(and(eq(users.role, 'engineer'), eq(users.status, 'active')))
    .orderBy(asc(users.name));
}

// ── the applicant's own pages (scoped to their customer in SQL; another customer's id is a 404) ──

export async function listMyApplications() {
  const me = await requireUser();
  if (!me.customerId) return [];
  const rows = await db
    .select({
      id: ispApplications.id,
      number: ispApplications.number,
      status: ispApplications.status,
      planName: ispPlans.name,
      areaCode: ispApplications.areaCode,
      createdAt: ispApplications.createdAt,
    })
    .from(ispApplications)
    .innerJoin(ispPlans, eq(ispPlans.id, ispApplications.planId))
    .where(eq(ispApplications.customerId, me.customerId))
    .orderBy(desc(ispApplications.createdAt));
  const trails = await getAreaTrails(rows.map((r) => r.areaCode));
  return rows.map(({ areaCode, ...r }) => ({ ...r, areaLabel: trailLabel(trails.get(areaCode) ?? []) }));
}

export async function getMyApplication(id: string) {
  const me = await requireUser();
  if (!me.customerId || !z.uuid().safeParse(id).success) return null;
  const [app] = await db
    .select(detailColumns)
    .from(ispApplications)
    .innerJoin(ispPlans, eq(ispPlans.id, ispApplications.planId))
    .innerJoin(users, eq(users.id, ispApplications.userId))
    .where(and(eq(ispApplications.id, id), eq(ispApplications.customerId, me.customerId)))
    .limit(1);
  if (!app) return null;
  const [visits, trail, steps, sub] = await Promise.all([
    db
      .select({ kind: appointments.kind, status: appointments.status, startsAt: appointments.startsAt, endsAt: appointments.endsAt, technicianName: users.name })
      .from(appointments)
      .innerJoin(users, eq(users.id, appointments.resourceId))
      .where(and(eq(appointments.refType, APPLICATION_REF), eq(appointments.refId, app.id), ne(appointments.status, 'cancelled')))
      .orderBy(asc(appointments.startsAt)),
    getAreaTrail(app.areaCode),
    // Only when each step happened — staff notes and who did it stay internal.
    db
      .select({ action: auditLog.action, at: auditLog.at })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'isp_application'), eq(auditLog.entityId, app.id)))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
    db.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.applicationId, app.id)).limit(1),
  ]);
  return {
    id: app.id,
    number: app.number,
    status: app.status,
    fullName: app.fullName,
    nikMasked: maskNik(app.nik),
    phone: app.phone,
    email: app.email,
    addressLine: app.addressLine,
    areaLabel: trailLabel(trail, { withProvince: true }),
    planName: app.planName,
    downloadMbps: app.downloadMbps,
    uploadMbps: app.uploadMbps,
    monthlyPriceIdr: Number(app.monthlyPriceIdr),
    installationFeeIdr: Number(app.installationFeeIdr),
    preferredDate: app.preferredDate,
    surveyCovered: app.surveyCovered,
    rejectReason: app.rejectReason,
    activatedAt: app.activatedAt,
    createdAt: app.createdAt,
    verified: !!app.verifiedAt,
    visits,
    steps: steps.map((s) => ({ move: s.action.replace(/^isp_application\./, ''), at: s.at })),
    subscriptionId: sub[0]?.id ?? null,
  };
}

/** The sign-up form's date rules: today … 60 days ahead, working days, holidays in that window. */
export async function getPreferredDateRules(now = new Date()) {
  const cal = await loadCalendar(db);
  const window = preferredDateWindow(cal, now);
  const holidays = [...cal.holidays].filter((d) => d >= window.min && d <= window.max).sort();
  return { ...window, workingDays: cal.workingDays, holidays };
}

/** Name and phone from the signed-in customer's profile, to start their application form with. */
export async function getApplicantDefaults() {
  const me = await requireUser();
  const [row] = await db.select({ name: users.name, phone: users.phone }).from(users).where(eq(users.id, me.id)).limit(1);
  return { fullName: row?.name ?? me.name, phone: row?.phone ?? '', isCustomer: me.role === 'customer' && !!me.customerId };
}

/**
 * A sensible first suggestion for a visit: the applicant's preferred date when it is still ahead,
 * else the next working day, at opening time — in the business zone, for datetime-local inputs.
 */
export async function getVisitDefaults(preferredDate: string, now = new Date()) {
  await requirePermission('signup.review');
  const cal = await loadCalendar(db);
  const { min } = preferredDateWindow(cal, now);
  let day = preferredDate > min ? preferredDate : min;
  for (let i = 0; i < 30; i++) {
    const d = new Date(`${day}T00:00:00Z`);
    if (day > min && isWorkingDate(cal, day)) break;
    d.setUTCDate(d.getUTCDate() + 1);
    day = d.toISOString().slice(0, 10);
  }
  return { startsAt: `${day}T${cal.open}`, open: cal.open, close: cal.close, timeZone: cal.timeZone };
}
