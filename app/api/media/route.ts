import { NextResponse } from 'next/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { isSameOrigin } from '@/lib/auth/request';
import { getCurrentUser } from '@/lib/auth/session';
import { logError } from '@/lib/log';
import { MEDIA_UPLOADS_PER_HOUR, type MediaErrorCode } from '@/lib/media/constants';
import { MediaRejected, receiveImage } from '@/lib/media/receive';
import { countRecentMedia, recordMedia, removeFilesQuietly } from '@/lib/media/service';

export const dynamic = 'force-dynamic';

const fail = (status: number, error: MediaErrorCode, headers?: Record<string, string>) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST /api/media — one public image (catalog photo, promo banner, news cover) as the raw request
 * body. Same-origin staff who manage the catalog, promos or content only (C13, C16). The image is
 * re-encoded to WebP at the configured widths without metadata; the answer is the media row:
 * { id, variants, width, height }, which the caller's action then attaches to what it edits.
 */
export async function POST(req: Request) {
  if (!isSameOrigin(req.headers)) return fail(403, 'badOrigin');
  const me = await getCurrentUser();
  if (!me) return fail(401, 'unauthenticated');
  if (!(can(me.role, 'catalog.manage') || can(me.role, 'promo.manage') || can(me.role, 'content.manage'))) return fail(403, 'forbidden');
  if (!req.body) return fail(400, 'empty');
  if ((await countRecentMedia(me.id)) >= MEDIA_UPLOADS_PER_HOUR) return fail(429, 'rateLimited', { 'Retry-After': '3600' });

  const lengthHeader = req.headers.get('content-length');
  const declared = lengthHeader && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  let alt = '';
  try {
    alt = decodeURIComponent(req.headers.get('x-alt') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 200);
  } catch {
    alt = '';
  }
  let files: string[] = [];
  try {
    const img = await receiveImage(req.body, declared);
    files = Object.values(img.variants);
    const row = await recordMedia(db, img, { alt, uploadedBy: me.id });
    return NextResponse.json(row, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    if (err instanceof MediaRejected) return fail(err.status, err.code, err.status === 413 ? { Connection: 'close' } : undefined);
    await removeFilesQuietly(files);
    logError('media-upload', err);
    return fail(500, 'failed');
  }
}
