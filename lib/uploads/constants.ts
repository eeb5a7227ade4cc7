// What an attachment may be (SECURITY.md C16). Shared by the upload route and the browser-side picker,
// which checks sizes early for a quicker message; the route decides.
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_TICKET } from '@/lib/tickets/constants';

export const UPLOAD_TYPES = {
  'image/jpeg': { kind: 'image', ext: 'jpg' },
  'image/png': { kind: 'image', ext: 'png' },
  'image/webp': { kind: 'image', ext: 'webp' },
  'application/pdf': { kind: 'pdf', ext: 'pdf' },
} as const;
export type UploadMime = keyof typeof UPLOAD_TYPES;

export const MAX_BYTES = { image: ATTACHMENT_MAX_BYTES.image, pdf: ATTACHMENT_MAX_BYTES.pdf } as const;
/** The largest body the route reads at all (the PDF limit); images stop earlier once recognised. */
export const MAX_ANY_BYTES = Math.max(MAX_BYTES.image, MAX_BYTES.pdf);
export const MAX_ATTACHMENTS = ATTACHMENTS_PER_TICKET;
/** Per user and hour: enough for real work, not enough to fill the disk. */
export const UPLOADS_PER_HOUR = 60;

export const ACCEPT_ATTRIBUTE = Object.keys(UPLOAD_TYPES).join(',');

/** Error codes the route answers with; the browser shows tickets.upload.<code>. */
export const UPLOAD_ERRORS = ['tooLarge', 'unsupported', 'empty', 'badOrigin', 'unauthenticated', 'forbidden', 'rateLimited', 'failed'] as const;
export type UploadErrorCode = (typeof UPLOAD_ERRORS)[number];

export const isUploadMime = (m: string): m is UploadMime => Object.hasOwn(UPLOAD_TYPES, m);

/** The original name is kept for display only (never a path): no folders, no control characters, the real extension. */
export function cleanFileName(raw: string, ext: string): string {
  const base = raw
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 120);
  return `${base || 'lampiran'}.${ext}`;
}
