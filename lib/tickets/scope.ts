import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';

/**
 * Which tickets the caller may see, as SQL (C3): helpdesk, manager and admin all; a service point
 * its own; an engineer those assigned to them; a customer contact their company's. Soft-deleted
 * tickets are nobody's.
 */
export function ticketScope(me: CurrentUser): SQL {
  const live = isNull(tickets.deletedAt);
  switch (me.role) {
    case 'admin':
    case 'manager':
    case 'helpdesk':
      return live;
    case 'service_point':
      return me.servicePointId ? and(live, eq(tickets.servicePointId, me.servicePointId))! : sql`false`;
    case 'engineer':
      return and(live, eq(tickets.assigneeId, me.id))!;
    case 'customer':
      return me.customerId ? and(live, eq(tickets.customerId, me.customerId))! : sql`false`;
  }
}
