import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { media } from '@/db/schema';
import { MEDIA_FILE_RE } from './constants';

/**
 * Whether `file` is a variant of a stored public image. Public data (no session): anything else —
 * a name of the right shape that no media row lists — is a 404, so the disk is never probed by name.
 */
export async function isPublishedMediaFile(file: string): Promise<boolean> {
  // public: published catalog images are public by definition; only listed variants are served.
  const m = MEDIA_FILE_RE.exec(file);
  if (!m) return false;
  const [row] = await db.select({ variants: media.variants }).from(media).where(eq(media.id, m[1])).limit(1);
  if (!row) return false;
  return Object.values(row.variants as Record<string, unknown>).includes(file);
}
