// Uploads that nobody attached to a ticket (or a survey) within 24 hours are removed — the row and the
// stored file — by the worker's periodic job, in batches, with two sweepers at once neither failing
// nor removing anything twice; attached, claimed and younger uploads stay, files and all.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Uploads go to a folder of this test file, never the working copy's .data (lib/env reads it at import).
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-prune-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { uploads } from '@/db/schema';
import { POST as upload } from '@/app/api/uploads/route';
import { NotFoundError } from '@/lib/errors';
import { periodicJobs } from '@/lib/jobs/registry';
import { submitTicket } from '@/lib/tickets/actions';
import { pruneOrphanUploads } from '@/lib/uploads/prune';
import { attachUploads } from '@/lib/uploads/service';
import { asCurrent, createHelpdeskWorld, openTestTicket, type HelpdeskUser, type HelpdeskWorld } from '../helpers/helpdesk-factories';
import { runAs, TEST_APP_ORIGIN } from '../helpers/session';
import { spawnWorker, waitFor, type WorkerProcess } from '../security/helpers/workers';

let w: HelpdeskWorld;
let png: Buffer;
const workers: WorkerProcess[] = [];

async function uploadAs(u: HelpdeskUser, name: string): Promise<string> {
  const res = await runAs(u, () =>
    upload(new Request(`${TEST_APP_ORIGIN}/api/uploads`, { method: 'POST', body: new Uint8Array(png), headers: { origin: TEST_APP_ORIGIN, 'x-file-name': encodeURIComponent(name), 'content-length': String(png.length) } })),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function uploadMany(u: HelpdeskUser, n: number, name: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await uploadAs(u, `${name} ${i}.png`));
  return ids;
}

/** Moves uploads back in time, as if they had been made `hours` ago. */
async function age(ids: string[], hours: number) {
  await db
    .update(uploads)
    .set({ createdAt: sql`now() - make_interval(hours => ${hours})` })
    .where(inArray(uploads.id, ids));
}

async function rowsOf(ids: string[]) {
  return db.select().from(uploads).where(inArray(uploads.id, ids));
}

/** Every upload's row and file, keyed by id; a removed one is { row: false, file: false }. */
async function footprint(ids: string[], storedNames: Map<string, string>) {
  const rows = new Set((await rowsOf(ids)).map((r) => r.id));
  return Object.fromEntries(ids.map((id) => [id, { row: rows.has(id), file: existsSync(path.join(uploadDir, storedNames.get(id)!)) }]));
}

async function storedNamesOf(ids: string[]) {
  return new Map((await rowsOf(ids)).map((r) => [r.id, r.storedName]));
}

const everywhere = (ids: string[], v: { row: boolean; file: boolean }) => Object.fromEntries(ids.map((id) => [id, v]));

beforeAll(async () => {
  w = await createHelpdeskWorld();
  png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#16a085' } }).png().toBuffer();
});

afterAll(async () => {
  await Promise.all(workers.map((p) => p.stop()));
  rmSync(uploadDir, { recursive: true, force: true });
});

describe('orphaned upload sweep', () => {
  it('is one of the worker’s periodic jobs', () => {
    expect(periodicJobs.map((j) => j.name)).toContain('prune-orphan-uploads');
  });

  it('two sweepers at once, in batches of 2: orphans older than 24 h go (row and file), attached, claimed and younger ones stay', async () => {
    // Orphans of a customer and of an engineer (staff upload too), well past 24 h.
    const oldOrphans = [...(await uploadMany(w.custA, 5, 'ditinggal')), ...(await uploadMany(w.engA, 2, 'foto lapangan'))];
    await age(oldOrphans.slice(0, 5), 25);
    await age(oldOrphans.slice(5), 24 * 3);
    // Orphans under 24 h: one almost due, one just uploaded.
    const young = await uploadMany(w.custA, 2, 'masih diisi');
    await age(young.slice(0, 1), 23);
    // Old attachments of a ticket, through the ticket form and through "add files" on an open ticket.
    const viaForm = await uploadAs(w.custA, 'bukti.png');
    const r = await runAs(w.custA, () =>
      submitTicket({ projectId: '', category: 'incident', priority: 'normal', summary: 'Router kantor mati', detail: 'Router di ruang server mati sejak pagi, foto terlampir.', reporterPhone: '', idempotencyKey: randomUUID(), attachmentIds: [viaForm] }),
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const ticket = await openTestTicket(w);
    const viaAttach = await uploadAs(w.helpdesk, 'lampiran helpdesk.png');
    await attachUploads(asCurrent(w.helpdesk), { ticketId: ticket.id, uploadIds: [viaAttach] });
    const attached = [viaForm, viaAttach];
    await age(attached, 24 * 10);
    // An old upload that a survey claimed (lib/isp/applications/move sets purpose 'survey-photo', no ticket).
    const [surveyPhoto] = await uploadMany(w.engA, 1, 'survei');
    await db.update(uploads).set({ purpose: 'survey-photo', customerId: w.customerA.id }).where(inArray(uploads.id, [surveyPhoto]));
    await age([surveyPhoto], 24 * 10);

    const kept = [...young, ...attached, surveyPhoto];
    const all = [...oldOrphans, ...kept];
    const names = await storedNamesOf(all);
    expect(names.size).toBe(all.length);
    expect(await footprint(all, names)).toEqual(everywhere(all, { row: true, file: true }));

    const counts = await Promise.all([pruneOrphanUploads(new Date(), 2), pruneOrphanUploads(new Date(), 2)]);
    expect(counts[0] + counts[1]).toBe(oldOrphans.length);

    expect(await footprint(all, names)).toEqual({ ...everywhere(oldOrphans, { row: false, file: false }), ...everywhere(kept, { row: true, file: true }) });
    const rows = await rowsOf(kept);
    expect(rows.filter((u) => u.ticketId).map((u) => u.id).sort()).toEqual([...attached].sort());

    // Nothing left to do: a second sweep removes nothing, and the young orphans can still be attached.
    expect(await pruneOrphanUploads()).toBe(0);
    expect(await attachUploads(asCurrent(w.custA), { ticketId: (r as { data: { id: string } }).data.id, uploadIds: young })).toEqual({ count: 2 });
  });

  it('a sweeper skips rows another transaction holds (a second sweeper or an attach in flight) instead of waiting, and takes them once free', async () => {
    const orphans = await uploadMany(w.custA, 4, 'terkunci');
    await age(orphans, 26);
    const names = await storedNamesOf(orphans);
    const held = orphans.slice(0, 2);
    let whileHeld = -1;
    await db.transaction(async (tx) => {
      await tx.select({ id: uploads.id }).from(uploads).where(inArray(uploads.id, held)).for('update');
      // Another connection: returns at once with the two free rows, never blocked by the held ones.
      whileHeld = await Promise.race([pruneOrphanUploads(new Date(), 1), new Promise<number>((_, no) => setTimeout(() => no(new Error('the sweep waited for a locked row')), 10_000))]);
    });
    expect(whileHeld).toBe(2);
    expect(await footprint(orphans, names)).toEqual({ ...everywhere(orphans.slice(2), { row: false, file: false }), ...everywhere(held, { row: true, file: true }) });
    expect(await pruneOrphanUploads()).toBe(2);
    expect(await footprint(orphans, names)).toEqual(everywhere(orphans, { row: false, file: false }));
  });

  it('an orphan swept away can no longer be attached: the attach answers not found and changes nothing', async () => {
    const [gone] = await uploadMany(w.custA, 1, 'kedaluwarsa');
    await age([gone], 30);
    expect(await pruneOrphanUploads()).toBe(1);
    const ticket = await openTestTicket(w);
    await expect(attachUploads(asCurrent(w.custA), { ticketId: ticket.id, uploadIds: [gone] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await rowsOf([gone])).toEqual([]);
  });

  it('two real worker processes sweep on their own: old orphans disappear from the database and the disk', async () => {
    const oldOrphans = await uploadMany(w.custB, 3, 'lupa dikirim');
    await age(oldOrphans, 48);
    const [young] = await uploadMany(w.custB, 1, 'baru');
    const all = [...oldOrphans, young];
    const names = await storedNamesOf(all);

    const env = { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: process.env.AUTH_SECRET!, APP_URL: process.env.APP_URL!, UPLOAD_DIR: uploadDir, DATABASE_POOL_MAX: '3' };
    const pair = [spawnWorker(env), spawnWorker(env)];
    workers.push(...pair);
    // A worker runs every periodic job in its first round, right after it starts.
    await waitFor(async () => (await rowsOf(oldOrphans)).length === 0, 90_000, 'the workers to sweep the orphans').catch((err) => {
      throw new Error(`${(err as Error).message}\n${pair.map((p) => p.output()).join('\n---\n')}`);
    });
    await waitFor(async () => oldOrphans.every((id) => !existsSync(path.join(uploadDir, names.get(id)!))), 10_000, 'the files to go');
    await Promise.all(pair.map((p) => p.stop()));
    expect(await footprint(all, names)).toEqual({ ...everywhere(oldOrphans, { row: false, file: false }), [young]: { row: true, file: true } });
    for (const p of pair) expect(p.output()).not.toMatch(/\[job\.prune-orphan-uploads\]|\[uploads\.prune\] digest=/);
  }, 150_000);
});
