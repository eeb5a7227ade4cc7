import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MEDIA_FILE_RE } from '@/lib/media/constants';
import { isPublishedMediaFile } from '@/lib/media/queries';
import { mediaPath } from '@/lib/media/storage';

export const dynamic = 'force-dynamic';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/**
 * GET /media/public/<uuid>-<width>.webp — a public image variant. Only names of exactly that shape,
 * listed in a media row, are served (no traversal, no probing of the disk). Names are random and
 * never reused, so the answer may be cached for a year.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!MEDIA_FILE_RE.test(file)) return notFound();
  if (!(await isPublishedMediaFile(file))) return notFound();
  const p = mediaPath(file);
  const s = await stat(p).catch(() => null);
  if (!s?.isFile()) return notFound();
  return new Response(Readable.toWeb(createReadStream(p)) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(s.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}
