import 'server-only';
import { and, asc, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { servicePoints, staffProfiles, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

const FIELD_ROLES = ['engineer', 'service_point'] as const;

export async function listServicePoints() {
  await requirePermission('servicepoint.manage');
  const staff = db
    .select({
      servicePointId: staffProfiles.servicePointId,
      engineers: sql<number>`count(*) filter (where ${users.role} = 'engineer')::int`.as('engineers'),
      coordinators: sql<number>`count(*) filter (where ${users.role} = 'service_point')::int`.as('coordinators'),
    })
    .from(staffProfiles)
    .innerJoin(users, eq(users.id, staffProfiles.userId))
    .where(eq(users.status, 'active'))
    .groupBy(staffProfiles.servicePointId)
    .as('staff');
  return db
    .select({
      id: servicePoints.id,
      name: servicePoints.name,
      region: servicePoints.region,
      phone: servicePoints.phone,
      cities: servicePoints.cities,
      active: servicePoints.active,
      engineers: sql<number>`coalesce(${staff.engineers}, 0)`,
      coordinators: sql<number>`coalesce(${staff.coordinators}, 0)`,
    })
    .from(servicePoints)
    .leftJoin(staff, eq(staff.servicePointId, servicePoints.id))
    .orderBy(sql`${servicePoints.active} desc`, asc(servicePoints.name), asc(servicePoints.id));
}
export type ServicePointRow = Awaited<ReturnType<typeof listServicePoints>>[number];

export async function getServicePoint(id: string) {
  await requirePermission('servicepoint.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: servicePoints.id,
      name: servicePoints.name,
      address: servicePoints.address,
      region: servicePoints.region,
      phone: servicePoints.phone,
      cities: servicePoints.cities,
      active: servicePoints.active,
    })
    .from(servicePoints)
    .where(eq(servicePoints.id, id))
    .limit(1);
  return row ?? null;
}

/** The point's coordinators and engineers (disabled accounts included, marked). */
export async function listServicePointStaff(servicePointId: string) {
  await requirePermission('servicepoint.manage');
  if (!z.uuid().safeParse(servicePointId).success) return [];
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      status: users.status,
      available: staffProfiles.available,
    })
    .from(staffProfiles)
    .innerJoin(users, eq(users.id, staffProfiles.userId))
    .where(and(eq(staffProfiles.servicePointId, servicePointId), inArray(users.role, FIELD_ROLES)))
    .orderBy(sql`${users.role} = 'engineer'`, asc(users.name), asc(users.id));
}
export type ServicePointStaffRow = Awaited<ReturnType<typeof listServicePointStaff>>[number];

/** Active engineers and coordinators not in this point, with the point they are in now (if any). */
export async function listAssignableStaff(servicePointId: string) {
  await requirePermission('servicepoint.manage');
  if (!z.uuid().safeParse(servicePointId).success) return [];
  return db
    .select({ id: users.id, name: users.name, role: users.role, currentPoint: servicePoints.name })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .leftJoin(servicePoints, eq(servicePoints.id, staffProfiles.servicePointId))
    .where(
      and(
        inArray(users.role, FIELD_ROLES),
        eq(users.status, 'active'),
        or(isNull(staffProfiles.servicePointId), ne(staffProfiles.servicePointId, servicePointId)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
}

/** Counts for the admin list header: how many engineers have no point yet. */
export async function countUnassignedEngineers() {
  await requirePermission('servicepoint.manage');
  const [{ n }] = await db
    .select({ n: count() })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(and(eq(users.role, 'engineer'), eq(users.status, 'active'), isNull(staffProfiles.servicePointId)));
  return n;
}

/** The signed-in engineer's own availability (no profile row yet = available). */
export async function getMyAvailability() {
  const me = await requirePermission('ticket.work');
  const [row] = await db.select({ available: staffProfiles.available }).from(staffProfiles).where(eq(staffProfiles.userId, me.id)).limit(1);
  return row?.available ?? true;
}
