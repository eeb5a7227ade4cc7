import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Signatures land in a throwaway folder, not the developer's .data/uploads (env is read at import).
/* eslint-disable no-restricted-syntax -- a test sets the variable lib/env.ts reads, before it is imported */
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-jobcards-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
/* eslint-enable no-restricted-syntax */
import { db } from '@/db/client';
import { jobCards, uploads } from '@/db/schema';
import { env } from '@/lib/env';
import { toLocalInput } from '@/lib/format/date';
import { asCurrent, auditRows, createHelpdeskWorld, setBusinessCalendar, ticketAt, ticketFootprint, ticketRow, type HelpdeskWorld } from '../../tests/helpers/helpdesk-factories';
import { jobCardSchema } from './schemas';
import { submitJobCard } from './service';
import { dataUrl, signaturePng } from './test-signature';

let w: HelpdeskWorld;
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));
beforeAll(async () => {
  await setBusinessCalendar({}, { timeZone: 'Asia/Jakarta' });
  w = await createHelpdeskWorld();
});

async function card(ticketId: string, version: number, over: Record<string, unknown> = {}) {
  const now = new Date();
  return jobCardSchema.parse({
    ticketId,
    version,
    workDone: 'Roller printer diganti, uji cetak 10 halaman berhasil.',
    parts: [{ name: 'Roller printer', qty: '1' }, { name: 'Kabel daya', qty: 2 }],
    arrivalAt: toLocalInput(now, 'Asia/Jakarta'),
    finishAt: toLocalInput(now, 'Asia/Jakarta'),
    customerName: 'Bu Sari',
    signature: dataUrl(await signaturePng()),
    ...over,
  });
}

describe('job card', () => {
  it('the assigned engineer files it: card, signature upload and audit in one go; the ticket stays in progress', async () => {
    const t = await ticketAt(w, 'in_progress');
    const r = await submitJobCard(asCurrent(w.engA), await card(t.id, t.version));
    expect(r).toMatchObject({ resolved: false, ticketId: t.id });
    const [row] = await db.select().from(jobCards).where(eq(jobCards.id, r.jobCardId));
    expect(row).toMatchObject({ engineerId: w.engA.id, customerName: 'Bu Sari', partsUsed: [{ name: 'Roller printer', qty: 1 }, { name: 'Kabel daya', qty: 2 }] });
    const [up] = await db.select().from(uploads).where(eq(uploads.id, row.signatureUploadId));
    expect(up).toMatchObject({ purpose: 'signature', ticketId: t.id, customerId: w.customerA.id, uploadedBy: w.engA.id, contentType: 'image/png' });
    expect(existsSync(path.join(path.resolve(env.UPLOAD_DIR), up.storedName))).toBe(true);
    expect((await auditRows(t.id)).map((a) => a.action)).toContain('ticket.job_card');
    expect((await ticketRow(t.id)).status).toBe('in_progress');
  });

  it('"submit and resolve" resolves through the workflow with the work done as resolution', async () => {
    const t = await ticketAt(w, 'pending');
    const r = await submitJobCard(asCurrent(w.engA), await card(t.id, t.version, { resolve: true }));
    expect(r.resolved).toBe(true);
    const after = await ticketRow(t.id);
    expect(after).toMatchObject({ status: 'resolved', resolution: 'Roller printer diganti, uji cetak 10 halaman berhasil.', resolvedBy: w.engA.id });
  });

  it('a stale version saves the card but reports the refused resolve', async () => {
    const t = await ticketAt(w, 'in_progress');
    const r = await submitJobCard(asCurrent(w.engA), await card(t.id, t.version - 1, { resolve: true }));
    expect(r).toMatchObject({ resolved: false, resolveErrorKey: 'errors.conflict' });
    expect(await db.select({ id: jobCards.id }).from(jobCards).where(eq(jobCards.ticketId, t.id))).toHaveLength(1);
  });

  it('S03 another engineer, a coordinator or admin gets NOT_FOUND and nothing is written', async () => {
    const t = await ticketAt(w, 'in_progress');
    const before = await ticketFootprint(t.id);
    for (const who of [w.engB, w.engC, w.spX, w.admin, w.custA]) {
      await expect(submitJobCard(asCurrent(who), await card(t.id, t.version))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await ticketFootprint(t.id)).toEqual(before);
    expect(await db.select().from(uploads).where(eq(uploads.ticketId, t.id))).toHaveLength(0);
  });

  it('only while in progress or pending; finish not before arrival nor in the future', async () => {
    const dispatched = await ticketAt(w, 'dispatched');
    await expect(submitJobCard(asCurrent(w.engA), await card(dispatched.id, dispatched.version))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const t = await ticketAt(w, 'in_progress');
    expect(jobCardSchema.safeParse({ ...(await card(t.id, t.version)), finishAt: '2020-01-01T10:00' }).success).toBe(false);
    const future = toLocalInput(new Date(Date.now() + 3 * 3600_000), 'Asia/Jakarta');
    await expect(submitJobCard(asCurrent(w.engA), await card(t.id, t.version, { finishAt: future }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { finishAt: ['jobCards.errors.finishInFuture'] },
    });
    await expect(submitJobCard(asCurrent(w.engA), await card(t.id, t.version, { arrivalAt: '2020-01-01T10:00', finishAt: '2020-01-01T11:00' }))).rejects.toMatchObject({
      fieldErrors: { arrivalAt: ['jobCards.errors.arrivalBeforeTicket'] },
    });
  });

  it('S06 extra fields are refused by the schema', () => {
    expect(jobCardSchema.safeParse({ ticketId: crypto.randomUUID(), version: 1, engineerId: crypto.randomUUID() }).success).toBe(false);
  });
});
