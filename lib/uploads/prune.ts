import 'server-only';
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { uploads } from '@/db/schema';
import { logError, logInfo } from '@/lib/log';
import { removeStored } from './storage';

/** An attachment nobody claimed within this time is abandoned (a closed tab, a form never sent). */
export const ORPHAN_UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Unclaimed ticket attachments: survey photos and signatures change purpose or carry a ticket when used. */
const unclaimedBefore = (cutoff: Date) => and(isNull(uploads.ticketId), eq(uploads.purpose, 'ticket-attachment'), lt(uploads.createdAt, cutoff));

/**
 * Deletes uploads that were never attached to a ticket (or a survey) within 24 hours: the row, then
 * the stored file. Batches are claimed with FOR UPDATE SKIP LOCKED and deleted in the same statement,
 * so two workers sweep disjoint rows, and an attach that is claiming a row at that moment (its UPDATE
 * holds the row lock) is skipped rather than raced; a row locked here first is re-checked by the
 * attach, which then answers "not found". Files go after the delete commits: a crash in between can
 * leave a stray file on disk, never a row that points at nothing.
 */
export async function pruneOrphanUploads(now = new Date(), batch = 500): Promise<number> {
  const cutoff = new Date(now.getTime() - ORPHAN_UPLOAD_MAX_AGE_MS);
  let removed = 0;
  for (;;) {
    const claimed = db
      .select({ id: uploads.id })
      .from(uploads)
      .where(unclaimedBefore(cutoff))
      .orderBy(asc(uploads.createdAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    const gone = await db
      .delete(uploads)
      .where(and(inArray(uploads.id, claimed), unclaimedBefore(cutoff)))
      .returning({ storedName: uploads.storedName });
    for (const { storedName } of gone) {
      await removeStored(storedName).catch((err) => logError('uploads.prune', err));
    }
    removed += gone.length;
    if (gone.length < batch) break;
  }
  if (removed) logInfo('uploads.prune', `removed ${removed} unattached upload(s) older than 24 h`);
  return removed;
}
