import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { ratingTokens, ticketRatings, tickets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors';
import { hashToken } from '@/lib/tokens';
import { RATEABLE_STATUSES } from './constants';
import type { RateOwnTicketValues, RateWithTokenValues } from './schemas';

type Rated = { ticketId: string; number: string; rating: number };

async function insertRating(
  tx: Tx,
  ticket: { id: string; customerId: string; assigneeId: string | null; servicePointId: string | null },
  input: { rating: number; comment: string | null },
) {
  // One rating per ticket (primary key): a second one, by link or from the account page, is a conflict.
  const [row] = await tx
    .insert(ticketRatings)
    .values({
      ticketId: ticket.id,
      customerId: ticket.customerId,
      rating: input.rating,
      comment: input.comment,
      engineerId: ticket.assigneeId,
      servicePointId: ticket.servicePointId,
    })
    .onConflictDoNothing()
    .returning({ ticketId: ticketRatings.ticketId });
  if (!row) throw new ConflictError('rating.errors.alreadyRated');
}

/**
 * Rating from the e-mailed link (C9): the token is consumed by one conditional UPDATE, so a second
 * submit, an expired or an unknown link fails; the rating and its audit row commit with it.
 */
export async function rateWithToken(input: RateWithTokenValues, actor: CurrentUser | null): Promise<Rated> {
  return db.transaction(async (tx) => {
    const [consumed] = await tx
      .update(ratingTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(ratingTokens.tokenHash, hashToken(input.token)), isNull(ratingTokens.usedAt), gt(ratingTokens.expiresAt, sql`now()`)))
      .returning({ ticketId: ratingTokens.ticketId });
    if (!consumed) throw new ValidationError('rating.errors.linkInvalid');
    const [ticket] = await tx
      .select({ id: tickets.id, number: tickets.number, customerId: tickets.customerId, assigneeId: tickets.assigneeId, servicePointId: tickets.servicePointId })
      .from(tickets)
      .where(and(eq(tickets.id, consumed.ticketId), isNull(tickets.deletedAt)))
      .limit(1);
    if (!ticket) throw new ValidationError('rating.errors.linkInvalid');
    await insertRating(tx, ticket, input);
    await recordAudit(tx, actor, {
      action: 'ticket.rated',
      entityType: 'ticket',
      entityId: ticket.id,
      after: { rating: input.rating, comment: input.comment, via: 'link' },
    });
    return { ticketId: ticket.id, number: ticket.number, rating: input.rating };
  });
}

/** A signed-in customer contact rates their own company's resolved ticket; the mailed link is voided. */
export async function rateOwnTicket(me: CurrentUser, input: RateOwnTicketValues): Promise<Rated> {
  if (me.role !== 'customer' || !me.customerId) throw new NotFoundError();
  const customerId = me.customerId;
  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .select({ id: tickets.id, number: tickets.number, status: tickets.status, customerId: tickets.customerId, assigneeId: tickets.assigneeId, servicePointId: tickets.servicePointId })
      .from(tickets)
      .where(and(eq(tickets.id, input.ticketId), eq(tickets.customerId, customerId), isNull(tickets.deletedAt)))
      .for('update')
      .limit(1);
    if (!ticket) throw new NotFoundError();
    if (!(RATEABLE_STATUSES as readonly string[]).includes(ticket.status)) throw new InvalidTransitionError('rating.errors.notResolved');
    await insertRating(tx, ticket, input);
    await tx
      .update(ratingTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(ratingTokens.ticketId, ticket.id), isNull(ratingTokens.usedAt)));
    await recordAudit(tx, me, {
      action: 'ticket.rated',
      entityType: 'ticket',
      entityId: ticket.id,
      after: { rating: input.rating, comment: input.comment, via: 'account' },
    });
    return { ticketId: ticket.id, number: ticket.number, rating: input.rating };
  });
}

