// Public images (catalog, promo banners, news covers). Shared by the upload route, the pipeline, the
// serving route and the <img> renderers; no server-only imports here.
import { IMAGE_WIDTHS } from '@/lib/catalog/constants';

export { IMAGE_WIDTHS };

/** C16: public images up to 5 MB; the route stops reading at the first byte past it (413). */
export const MEDIA_MAX_BYTES = 5 * 1024 * 1024;
/** Uploads per staff member and hour: plenty for a catalog session, not enough to fill the disk. */
export const MEDIA_UPLOADS_PER_HOUR = 300;
/** Decompression bombs: refuse images above this many pixels before decoding them. */
export const MEDIA_MAX_PIXELS = 40_000_000;

export const MEDIA_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type MediaMime = (typeof MEDIA_MIMES)[number];
export const isMediaMime = (m: string): m is MediaMime => (MEDIA_MIMES as readonly string[]).includes(m);

/** Stored names are `<media uuid>-<width>.webp`: nothing else is ever served from /media/public. */
export const MEDIA_FILE_RE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([1-9]\d{1,3})\.webp$/;

/** Width (as a string key) → stored file name. */
export type MediaVariants = Record<string, string>;

export type MediaImage = { variants: MediaVariants; width: number; height: number; alt: string };

export const mediaUrl = (file: string) => `/media/public/${file}`;

/** The variants as [width, file] pairs, narrowest first; anything malformed in the JSON is skipped. */
export function variantList(variants: unknown): Array<[number, string]> {
  if (!variants || typeof variants !== 'object') return [];
  return Object.entries(variants as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && MEDIA_FILE_RE.test(e[1]) && /^\d+$/.test(e[0]))
    .map(([w, f]) => [Number(w), f] as [number, string])
    .sort((a, b) => a[0] - b[0]);
}

/** `src` (a middle width, so old browsers get something sensible) and `srcset` for an <img>. */
export function imageSources(variants: unknown, preferWidth = 640): { src: string; srcSet: string } | null {
  const list = variantList(variants);
  if (!list.length) return null;
  const pick = list.find(([w]) => w >= preferWidth) ?? list[list.length - 1];
  return { src: mediaUrl(pick[1]), srcSet: list.map(([w, f]) => `${mediaUrl(f)} ${w}w`).join(', ') };
}

/** Error codes the upload route answers with; the staff UI shows catalog.upload.<code>. */
export const MEDIA_ERRORS = ['tooLarge', 'unsupported', 'empty', 'badOrigin', 'unauthenticated', 'forbidden', 'rateLimited', 'failed'] as const;
export type MediaErrorCode = (typeof MEDIA_ERRORS)[number];
