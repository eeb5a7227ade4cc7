import 'server-only';
import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { tickets, uploads } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { ticketScope } from '@/lib/tickets/scope';

/**
 * A private file for GET /files/[id] (C17), or null — for a stranger, a signed-out visitor, a malformed
 * id and a missing file alike, so ids cannot be probed. Readers: the uploader; for customers, their
 * own company's files; for staff, files of a ticket they can see (and survey photos for customer support).
 * (getCurrentUser, not requireUser: a signed-out request gets the same 404 as anyone else.)
 */
export async function getDownloadableFile(id: string) {
  const me = await getCurrentUser();
  if (!me || !z.uuid().safeParse(id).success) return null;
  const visibleTicket = isNotNull(tickets.id);
  const [row] = await db
    .select({ storedName: uploads.storedName, originalName: uploads.originalName, contentType: uploads.contentType, size: uploads.size })
    .from(uploads)
    .leftJoin(tickets, and(eq(tickets.id, uploads.ticketId), ticketScope(me)))
    .where(
      and(
        eq(uploads.id, id),
        or(
          eq(uploads.uploadedBy, me.id),
          me.role === 'customer'
            ? me.customerId
              ? and(eq(uploads.customerId, me.customerId), or(sql`${uploads.ticketId} is null`, visibleTicket))
              : sql`false`
            : // Survey photos of internet applications: customer support reads them too (lib/isp/applications).
              or(visibleTicket, can(me.role, 'signup.review') ? eq(uploads.purpose, 'survey-photo') : sql`false`),
        ),
      ),
    )
    .limit(1);
  return row ?? null;
}
