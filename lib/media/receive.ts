import 'server-only';
import { fileTypeFromBuffer } from 'file-type';
import { isMediaMime, MEDIA_MAX_BYTES, type MediaErrorCode } from './constants';
import { encodeVariants, ImageDecodeError, type EncodedImage } from './pipeline';

export class MediaRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: MediaErrorCode,
  ) {
    super(code);
  }
}

/** file-type needs the first few KB to recognise a format. */
const SNIFF_BYTES = 4100;

async function detect(head: Uint8Array) {
  const ft = await fileTypeFromBuffer(head);
  if (!ft || !isMediaMime(ft.mime)) throw new MediaRejected(415, 'unsupported');
  return ft.mime;
}

/**
 * Reads a request body while counting bytes (C16): a declared or actual size past 5 MB stops the read
 * at once with 413, so at most 5 MB is ever held. The type is taken from the content (JPEG, PNG or
 * WebP), never from the name or the declared type, and checked as soon as the first bytes arrive.
 * The image is then re-encoded to WebP variants by the pipeline (no metadata survives).
 */
export async function receiveImage(body: ReadableStream<Uint8Array>, declaredLength: number | null): Promise<EncodedImage> {
  if (declaredLength !== null && declaredLength > MEDIA_MAX_BYTES) throw new MediaRejected(413, 'tooLarge');
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sniffed = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value?.byteLength) continue;
      total += value.byteLength;
      if (total > MEDIA_MAX_BYTES) throw new MediaRejected(413, 'tooLarge');
      chunks.push(value);
      if (!sniffed && total >= SNIFF_BYTES) {
        await detect(Buffer.concat(chunks));
        sniffed = true;
      }
    }
  } catch (err) {
    await reader.cancel().catch(() => {});
    throw err;
  }
  if (total === 0) throw new MediaRejected(400, 'empty');
  const data = Buffer.concat(chunks, total);
  if (!sniffed) await detect(data);
  try {
    return await encodeVariants(data);
  } catch (err) {
    if (err instanceof ImageDecodeError) throw new MediaRejected(415, 'unsupported');
    throw err;
  }
}
