import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { ticketComments, tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { notifyTicketEvent } from '../notify';
import { ticketScope } from '../scope';

/** Customers write public comments only; staff choose. A public staff comment reaches the customer. */
export async function addComment(me: CurrentUser, input: { ticketId: string; body: string; internal: boolean }) {
  // Managers read every ticket but change none (SECURITY.md S03).
  if (me.role === 'manager') throw new ForbiddenError('ticket.comment');
  const internal = me.role === 'customer' ? false : input.internal;
  return db.transaction(async (tx) => {
    const [t] = await tx.select().from(tickets).where(and(eq(tickets.id, input.ticketId), ticketScope(me))).limit(1);
    if (!t) throw new NotFoundError();
    const [c] = await tx.insert(ticketComments).values({ ticketId: t.id, authorId: me.id, body: input.body, internal }).returning({ id: ticketComments.id });
    await tx.update(tickets).set({ updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
    await recordAudit(tx, me, { action: internal ? 'ticket.comment_internal' : 'ticket.comment', entityType: 'ticket', entityId: t.id, after: { commentId: c.id } });
    if (!internal) {
      // Who should read it: the customer when staff wrote, the people working on it when the customer wrote.
      await notifyTicketEvent(tx, t, me.role === 'customer' ? 'customer_commented' : 'staff_commented', { actorId: me.id });
    }
    return c;
  });
}
