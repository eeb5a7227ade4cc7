// C16/C17 for public images (S18, S27, S29): POST /api/media and GET /media/public/[file], called
// directly with a Request as the other route tests do. Uploads land in a folder of this test file.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-media-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { media } from '@/db/schema';
import { POST as upload } from '@/app/api/media/route';
import { GET as serve } from '@/app/media/public/[file]/route';
import { MEDIA_MAX_BYTES } from '@/lib/media/constants';
import { createUser, type TestUser } from '../helpers/factories';
import { runAs, TEST_APP_ORIGIN } from '../helpers/session';

let helpdesk: TestUser;
let jpegWithGps: Buffer;

function post(u: TestUser | null, body: BodyInit, headers: Record<string, string> = {}) {
  return runAs(u, () =>
    upload(new Request(`${TEST_APP_ORIGIN}/api/media`, { method: 'POST', body, headers: { origin: TEST_APP_ORIGIN, ...headers }, duplex: 'half' } as RequestInit)),
  );
}

const get = (file: string) => serve(new Request(`${TEST_APP_ORIGIN}/media/public/${file}`), { params: Promise.resolve({ file }) });

const storedFiles = () => (existsSync(path.join(uploadDir, 'public')) ? readdirSync(path.join(uploadDir, 'public')).filter((f) => f.endsWith('.webp')) : []);

beforeAll(async () => {
  helpdesk = await createUser('helpdesk');
  // A real photo-like JPEG carrying EXIF with a GPS position (Jakarta) and a camera make.
  jpegWithGps = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 20, g: 120, b: 110 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'KameraUji', Copyright: 'Relasi' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 12/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' },
    })
    .toBuffer();
  const meta = await sharp(jpegWithGps).metadata();
  // The fixture really carries GPS data, otherwise the test below would prove nothing.
  expect(meta.exif?.includes(Buffer.from('GPS')) || meta.exif?.length).toBeTruthy();
});

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

describe('POST /api/media', () => {
  it('S29 stores a JPEG with GPS EXIF as WebP variants without any metadata, never upscaled', async () => {
    const res = await post(helpdesk, new Uint8Array(jpegWithGps), { 'content-length': String(jpegWithGps.length), 'x-alt': encodeURIComponent('Router tampak depan') });
    expect(res.status, await res.clone().text()).toBe(201);
    const body = (await res.json()) as { id: string; variants: Record<string, string>; width: number; height: number };
    expect(Object.keys(body.variants).sort()).toEqual(['1280', '320', '640']);
    expect(body.width).toBe(1280);
    expect(body.height).toBe(720);
    for (const [w, file] of Object.entries(body.variants)) {
      expect(file).toMatch(new RegExp(`^${body.id}-${w}\\.webp$`));
      const served = await get(file);
      expect(served.status).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(Number(w));
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(bytes.includes(Buffer.from('KameraUji'))).toBe(false);
      expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    }
    const [row] = await db.select().from(media).where(eq(media.id, body.id));
    expect(row).toMatchObject({ uploadedBy: helpdesk.id, alt: 'Router tampak depan', width: 1280, height: 720 });
  });

  it('keeps a small image at its own width (no upscaling)', async () => {
    const small = await sharp({ create: { width: 500, height: 250, channels: 4, background: '#0f766e' } }).png().toBuffer();
    const res = await post(helpdesk, new Uint8Array(small));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { variants: Record<string, string> };
    expect(Object.keys(body.variants).sort()).toEqual(['320', '500']);
  });

  it('S27 refuses a non-image renamed .png, HTML named .jpg and an SVG with script (415), storing nothing', async () => {
    const before = storedFiles().length;
    const rows = (await db.select({ id: media.id }).from(media)).length;
    const bodies = [
      Buffer.from('Ini bukan gambar, hanya teks biasa yang diberi nama foto.png\n'.repeat(100)),
      Buffer.from(`<!doctype html><html><body><script>alert(1)</script>${'x'.repeat(5000)}</body></html>`),
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>${' '.repeat(5000)}</svg>`),
    ];
    for (const b of bodies) {
      const res = await post(helpdesk, new Uint8Array(b), { 'x-file-name': 'foto.png', 'content-type': 'image/png' });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported' });
    }
    // A JPEG header followed by garbage: recognised as JPEG, refused by the decoder.
    const fake = Buffer.concat([jpegWithGps.subarray(0, 200), Buffer.alloc(20_000, 7)]);
    expect((await post(helpdesk, new Uint8Array(fake))).status).toBe(415);
    expect(storedFiles().length).toBe(before);
    expect((await db.select({ id: media.id }).from(media)).length).toBe(rows);
  });

  it('S18 answers 413 for a declared size over 5 MB without reading the body', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await post(helpdesk, stream, { 'content-length': String(MEDIA_MAX_BYTES + 1) });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('S18 stops reading at 5 MB + 1 byte when the size is not declared (or lies), and stores nothing', async () => {
    const before = storedFiles().length;
    const exactlyOver = Buffer.concat([jpegWithGps, Buffer.alloc(MEDIA_MAX_BYTES + 1 - jpegWithGps.length, 0)]);
    const res1 = await post(helpdesk, new Uint8Array(exactlyOver));
    expect(res1.status).toBe(413);
    // A 50 MB stream that claims to be small: the read ends soon after the 5 MB mark.
    let sent = 0;
    const chunk = new Uint8Array(256 * 1024);
    chunk.set(jpegWithGps.subarray(0, 4096));
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 50 * 1024 * 1024) return c.close();
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    const res2 = await post(helpdesk, stream, { 'content-length': '1000' });
    expect(res2.status).toBe(413);
    // The stream may read a chunk or two ahead; it never reads the 50 MB.
    expect(sent).toBeLessThanOrEqual(MEDIA_MAX_BYTES + 4 * chunk.length);
    expect(storedFiles().length).toBe(before);
  });

  it('only same-origin staff who manage the catalog, promos or content may upload', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer();
    expect((await post(null, new Uint8Array(png))).status).toBe(401);
    for (const role of ['customer', 'manager', 'engineer', 'service_point'] as const) {
      expect((await post(await createUser(role), new Uint8Array(png))).status, role).toBe(403);
    }
    expect((await post(helpdesk, new Uint8Array(png), { origin: 'https://evil.test' })).status).toBe(403);
    expect((await post(await createUser('admin'), new Uint8Array(png))).status).toBe(201);
  });
});

describe('GET /media/public/[file]', () => {
  it('S27 serves only generated names listed in a media row, with immutable caching and nosniff', async () => {
    const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#123456' } }).png().toBuffer();
    const { variants } = (await (await post(helpdesk, new Uint8Array(png))).json()) as { variants: Record<string, string> };
    const ok = await get(variants['320']);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/webp');
    expect(ok.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');

    const id = variants['320'].slice(0, 36);
    for (const name of [
      '../../../etc/passwd',
      '..%2F..%2Fetc%2Fpasswd',
      `${id}-320.webp/../x`,
      `${id}-320.png`,
      `${id}-999.webp`, // right shape, not a variant of that row
      `${randomUUID()}-320.webp`, // right shape, no row
      `${id.toUpperCase()}-320.webp`,
      '',
    ]) {
      const res = await get(name);
      expect(res.status, name).toBe(404);
    }
  });
});
