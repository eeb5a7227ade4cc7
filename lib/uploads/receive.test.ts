// S18/S27/S29 at the storage step: types come from content, limits are enforced while streaming, images
// are re-encoded without EXIF/GPS, and nothing is left behind when an upload is refused.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

// Uploads go to a temporary folder of this test, set before lib/env is read at import.
/* eslint-disable no-restricted-syntax */
const dir = vi.hoisted(() => {
  const d = `${process.env.TMPDIR ?? '/tmp'}/relasi-receive-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = d;
  return d;
});
/* eslint-enable no-restricted-syntax */

import { receiveUpload, UploadRejected } from './receive';

/** A body that arrives in chunks, like a network request. */
function streamOf(bytes: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, at + chunk));
      at += chunk;
    },
  });
}

async function rejected(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e) => e,
  );
  expect(err).toBeInstanceOf(UploadRejected);
  return err as UploadRejected;
}

const leftovers = () => (existsSync(path.join(dir, 'tmp')) ? readdirSync(path.join(dir, 'tmp')) : []);

describe('receiveUpload', () => {
  it('S29 re-encodes a JPEG and drops its EXIF/GPS block', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2980b9' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Kamera' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 12/1 0/1' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeTruthy();
    const r = await receiveUpload(streamOf(jpeg, 1000), jpeg.length);
    expect(r).toMatchObject({ contentType: 'image/jpeg', ext: 'jpg' });
    expect(r.storedName).toMatch(/^[0-9a-f-]{36}\.jpg$/);
    const stored = readFileSync(path.join(dir, r.storedName));
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(64);
    expect(leftovers()).toEqual([]);
  });

  it('S27 trusts content, not the name: a PNG is a PNG whatever it is called', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00000000' } }).png().toBuffer();
    const r = await receiveUpload(streamOf(png), null);
    expect(r).toMatchObject({ contentType: 'image/png', ext: 'png' });
  });

  it('S27 refuses HTML, SVG with script and plain text as unsupported (415), leaving nothing behind', async () => {
    for (const text of ['<html><script>alert(1)</script></html>', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'just text']) {
      const e = await rejected(receiveUpload(streamOf(new TextEncoder().encode(text)), null));
      expect(e.status).toBe(415);
    }
    expect(leftovers()).toEqual([]);
  });

  it('S27 a JPEG header followed by HTML does not survive as a file of ours (refused or re-encoded clean)', async () => {
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const polyglot = Buffer.concat([jpeg, Buffer.from('<html><script>alert(1)</script></html>')]);
    const r = await receiveUpload(streamOf(polyglot), null).catch((e) => e);
    if (r instanceof UploadRejected) expect(r.status).toBe(415);
    else expect(readFileSync(path.join(dir, r.storedName)).includes(Buffer.from('<script>'))).toBe(false);
  });

  it('S18/S29 an image one byte over 5 MB is cut off with 413 while streaming', async () => {
    const head = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000000' } }).png().toBuffer();
    const body = Buffer.concat([head, Buffer.alloc(5 * 1024 * 1024 + 1 - head.length)]);
    const e = await rejected(receiveUpload(streamOf(body), null));
    expect(e.status).toBe(413);
    expect(leftovers()).toEqual([]);
  });

  it('S18 a declared length over the largest limit is refused before reading; a lying one is still counted', async () => {
    expect((await rejected(receiveUpload(streamOf(new Uint8Array(10)), 50 * 1024 * 1024))).status).toBe(413);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await rejected(receiveUpload(streamOf(pdf), 1000))).status).toBe(413);
  });

  it('keeps a PDF as it is, and refuses an empty body', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const r = await receiveUpload(streamOf(pdf), pdf.length);
    expect(r).toMatchObject({ contentType: 'application/pdf', ext: 'pdf', size: pdf.length });
    expect(readFileSync(path.join(dir, r.storedName)).equals(pdf)).toBe(true);
    expect((await rejected(receiveUpload(streamOf(new Uint8Array(0)), 0))).status).toBe(400);
  });
});
