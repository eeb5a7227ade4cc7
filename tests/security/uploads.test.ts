// S18 / S27 / S29 through the ticket-attachment route itself (POST /api/uploads), called with a real
// Request as the other route tests do: content decides the type whatever the name says, a hostile
// name never reaches the disk, oversize bodies are cut off with 413, GPS EXIF does not survive, and a
// ticket takes at most ten attachments. receiveUpload's own cases are in lib/uploads/receive.test.ts,
// public images (POST /api/media) in tests/catalog/media.test.ts.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-uploads-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { uploads } from '@/db/schema';
import { POST as upload } from '@/app/api/uploads/route';
import { attachToTicketAction } from '@/lib/uploads/actions';
import { MAX_ATTACHMENTS, MAX_BYTES } from '@/lib/uploads/constants';
import { createUser, type TestUser } from '../helpers/factories';
import { runAs, TEST_APP_ORIGIN } from '../helpers/session';
import { AUTHZ_MATRIX } from './authz-matrix';

let customer: TestUser;
let png: Buffer;
let jpegWithGps: Buffer;

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

beforeAll(async () => {
  customer = await createUser('customer');
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1a6' } }).png().toBuffer();
  jpegWithGps = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'KameraUji' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 12/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' } })
    .toBuffer();
  expect((await sharp(jpegWithGps).metadata()).exif?.length, 'the fixture carries EXIF').toBeGreaterThan(0);
});

function post(body: BodyInit, name: string, headers: Record<string, string> = {}) {
  return runAs(customer, () =>
    upload(
      new Request(`${TEST_APP_ORIGIN}/api/uploads`, {
        method: 'POST',
        body,
        headers: { origin: TEST_APP_ORIGIN, 'x-file-name': encodeURIComponent(name), ...headers },
        duplex: 'half',
      } as RequestInit),
    ),
  );
}

/** Every file under the upload folder (and anything that escaped next to it). */
const filesOnDisk = () => (existsSync(uploadDir) ? (readdirSync(uploadDir, { recursive: true }) as string[]).filter((f) => !f.startsWith('tmp')) : []);
const rowsOf = async () => db.select().from(uploads).where(eq(uploads.uploadedBy, customer.id));

describe('S27 content, not the name, decides', () => {
  it('S27 HTML named .jpg, an SVG with script and a renamed text file are refused (415) and leave nothing', async () => {
    const before = { rows: (await rowsOf()).length, files: filesOnDisk().length };
    const bad: [string, Buffer][] = [
      ['foto.jpg', Buffer.from('<html><body><script>alert(1)</script></body></html>')],
      ['gambar.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')],
      ['laporan.pdf', Buffer.from('just text pretending to be a PDF')],
      ['x.webp', Buffer.from('MZ\x90\x00\x03 not an image')],
    ];
    for (const [name, body] of bad) {
      const res = await post(new Uint8Array(body), name, { 'content-length': String(body.length) });
      expect(res.status, name).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported' });
    }
    expect((await rowsOf()).length).toBe(before.rows);
    expect(filesOnDisk().length).toBe(before.files);
  });

  it('S27 a PNG named ../../x.js is stored as a PNG under a random name inside the upload folder', async () => {
    const res = await post(new Uint8Array(png), '../../x.js', { 'content-length': String(png.length) });
    expect(res.status, await res.clone().text()).toBe(201);
    const body = (await res.json()) as { id: string; name: string; contentType: string };
    expect(body.contentType).toBe('image/png');
    expect(body.name).toBe('x.png');
    const [row] = await db.select().from(uploads).where(eq(uploads.id, body.id));
    expect(row.storedName).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/);
    expect(row.originalName).toBe('x.png');
    expect(row.contentType).toBe('image/png');
    expect(existsSync(path.join(uploadDir, row.storedName))).toBe(true);
    // Nothing was written next to or above the upload folder.
    expect(existsSync(path.join(uploadDir, '..', 'x.js'))).toBe(false);
    expect(existsSync(path.join(uploadDir, '..', '..', 'x.js'))).toBe(false);
    expect(filesOnDisk().every((f) => !f.includes('..') && !f.endsWith('.js'))).toBe(true);
  });

  it('S27 a PNG named .pdf is kept as a PNG, with the extension its content has', async () => {
    const res = await post(new Uint8Array(png), 'scan.pdf', { 'content-length': String(png.length) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: 'scan.png', contentType: 'image/png' });
  });
});

describe('S18 / S29 size and metadata', () => {
  it('S18 an image of 5 MB + 1 byte is cut off with 413 (declared or not) and nothing is stored', async () => {
    const before = { rows: (await rowsOf()).length, files: filesOnDisk().length };
    // A real JPEG header followed by padding: the type is accepted, the size is not.
    const big = Buffer.concat([jpegWithGps, Buffer.alloc(MAX_BYTES.image + 1 - jpegWithGps.length, 0)]);
    expect(big.length).toBe(MAX_BYTES.image + 1);
    const declared = await post(new Uint8Array(big), 'besar.jpg', { 'content-length': String(big.length) });
    expect(declared.status).toBe(413);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= big.length) return controller.close();
        controller.enqueue(new Uint8Array(big.subarray(offset, offset + 256 * 1024)));
        offset += 256 * 1024;
      },
    });
    const streamed = await post(stream, 'besar.jpg');
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: 'tooLarge' });
    expect((await rowsOf()).length).toBe(before.rows);
    expect(filesOnDisk().length).toBe(before.files);
  });

  it('S29 a JPEG with GPS EXIF is stored without any EXIF', async () => {
    const res = await post(new Uint8Array(jpegWithGps), 'rumah.jpg', { 'content-length': String(jpegWithGps.length) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [row] = await db.select().from(uploads).where(eq(uploads.id, id));
    const stored = readFileSync(path.join(uploadDir, row.storedName));
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('KameraUji'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
  });

  it(`S29 a ticket takes ${MAX_ATTACHMENTS} attachments; the next one is refused and nothing is attached`, async () => {
    const { ticketId, uploadIds } = (await AUTHZ_MATRIX['lib/uploads/actions.ts'].attachToTicketAction.input(customer)) as { ticketId: string; uploadIds: string[] };
    const more: string[] = [];
    for (let i = 0; i < MAX_ATTACHMENTS - uploadIds.length; i++) {
      const res = await post(new Uint8Array(png), `foto-${i}.png`, { 'content-length': String(png.length) });
      more.push(((await res.json()) as { id: string }).id);
    }
    expect(await runAs(customer, () => attachToTicketAction({ ticketId, uploadIds: [...uploadIds, ...more] }))).toMatchObject({ ok: true, data: { count: MAX_ATTACHMENTS } });
    const res = await post(new Uint8Array(png), 'kesebelas.png', { 'content-length': String(png.length) });
    const eleventh = ((await res.json()) as { id: string }).id;
    const refused = await runAs(customer, () => attachToTicketAction({ ticketId, uploadIds: [eleventh] }));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(JSON.stringify(refused)).toContain(`${MAX_ATTACHMENTS} lampiran`);
    const [row] = await db.select({ ticketId: uploads.ticketId }).from(uploads).where(eq(uploads.id, eleventh));
    expect(row.ticketId).toBeNull();
    // Eleven ids in one call are refused by the schema as well.
    const eleven = await runAs(customer, () => attachToTicketAction({ ticketId, uploadIds: [...uploadIds, ...more, eleventh] }));
    expect(eleven).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { uploadIds: [`Satu tiket paling banyak ${MAX_ATTACHMENTS} lampiran.`] } });
  });
});
