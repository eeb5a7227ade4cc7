import { NextResponse } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { isSameOrigin } from '@/lib/auth/request';
import { getCurrentUser } from '@/lib/auth/session';
import { logError } from '@/lib/log';
import { cleanFileName, UPLOADS_PER_HOUR, type UploadErrorCode } from '@/lib/uploads/constants';
import { receiveUpload, UploadRejected } from '@/lib/uploads/receive';
import { countRecentUploads, recordUpload } from '@/lib/uploads/service';

export const dynamic = 'force-dynamic';

const fail = (status: number, error: UploadErrorCode, headers?: Record<string, string>) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST /api/uploads — one file as the raw request body, its name in X-File-Name (URI-encoded).
 * Same-origin signed-in users who can open or work on tickets only (C13, C16). Answers the upload's id,
 * which the ticket form then sends along; the action checks that the id is the caller's own.
 */
export async function POST(req: Request) {
  if (!isSameOrigin(req.headers)) return fail(403, 'badOrigin');
  const me = await getCurrentUser();
  if (!me) return fail(401, 'unauthenticated');
  // Those who may put files on tickets: customers for their company, staff who work tickets (not managers, who only read).
  const allowed = me.role === 'customer' ? !!me.customerId && can(me.role, 'ticket.create') : me.role !== 'manager' && can(me.role, 'ticket.read');
  if (!allowed) return fail(403, 'forbidden');
  if (!req.body) return fail(400, 'empty');
  if ((await countRecentUploads(me.id)) >= UPLOADS_PER_HOUR) return fail(429, 'rateLimited', { 'Retry-After': '3600' });

  const lengthHeader = req.headers.get('content-length');
  const declared = lengthHeader && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  let rawName = '';
  try {
    rawName = decodeURIComponent(req.headers.get('x-file-name') ?? '').slice(0, 300);
  } catch {
    rawName = '';
  }
  try {
    const file = await receiveUpload(req.body, declared);
    const originalName = cleanFileName(rawName, file.ext);
    const id = await recordUpload(me, { storedName: file.storedName, contentType: file.contentType, size: file.size, originalName });
    return NextResponse.json({ id, name: originalName, size: file.size, contentType: file.contentType }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    if (err instanceof UploadRejected) return fail(err.status, err.code, err.status === 413 ? { Connection: 'close' } : undefined);
    logError('upload', err);
    return fail(500, 'failed');
  }
}
