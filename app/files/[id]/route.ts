import { getDownloadableFile } from '@/lib/uploads/queries';
import { openStored } from '@/lib/uploads/storage';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/** RFC 6266/5987: an ASCII fallback plus the exact UTF-8 name. */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * GET /files/<id> — a private upload for its owner and the staff who can see its ticket; 404 for
 * everyone else (C17). Images were re-encoded on upload and may show inline; anything else downloads.
 * The sandbox CSP and nosniff keep a crafted file from running as a page of ours.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getDownloadableFile(id);
  if (!file) return notFound();
  const stored = await openStored(file.storedName).catch(() => null);
  if (!stored) return notFound();
  const inline = file.contentType.startsWith('image/');
  return new Response(stored.stream, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(stored.size),
      'Content-Disposition': disposition(inline ? 'inline' : 'attachment', file.originalName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}
