import 'server-only';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { isUploadMime, MAX_ANY_BYTES, MAX_BYTES, UPLOAD_TYPES, type UploadErrorCode, type UploadMime } from './constants';
import { ensureDirs, removeQuietly, storedPath, TMP_DIR } from './storage';

export class UploadRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: UploadErrorCode,
  ) {
    super(code);
  }
}

/** file-type needs the first few KB to recognise a format. */
const SNIFF_BYTES = 4100;
/** Decompression bombs: refuse images above this many pixels before decoding them. */
const MAX_PIXELS = 40_000_000;
/** Stored images are scaled down to fit this box (phone photos stay readable, sizes stay sane). */
const MAX_EDGE = 4096;

/** Waits for the disk when its buffer is full; `once` rejects on a write error and removes its listeners. */
async function write(out: WriteStream, chunk: Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function close(out: WriteStream): Promise<void> {
  out.end();
  await finished(out);
}

async function detect(head: Uint8Array): Promise<UploadMime> {
  const ft = await fileTypeFromBuffer(head);
  if (!ft || !isUploadMime(ft.mime)) throw new UploadRejected(415, 'unsupported');
  return ft.mime;
}

/**
 * Streams a request body to a temporary file while counting bytes (C16): the type is read from the
 * first bytes (never from the name or the declared type), and the body is cut off with 413 as soon as
 * it passes that type's limit, so an oversized or lying upload is never held in memory or on disk.
 * Images are then decoded and re-encoded by sharp, which drops EXIF/GPS and breaks polyglots; PDFs are
 * kept as they are (they are only ever served as downloads in a sandbox).
 */
export async function receiveUpload(body: ReadableStream<Uint8Array>, declaredLength: number | null) {
  if (declaredLength !== null && declaredLength > MAX_ANY_BYTES) throw new UploadRejected(413, 'tooLarge');
  await ensureDirs();
  const tmp = path.join(TMP_DIR, `${randomUUID()}.part`);
  const out = createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
  out.on('error', () => {}); // surfaced through once()/finished(); never an unhandled 'error' event
  const reader = body.getReader();
  let total = 0;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let mime: UploadMime | null = null;
  let limit = MAX_ANY_BYTES;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value?.byteLength) continue;
      total += value.byteLength;
      if (total > limit) throw new UploadRejected(413, 'tooLarge');
      if (!mime) {
        head.push(value);
        headBytes += value.byteLength;
        if (headBytes >= SNIFF_BYTES) {
          mime = await detect(Buffer.concat(head));
          limit = MAX_BYTES[UPLOAD_TYPES[mime].kind];
          head = [];
          if (total > limit) throw new UploadRejected(413, 'tooLarge');
        }
      }
      await write(out, value);
    }
    await close(out);
    if (total === 0) throw new UploadRejected(400, 'empty');
    if (!mime) mime = await detect(Buffer.concat(head));
    if (total > MAX_BYTES[UPLOAD_TYPES[mime].kind]) throw new UploadRejected(413, 'tooLarge');

    const { kind, ext } = UPLOAD_TYPES[mime];
    const storedName = `${randomUUID()}.${ext}`;
    const finalPath = storedPath(storedName);
    let size = total;
    if (kind === 'image') {
      try {
        let img = sharp(tmp, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
          .rotate() // apply the EXIF orientation before the metadata is dropped
          .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
        img = mime === 'image/jpeg' ? img.jpeg({ quality: 85, mozjpeg: true }) : mime === 'image/png' ? img.png({ compressionLevel: 9 }) : img.webp({ quality: 85 });
        // sharp writes no metadata unless asked (no keepMetadata/withMetadata): EXIF and GPS are gone.
        const info = await img.toFile(finalPath);
        size = info.size;
      } catch {
        await removeQuietly(finalPath);
        throw new UploadRejected(415, 'unsupported');
      }
      await removeQuietly(tmp);
    } else {
      await rename(tmp, finalPath);
    }
    return { storedName, contentType: mime, size, ext };
  } catch (err) {
    await reader.cancel().catch(() => {});
    out.destroy();
    await removeQuietly(tmp);
    throw err;
  }
}
