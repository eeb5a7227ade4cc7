import 'server-only';
import { randomUUID } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { IMAGE_WIDTHS, MEDIA_MAX_PIXELS, type MediaVariants } from './constants';
import { ensureMediaDir, mediaPath, removeMediaFiles } from './storage';

export class ImageDecodeError extends Error {}

export type EncodedImage = { id: string; variants: MediaVariants; width: number; height: number };

/** The widths to produce for an image `width` px wide: the configured ones that fit, else the image's own. */
export function targetWidths(width: number): number[] {
  const fit = IMAGE_WIDTHS.filter((w) => w <= width);
  if (fit.length === IMAGE_WIDTHS.length) return [...fit];
  // Never upscale: the image's own width is the largest variant.
  return [...fit, width].filter((w, i, a) => a.indexOf(w) === i);
}

/**
 * Decodes an image and writes one WebP per width (C16): sharp re-encodes every pixel, which breaks
 * polyglots, and writes no metadata (no keepMetadata/withMetadata), so EXIF, GPS, XMP and ICC
 * comments are gone. The EXIF orientation is applied first so photos stay upright without it.
 * Files are named `<uuid>-<width>.webp`; the uuid becomes the media row's id.
 */
export async function encodeVariants(input: Buffer, opts: { quality?: number; effort?: number } = {}): Promise<EncodedImage> {
  const id = randomUUID();
  let base: Sharp;
  let width: number;
  let height: number;
  try {
    // failOn 'error': truncated or corrupt data is refused rather than half-decoded.
    base = sharp(input, { limitInputPixels: MEDIA_MAX_PIXELS, failOn: 'error' }).rotate();
    const meta = await base.metadata();
    if (!meta.width || !meta.height) throw new ImageDecodeError('no dimensions');
    // After rotate(), a 90° orientation swaps the sides.
    const swap = (meta.orientation ?? 1) >= 5;
    width = swap ? meta.height : meta.width;
    height = swap ? meta.width : meta.height;
  } catch (err) {
    throw err instanceof ImageDecodeError ? err : new ImageDecodeError('undecodable');
  }
  await ensureMediaDir();
  const variants: MediaVariants = {};
  const written: string[] = [];
  let largest = { width, height };
  try {
    for (const w of targetWidths(width)) {
      const file = `${id}-${w}.webp`;
      const info = await base
        .clone()
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: opts.quality ?? 80, effort: opts.effort ?? 4 })
        .toFile(mediaPath(file));
      written.push(file);
      variants[String(info.width)] = file;
      largest = { width: info.width, height: info.height };
    }
  } catch {
    await removeMediaFiles(written);
    throw new ImageDecodeError('encode failed');
  }
  return { id, variants, width: largest.width, height: largest.height };
}
