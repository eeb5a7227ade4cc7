import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { servicePoints, staffProfiles, tickets, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

/** The statuses in which a ticket keeps an engineer busy. */
export const ENGINEER_BUSY_STATUSES = ['dispatched', 'confirmed', 'in_progress', 'pending'] as const;

/**
 * The service point for a customer's city: an active point whose coverage lists the city
 * (case and surrounding spaces ignored). When several cover it, the most specific one (fewest
 * cities) wins, then the name, then the id, so the answer never changes between calls.
 */
export async function suggestServicePoint(city: string | null | undefined): Promise<{ id: string; name: string } | null> {
  await requirePermission('ticket.assign');
  const key = (city ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (!key || key.length > 120) return null;
  const [row] = await db
    .select({ id: servicePoints.id, name: servicePoints.name })
    .from(servicePoints)
    .where(and(eq(servicePoints.active, true), sql`${servicePoints.cities} @> array[${key}]::text[]`))
    .orderBy(sql`cardinality(${servicePoints.cities})`, asc(servicePoints.name), asc(servicePoints.id))
    .limit(1);
  return row ?? null;
}

/** Active service points for an "assign to" choice. */
export async function listServicePointOptions() {
  await requirePermission('ticket.assign');
  return db
    .select({ id: servicePoints.id, name: servicePoints.name, region: servicePoints.region })
    .from(servicePoints)
    .where(eq(servicePoints.active, true))
    .orderBy(asc(servicePoints.name), asc(servicePoints.id));
}

export type DispatchEngineer = { id: string; name: string; phone: string | null; available: boolean; openJobs: number };

/**
 * A point's active engineers for dispatch: available first, then the fewest open jobs (tickets of
 * theirs that are dispatched, confirmed, in progress or pending), then by name. A coordinator only
 * sees their own point's engineers; another point's id gives an empty list, like an unknown one.
 */
export async function listEngineersForDispatch(servicePointId: string): Promise<DispatchEngineer[]> {
  const me = await requirePermission('ticket.dispatch');
  if (!z.uuid().safeParse(servicePointId).success) return [];
  if (me.role === 'service_point' && me.servicePointId !== servicePointId) return [];
  const openJobs = sql<number>`(
    select count(*)::int from ${tickets}
    where ${tickets.assigneeId} = ${users.id}
      and ${tickets.deletedAt} is null
      and ${inArray(tickets.status, [...ENGINEER_BUSY_STATUSES])}
  )`;
  return db
    .select({ id: users.id, name: users.name, phone: users.phone, available: staffProfiles.available, openJobs })
    .from(staffProfiles)
    .innerJoin(users, eq(users.id, staffProfiles.userId))
    .where(and(eq(staffProfiles.servicePointId, servicePointId), eq(users.role, 'engineer'), eq(users.status, 'active')))
    .orderBy(desc(staffProfiles.available), asc(openJobs), asc(users.name), asc(users.id));
}
