import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { servicePoints, staffProfiles, ticketRatings, tickets, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { isForeignKeyViolation } from '@/lib/customers/service';
import { NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import type { ServicePointValues } from './schemas';

const nameTaken = () => new ValidationError('servicePoints.errors.nameTaken', { name: ['servicePoints.errors.nameTaken'] });

function columnsOf(v: ServicePointValues) {
  return { name: v.name, address: v.address, region: v.region, phone: v.phone, cities: v.cities, active: v.active };
}

export async function saveServicePoint(actor: CurrentUser, input: ServicePointValues) {
  try {
    return await db.transaction(async (tx) => {
      if (input.id) {
        const [before] = await tx.select().from(servicePoints).where(eq(servicePoints.id, input.id)).for('update').limit(1);
        if (!before) throw new NotFoundError();
        const [after] = await tx.update(servicePoints).set(columnsOf(input)).where(eq(servicePoints.id, input.id)).returning();
        await recordAudit(tx, actor, { action: 'service_point.update', entityType: 'service_point', entityId: after.id, before, after });
        return after;
      }
      const [created] = await tx.insert(servicePoints).values(columnsOf(input)).returning();
      await recordAudit(tx, actor, { action: 'service_point.create', entityType: 'service_point', entityId: created.id, after: created });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'service_points_name_uq')) throw nameTaken();
    throw err;
  }
}

/** A point with tickets, ratings or staff stays (deactivate it instead); an unused one may go. */
export async function deleteServicePoint(actor: CurrentUser, id: string) {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(servicePoints).where(eq(servicePoints.id, id)).for('update').limit(1);
      if (!before) throw new NotFoundError();
      const [t, r, s] = await Promise.all([
        tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.servicePointId, id)).limit(1),
        tx.select({ id: ticketRatings.ticketId }).from(ticketRatings).where(eq(ticketRatings.servicePointId, id)).limit(1),
        tx.select({ id: staffProfiles.userId }).from(staffProfiles).where(eq(staffProfiles.servicePointId, id)).limit(1),
      ]);
      if (t.length || r.length || s.length) throw new ValidationError('servicePoints.errors.inUse');
      await tx.delete(servicePoints).where(eq(servicePoints.id, id));
      await recordAudit(tx, actor, { action: 'service_point.delete', entityType: 'service_point', entityId: id, before });
      return { id, name: before.name };
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new ValidationError('servicePoints.errors.inUse');
    throw err;
  }
}

/**
 * Puts an engineer or coordinator in a point (moving them from another one). A coordinator's ticket
 * scope follows at once: getCurrentUser() reads the point from staff_profiles on every request.
 */
export async function assignStaff(actor: CurrentUser, input: { servicePointId: string; userId: string }) {
  return db.transaction(async (tx) => {
    const [point] = await tx
      .select({ id: servicePoints.id, name: servicePoints.name, active: servicePoints.active })
      .from(servicePoints)
      .where(eq(servicePoints.id, input.servicePointId))
      .for('share')
      .limit(1);
    if (!point) throw new NotFoundError();
    if (!point.active) throw new ValidationError('servicePoints.errors.inactive');
    const [user] = await tx
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.id, input.userId), inArray(users.role, ['engineer', 'service_point']), eq(users.status, 'active')))
      .limit(1);
    if (!user) throw new ValidationError('servicePoints.errors.staffRequired', { userId: ['servicePoints.errors.staffRequired'] });
    const [before] = await tx.select({ servicePointId: staffProfiles.servicePointId }).from(staffProfiles).where(eq(staffProfiles.userId, user.id)).limit(1);
    await tx
      .insert(staffProfiles)
      .values({ userId: user.id, servicePointId: point.id })
      .onConflictDoUpdate({ target: staffProfiles.userId, set: { servicePointId: point.id, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, {
      action: 'service_point.assign_staff',
      entityType: 'user',
      entityId: user.id,
      before: { servicePointId: before?.servicePointId ?? null },
      after: { servicePointId: point.id },
    });
    return { name: user.name, point: point.name };
  });
}

export async function removeStaff(actor: CurrentUser, input: { servicePointId: string; userId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffProfiles)
      .set({ servicePointId: null })
      .where(and(eq(staffProfiles.userId, input.userId), eq(staffProfiles.servicePointId, input.servicePointId)))
      .returning({ userId: staffProfiles.userId });
    if (!row) throw new NotFoundError();
    await recordAudit(tx, actor, {
      action: 'service_point.remove_staff',
      entityType: 'user',
      entityId: input.userId,
      before: { servicePointId: input.servicePointId },
      after: { servicePointId: null },
    });
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.userId)).limit(1);
    return { name: user?.name ?? '' };
  });
}

/** An engineer says whether they can take new jobs; only their own profile row is written. */
export async function setMyAvailability(me: CurrentUser, available: boolean) {
  return db.transaction(async (tx) => {
    await tx
      .insert(staffProfiles)
      .values({ userId: me.id, available })
      .onConflictDoUpdate({ target: staffProfiles.userId, set: { available, updatedAt: sql`now()` } });
    await recordAudit(tx, me, { action: 'engineer.availability', entityType: 'user', entityId: me.id, after: { available } });
    return { available };
  });
}
