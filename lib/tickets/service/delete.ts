import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';

/** Admin only (checked by the action): a soft delete, with the ticket's last state kept in the audit log. */
export async function deleteTicket(me: CurrentUser, ticketId: string) {
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(tickets)
      .set({ deletedAt: sql`now()`, deletedBy: me.id, slaWarnAt: null, slaDueAt: null, version: sql`${tickets.version} + 1` })
      .where(and(eq(tickets.id, ticketId), isNull(tickets.deletedAt)))
      .returning({ id: tickets.id, number: tickets.number, status: tickets.status, customerId: tickets.customerId, summary: tickets.summary });
    if (!after) throw new NotFoundError();
    await recordAudit(tx, me, { action: 'ticket.delete', entityType: 'ticket', entityId: after.id, before: after, after: { deleted: true } });
  });
}
