// S02/S03/S28 for ticket attachments in Vitest form: a file uploaded through POST /api/uploads and
// attached to a ticket is served by GET /files/[id] (route handlers called directly with a Request) to
// its owner and to the staff who can see the ticket, with the C17 headers; everyone else gets the same
// 404 as for an id that does not exist.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Uploads go to a folder of this test file, never the working copy's .data (lib/env reads it at import).
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-files-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { uploads } from '@/db/schema';
import { POST as upload } from '@/app/api/uploads/route';
import { GET as download } from '@/app/files/[id]/route';
import { submitTicket } from '@/lib/tickets/actions';
import { moveTicket } from '@/lib/tickets/service/move';
import { asCurrent, createContact, createHelpdeskWorld, ticketRow, type HelpdeskUser, type HelpdeskWorld } from '../helpers/helpdesk-factories';
import { runAs, TEST_APP_ORIGIN } from '../helpers/session';

let w: HelpdeskWorld;
let colleague: HelpdeskUser; // another contact of customer A
let png: Buffer;
let ticketId: string;
let attached: string;
let loose: string; // uploaded by A, never attached

async function uploadAs(u: HelpdeskUser, body: Buffer, name: string): Promise<string> {
  const res = await runAs(u, () =>
    upload(new Request(`${TEST_APP_ORIGIN}/api/uploads`, { method: 'POST', body: new Uint8Array(body), headers: { origin: TEST_APP_ORIGIN, 'x-file-name': encodeURIComponent(name), 'content-length': String(body.length) } })),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const get = (u: HelpdeskUser | null, id: string) => runAs(u, () => download(new Request(`${TEST_APP_ORIGIN}/files/${id}`), { params: Promise.resolve({ id }) }));

async function expectServed(u: HelpdeskUser, id: string) {
  const res = await get(u, id);
  expect(res.status, `${u.role} ${u.name}`).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect((await sharp(bytes).metadata()).format).toBe('png');
}

async function expectHidden(u: HelpdeskUser | null, id: string) {
  const res = await get(u, id);
  const unknown = await get(u, randomUUID());
  expect(res.status, `${u?.role ?? 'anon'} ${u?.name ?? ''}`).toBe(404);
  expect(await res.text()).toBe(await unknown.text());
  expect(res.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
}

beforeAll(async () => {
  w = await createHelpdeskWorld();
  colleague = await createContact(w.customerA.id, { name: 'Kontak A kedua' });
  png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c0392b' } }).png().toBuffer();
  attached = await uploadAs(w.custA, png, 'foto kerusakan ü.png');
  loose = await uploadAs(w.custA, png, 'belum dipakai.png');
  const r = await runAs(w.custA, () =>
    submitTicket({ projectId: '', category: 'incident', priority: 'normal', summary: 'Kabel jaringan terkelupas', detail: 'Kabel di bawah meja resepsionis terkelupas, lihat foto terlampir.', reporterPhone: '', idempotencyKey: randomUUID(), attachmentIds: [attached] }),
  );
  expect(r.ok, JSON.stringify(r)).toBe(true);
  ticketId = (r as { data: { id: string } }).data.id;
  const [row] = await db.select().from(uploads).where(eq(uploads.id, attached));
  expect(row).toMatchObject({ ticketId, customerId: w.customerA.id, uploadedBy: w.custA.id, originalName: 'foto kerusakan ü.png' });
  expect(existsSync(path.join(uploadDir, row.storedName))).toBe(true);
});

afterAll(() => {
  rmSync(uploadDir, { recursive: true, force: true });
});

describe('S28 GET /files/[id] for a ticket attachment', () => {
  it('S28 the uploader, a colleague of the same company, helpdesk, manager and admin get the file', async () => {
    for (const u of [w.custA, colleague, w.helpdesk, w.manager, w.admin]) await expectServed(u, attached);
  });

  it('S02 customer B and signed-out visitors get the same 404 as for an unknown id', async () => {
    await expectHidden(w.custB, attached);
    await expectHidden(null, attached);
    await expectHidden(w.custB, 'not-a-uuid');
  });

  it('S03 a service point and an engineer see it only once the ticket is theirs', async () => {
    for (const u of [w.spX, w.spY, w.engA, w.engB]) await expectHidden(u, attached);
    let t = await ticketRow(ticketId);
    await moveTicket(asCurrent(w.helpdesk), { move: 'assign', ticketId, version: t.version, servicePointId: w.pointX.id });
    await expectServed(w.spX, attached);
    await expectHidden(w.spY, attached);
    await expectHidden(w.engA, attached);
    t = await ticketRow(ticketId);
    await moveTicket(asCurrent(w.spX), { move: 'accept', ticketId, version: t.version });
    t = await ticketRow(ticketId);
    await moveTicket(asCurrent(w.spX), { move: 'dispatch', ticketId, version: t.version, engineerId: w.engA.id });
    await expectServed(w.engA, attached);
    await expectHidden(w.engB, attached);
    await expectHidden(w.engC, attached);
  });

  it('an upload not attached to any ticket: its owner and their company only, no staff', async () => {
    await expectServed(w.custA, loose);
    await expectHidden(w.custB, loose);
    for (const u of [w.helpdesk, w.spX, w.engA]) await expectHidden(u, loose);
  });

  it('S02 customer B cannot attach A’s upload to their own ticket', async () => {
    const r = await runAs(w.custB, () =>
      submitTicket({ projectId: '', category: 'request', priority: 'low', summary: 'Meminjam lampiran orang lain', detail: 'Mencoba menempelkan berkas milik pelanggan lain.', reporterPhone: '', idempotencyKey: randomUUID(), attachmentIds: [loose] }),
    );
    const [row] = await db.select().from(uploads).where(eq(uploads.id, loose));
    expect(row.ticketId).toBeNull();
    if (r.ok) await expectHidden(w.custB, loose);
  });

  it('a deleted ticket takes its attachments with it for staff', async () => {
    const { deleteTicket } = await import('@/lib/tickets/service/delete');
    await deleteTicket(asCurrent(w.admin), ticketId);
    for (const u of [w.helpdesk, w.spX, w.engA]) await expectHidden(u, attached);
  });
});
