import 'server-only';
import { and, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { tickets, uploads } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { isOpenStatus } from '@/lib/tickets/constants';
import { ticketScope } from '@/lib/tickets/scope';
import { MAX_ATTACHMENTS } from './constants';

/** The row for a file the route has just stored: owned by its uploader (and their company for customers). */
export async function recordUpload(me: CurrentUser, f: { storedName: string; contentType: string; size: number; originalName: string }) {
  const [row] = await db
    .insert(uploads)
    .values({
      customerId: me.role === 'customer' ? me.customerId : null,
      uploadedBy: me.id,
      purpose: 'ticket-attachment',
      storedName: f.storedName,
      originalName: f.originalName,
      contentType: f.contentType,
      size: f.size,
    })
    .returning({ id: uploads.id });
  return row.id;
}

/** Uploads in the last hour by this user (the route's per-user ceiling). */
export async function countRecentUploads(userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(uploads)
    .where(and(eq(uploads.uploadedBy, userId), gt(uploads.createdAt, sql`now() - interval '1 hour'`)));
  return n;
}

/**
 * Adds the caller's own unclaimed uploads to a ticket they can see (C3, C16: actions receive upload
 * ids whose owner is checked). The ticket row is locked, so two tabs cannot pass the 10-file limit
 * together; a foreign or already used upload id fails the whole call.
 */
export async function attachUploads(me: CurrentUser, input: { ticketId: string; uploadIds: string[] }) {
  // Managers read every ticket but change none (SECURITY.md S03).
  if (me.role === 'manager') throw new ForbiddenError('ticket.attach');
  const ids = [...new Set(input.uploadIds)];
  return db.transaction(async (tx) => {
    const [t] = await tx
      .select({ id: tickets.id, status: tickets.status, customerId: tickets.customerId })
      .from(tickets)
      .where(and(eq(tickets.id, input.ticketId), ticketScope(me)))
      .for('update')
      .limit(1);
    if (!t) throw new NotFoundError();
    const open = me.role === 'customer' ? isOpenStatus(t.status) || t.status === 'resolved' : t.status !== 'documented';
    if (!open) throw new ValidationError('tickets.errors.attachClosed');
    const [{ n }] = await tx
      .select({ n: count() })
      .from(uploads)
      .where(and(eq(uploads.ticketId, t.id), eq(uploads.purpose, 'ticket-attachment')));
    if (n + ids.length > MAX_ATTACHMENTS) throw new ValidationError('tickets.errors.tooManyAttachments', {}, { max: MAX_ATTACHMENTS });
    const claimed = await tx
      .update(uploads)
      .set({ ticketId: t.id, customerId: t.customerId })
      .where(and(inArray(uploads.id, ids), eq(uploads.uploadedBy, me.id), isNull(uploads.ticketId), eq(uploads.purpose, 'ticket-attachment')))
      .returning({ id: uploads.id, name: uploads.originalName });
    if (claimed.length !== ids.length) throw new NotFoundError();
    await tx.update(tickets).set({ updatedAt: sql`now()` }).where(eq(tickets.id, t.id));
    await recordAudit(tx, me, { action: 'ticket.attach', entityType: 'ticket', entityId: t.id, after: { files: claimed.map((c) => c.name) } });
    return { count: claimed.length };
  });
}
