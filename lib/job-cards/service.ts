import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { jobCards, tickets, uploads } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { DomainError, InvalidTransitionError, NotFoundError, ValidationError } from '@/lib/errors';
import { fromLocalInput } from '@/lib/format/date';
import { loadSettings } from '@/lib/settings/store';
import { ticketScope } from '@/lib/tickets/scope';
import { moveTicket } from '@/lib/tickets/service/move';
import { JOB_CARD_STATUSES } from './constants';
import type { JobCardValues } from './schemas';
import { decodeSignature } from './signature';
import { removeStored, storePng } from '@/lib/uploads/storage';

const FUTURE_SLACK_MS = 5 * 60_000;

export type SubmitJobCardResult = { jobCardId: string; ticketId: string; resolved: boolean; resolveErrorKey?: string };

/**
 * The assigned engineer's job card: the signature file, its `uploads` row, the `job_cards` row and the
 * audit entry commit together (the file is removed again when the transaction fails). The ticket stays
 * where it is; with `resolve` the resolve move runs next, through the workflow like any other move.
 */
export async function submitJobCard(me: CurrentUser, input: JobCardValues, now = new Date()): Promise<SubmitJobCardResult> {
  const { regional } = await loadSettings();
  const arrivalAt = fromLocalInput(input.arrivalAt, regional.timeZone);
  const finishAt = fromLocalInput(input.finishAt, regional.timeZone);
  if (!arrivalAt) throw new ValidationError('errors.validation', { arrivalAt: ['jobCards.errors.dateTime'] });
  if (!finishAt) throw new ValidationError('errors.validation', { finishAt: ['jobCards.errors.dateTime'] });
  if (finishAt < arrivalAt) throw new ValidationError('errors.validation', { finishAt: ['jobCards.errors.finishBeforeArrival'] });
  if (finishAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new ValidationError('errors.validation', { finishAt: ['jobCards.errors.finishInFuture'] });

  const signature = await decodeSignature(input.signature);
  const storedName = await storePng(signature.png);

  let jobCardId: string;
  try {
    jobCardId = await db.transaction(async (tx) => {
      // Only the engineer the ticket is dispatched to; anyone else's ticket is simply not found (C3).
      const [ticket] = await tx
        .select({ id: tickets.id, status: tickets.status, customerId: tickets.customerId, createdAt: tickets.createdAt })
        .from(tickets)
        .where(and(eq(tickets.id, input.ticketId), ticketScope(me), eq(tickets.assigneeId, me.id)))
        .for('update')
        .limit(1);
      if (!ticket) throw new NotFoundError();
      if (!(JOB_CARD_STATUSES as readonly string[]).includes(ticket.status)) throw new InvalidTransitionError('jobCards.errors.notWorkable');
      // datetime-local has minute precision: compare with the minute the ticket was opened in.
      if (arrivalAt.getTime() < Math.floor(ticket.createdAt.getTime() / 60_000) * 60_000) {
        throw new ValidationError('errors.validation', { arrivalAt: ['jobCards.errors.arrivalBeforeTicket'] });
      }
      const [upload] = await tx
        .insert(uploads)
        .values({
          customerId: ticket.customerId,
          uploadedBy: me.id,
          ticketId: ticket.id,
          purpose: 'signature',
          storedName,
          originalName: 'signature.png',
          contentType: 'image/png',
          size: signature.png.length,
        })
        .returning({ id: uploads.id });
      const [card] = await tx
        .insert(jobCards)
        .values({
          ticketId: ticket.id,
          engineerId: me.id,
          workDone: input.workDone,
          partsUsed: input.parts,
          arrivalAt,
          finishAt,
          customerName: input.customerName,
          signatureUploadId: upload.id,
        })
        .returning({ id: jobCards.id });
      await recordAudit(tx, me, {
        action: 'ticket.job_card',
        entityType: 'ticket',
        entityId: ticket.id,
        after: {
          jobCardId: card.id,
          workDone: input.workDone.slice(0, 500),
          parts: input.parts.length,
          arrivalAt,
          finishAt,
          customerName: input.customerName,
          signatureUploadId: upload.id,
        },
      });
      return card.id;
    });
  } catch (err) {
    await removeStored(storedName);
    throw err;
  }

  if (!input.resolve) return { jobCardId, ticketId: input.ticketId, resolved: false };
  // The card is saved whatever happens next; a refused resolve (someone moved the ticket meanwhile)
  // is reported next to the success, not as a failure of the card.
  try {
    await moveTicket(me, { move: 'resolve', ticketId: input.ticketId, version: input.version, resolution: input.workDone }, now);
    return { jobCardId, ticketId: input.ticketId, resolved: true };
  } catch (err) {
    if (err instanceof DomainError) return { jobCardId, ticketId: input.ticketId, resolved: false, resolveErrorKey: err.messageKey };
    throw err;
  }
}
