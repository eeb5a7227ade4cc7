import { getSignatureUpload } from '@/lib/job-cards/queries';
import { readStored } from '@/lib/job-cards/storage';

export const dynamic = 'force-dynamic';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } });

/**
 * A job card signature (C17): the ticket's customer and staff in scope only, everyone else 404. The
 * image was re-encoded by sharp on upload, so it may be shown inline; it still gets a sandbox CSP,
 * nosniff and no caching.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string; uploadId: string }> }) {
  const { id, uploadId } = await ctx.params;
  const file = await getSignatureUpload(id, uploadId);
  if (!file || file.contentType !== 'image/png') return notFound();
  const body = await readStored(file.storedName);
  if (!body) return notFound();
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(body.length),
      'Content-Disposition': `inline; filename*=UTF-8''signature-${uploadId}.png`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}
