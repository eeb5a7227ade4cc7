import 'server-only';
import sharp from 'sharp';
import { ValidationError } from '@/lib/errors';
import { SIGNATURE_MAX_BYTES } from './schemas';

const PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// A phone canvas at up to 3× pixel density; anything larger is not a signature pad.
export const SIGNATURE_MAX_WIDTH = 2400;
export const SIGNATURE_MAX_HEIGHT = 1200;
const MIN_SIDE = 40;

const invalid = (key = 'jobCards.errors.signatureInvalid') => new ValidationError(key, { signature: [key] });

/**
 * Turns the pad's PNG data URL into a clean PNG (C16): base64 only, at most 500 KB, PNG by its
 * magic bytes and IHDR, sane dimensions read *before* decoding, then decoded and re-encoded by sharp,
 * which drops every chunk but the pixels (no text chunks, no trailing polyglot payload). A blank
 * pad (one colour everywhere) is refused.
 */
export async function decodeSignature(dataUrl: string): Promise<{ png: Buffer; width: number; height: number }> {
  if (!dataUrl.startsWith(PREFIX)) throw invalid('jobCards.errors.signatureRequired');
  const b64 = dataUrl.slice(PREFIX.length);
  if (!b64.length || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw invalid();
  const buf = Buffer.from(b64, 'base64');
  if (buf.length > SIGNATURE_MAX_BYTES) throw invalid('jobCards.errors.signatureTooLarge');
  // signature (8) + IHDR length/type (8) + IHDR data (13) + CRC (4)
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_MAGIC) || buf.toString('latin1', 12, 16) !== 'IHDR') throw invalid();
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  if (width < MIN_SIDE || height < MIN_SIDE || width > SIGNATURE_MAX_WIDTH || height > SIGNATURE_MAX_HEIGHT) throw invalid();

  try {
    const input = sharp(buf, { limitInputPixels: SIGNATURE_MAX_WIDTH * SIGNATURE_MAX_HEIGHT, failOn: 'error', sequentialRead: true });
    const meta = await input.metadata();
    if (meta.format !== 'png' || meta.width !== width || meta.height !== height) throw invalid();
    // Flatten onto white: the print page and any viewer show the same thing.
    const { data, info } = await sharp(buf, { limitInputPixels: SIGNATURE_MAX_WIDTH * SIGNATURE_MAX_HEIGHT, failOn: 'error' })
      .flatten({ background: '#ffffff' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let min = 255;
    let max = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const v = data[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max - min < 32) throw invalid('jobCards.errors.signatureBlank');
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .png({ compressionLevel: 9, palette: false })
      .toBuffer();
    return { png, width, height };
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw invalid(); // libvips could not decode it: not a real PNG
  }
}
