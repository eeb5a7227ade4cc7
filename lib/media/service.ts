import 'server-only';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { db, type Conn } from '@/db/client';
import { media } from '@/db/schema';
import type { EncodedImage } from './pipeline';
import { removeMediaFiles } from './storage';
import { variantList } from './constants';

/** The row for variants the pipeline has just written. */
export async function recordMedia(conn: Conn, img: EncodedImage, opts: { alt?: string; uploadedBy: string | null }) {
  const [row] = await conn
    .insert(media)
    .values({ id: img.id, variants: img.variants, width: img.width, height: img.height, alt: opts.alt ?? '', uploadedBy: opts.uploadedBy })
    .returning({ id: media.id, variants: media.variants, width: media.width, height: media.height });
  return row;
}

/** Public images uploaded by this user in the last hour (the route's per-user ceiling). */
export async function countRecentMedia(userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(media)
    .where(and(eq(media.uploadedBy, userId), gt(media.createdAt, sql`now() - interval '1 hour'`)));
  return n;
}

/**
 * Deletes a media row nobody refers to any more (catalog images, promo banners, news covers) and
 * returns its files, which the caller removes after its transaction commits. A row still in use stays.
 */
export async function deleteMediaIfUnused(conn: Conn, mediaId: string): Promise<string[]> {
  const rows = await conn.execute<{ variants: unknown }>(sql`
    delete from media m
    where m.id = ${mediaId}
      and not exists (select 1 from catalog_images ci where ci.media_id = m.id)
      and not exists (select 1 from promos p where p.banner_media_id = m.id)
      and not exists (select 1 from news_articles n where n.cover_media_id = m.id)
    returning m.variants`);
  return rows.flatMap((r) => variantList(r.variants).map(([, f]) => f));
}

export async function removeFilesQuietly(files: string[]) {
  if (files.length) await removeMediaFiles(files);
}
