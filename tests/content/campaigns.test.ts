// Campaign sending (SPEC module 3, DATA.md outbox dedupe keys, SECURITY.md C25/C26): each recipient
// is mailed exactly once whether the job re-runs, runs twice at the same moment in this process, or
// runs in two worker processes; opted-out customers and customers without an address are skipped;
// the audience is what the manager approved.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { campaignRecipients, campaigns, customers, outbox, segments, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { deliveryCounts } from '@/lib/campaigns/queries';
import { campaignDedupeKey, runCampaignSends, sendCampaign } from '@/lib/campaigns/send';
import { approveCampaign, cancelCampaign, createCampaign, submitCampaign } from '@/lib/campaigns/service';
import { renderEmail } from '@/lib/email/render';
import { devTransport } from '@/lib/email/transport';
import { drainOutbox } from '@/lib/jobs/drain-outbox';
import { verifyUnsubscribeToken } from '@/lib/unsubscribe/token';
import { createPromo, createSegment } from '../helpers/content-factories';
import { createCustomer, createUser, uniqueEmail, type TestUser } from '../helpers/factories';
import { runAs } from '../helpers/session';
import { startResendStub, type ResendStub } from '../security/helpers/resend-stub';
import { spawnWorker, waitFor, type WorkerProcess } from '../security/helpers/workers';

const actor = (u: TestUser): CurrentUser => ({ id: u.id, role: u.role, name: u.name, email: u.email, customerId: u.customerId, servicePointId: null, locale: 'id' });

let helpdesk: CurrentUser;
let manager: CurrentUser;
let managerUser: TestUser;

beforeAll(async () => {
  helpdesk = actor(await createUser('helpdesk'));
  managerUser = await createUser('manager');
  manager = actor(managerUser);
});

/** A segment of `n` fresh customers tagged `tag`, each with an e-mail address. */
async function audience(tag: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createCustomer({ name: `Pelanggan ${tag} ${i}`, email: uniqueEmail(tag), tags: [tag] })).id);
  return { ids, segmentId: await createSegment([{ key: 'tags', value: [tag] }], `Segmen ${tag}`) };
}

/** Created by helpdesk, approved by a manager: the normal path, through the services. */
async function approvedCampaign(segmentId: string | null, title = 'Promo Akhir Tahun') {
  const promo = await createPromo({ audience: segmentId ? 'segment' : 'all_customers', segmentId, title });
  const { id } = await createCampaign(helpdesk, { promoId: promo.id, channel: 'email', segmentId: null, submit: true });
  await approveCampaign(manager, { campaignId: id, version: 1 });
  return id;
}

async function recipientsOf(campaignId: string) {
  return db.select().from(campaignRecipients).where(eq(campaignRecipients.campaignId, campaignId));
}
async function mailsOf(campaignId: string) {
  return db.select().from(outbox).where(like(outbox.dedupeKey, `campaign:${campaignId}:%`));
}

describe('approval', () => {
  it('freezes the audience: editing the segment afterwards changes nothing', async () => {
    const { ids, segmentId } = await audience('beku', 3);
    const id = await approvedCampaign(segmentId);
    const [c] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(c.status).toBe('approved');
    expect(c.audienceCount).toBe(3);
    expect(c.approvedBy).toBe(manager.id);
    // Someone widens the segment after approval: the campaign still goes to the three approved.
    await db.update(segments).set({ criteria: [] }).where(eq(segments.id, segmentId));
    await sendCampaign(id);
    expect(new Set((await recipientsOf(id)).map((r) => r.customerId))).toEqual(new Set(ids));
  });

  it('needs a second person and a published promo', async () => {
    const promo = await createPromo({ status: 'draft' });
    const { id } = await createCampaign(helpdesk, { promoId: promo.id, channel: 'email', segmentId: null, submit: true });
    await expect(approveCampaign(manager, { campaignId: id, version: 1 })).rejects.toMatchObject({ messageKey: 'campaigns.errors.promoNotPublished' });
    const admin = actor(await createUser('admin'));
    const own = await createCampaign(admin, { promoId: (await createPromo()).id, channel: 'email', segmentId: null, submit: true });
    await expect(approveCampaign(admin, { campaignId: own.id, version: 1 })).rejects.toMatchObject({ messageKey: 'campaigns.errors.ownApproval' });
  });

  it('refuses WhatsApp while no gateway is configured', async () => {
    await expect(createCampaign(helpdesk, { promoId: (await createPromo()).id, channel: 'whatsapp', segmentId: null })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('follows the workflow: submit → reject (back to draft with a note) → submit → approve; stale versions conflict', async () => {
    const { id } = await createCampaign(helpdesk, { promoId: (await createPromo()).id, channel: 'email', segmentId: null });
    await expect(approveCampaign(manager, { campaignId: id, version: 1 })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await submitCampaign(helpdesk, { campaignId: id, version: 1 });
    await expect(submitCampaign(helpdesk, { campaignId: id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { rejectCampaign } = await import('@/lib/campaigns/service');
    await rejectCampaign(manager, { campaignId: id, version: 2, note: 'Judul kurang jelas' });
    const [back] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(back).toMatchObject({ status: 'draft', reviewNote: 'Judul kurang jelas', version: 3 });
    await submitCampaign(helpdesk, { campaignId: id, version: 3 });
    await approveCampaign(manager, { campaignId: id, version: 4 });
    const [done] = await db.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id));
    expect(done.status).toBe('approved');
  });
});

describe('sending', () => {
  it('mails each recipient once across re-runs; skips opted-out customers and customers without an address', async () => {
    const tag = 'ulang';
    const a = await createCustomer({ name: 'A', email: uniqueEmail('a'), tags: [tag] });
    const optedOut = await createCustomer({ name: 'B', email: uniqueEmail('b'), tags: [tag], marketingOptOutAt: new Date() });
    // No address on the customer: its first active contact's address is used.
    const viaContact = await createCustomer({ name: 'C', tags: [tag] });
    const contact = await createUser('customer', { customerId: viaContact.id, locale: 'en' });
    const noAddress = await createCustomer({ name: 'D', tags: [tag] });
    await createCustomer({ name: 'E', email: uniqueEmail('e'), tags: ['lain'] });
    const segmentId = await createSegment([{ key: 'tags', value: [tag] }]);
    const id = await approvedCampaign(segmentId);

    for (let i = 0; i < 3; i++) await sendCampaign(id, { batchSize: 2 });
    await runCampaignSends({ batchSize: 1 });

    const rows = await recipientsOf(id);
    expect(rows.map((r) => r.customerId).sort()).toEqual([a.id, optedOut.id, viaContact.id].sort());
    expect(rows.find((r) => r.customerId === optedOut.id)).toMatchObject({ status: 'opted_out', outboxId: null });
    expect(rows.find((r) => r.customerId === noAddress.id)).toBeUndefined();
    const mails = await mailsOf(id);
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.dedupeKey))).toEqual(new Set([campaignDedupeKey(id, a.id), campaignDedupeKey(id, viaContact.id)]));
    expect(mails.every((m) => m.marketing && m.template === 'promo')).toBe(true);
    const toContact = mails.find((m) => m.dedupeKey === campaignDedupeKey(id, viaContact.id))!;
    expect(toContact).toMatchObject({ recipient: contact.email, locale: 'en' });
    // every recipient row points at its message
    for (const r of rows.filter((x) => x.status !== 'opted_out')) expect(mails.map((m) => m.id)).toContain(r.outboxId);
    // the unsubscribe link in the payload is for that customer and nobody else
    const payload = mails.find((m) => m.dedupeKey === campaignDedupeKey(id, a.id))!.payload as { unsubscribeUrl: string; oneClickUrl: string };
    expect(verifyUnsubscribeToken(new URL(payload.unsubscribeUrl).searchParams.get('t'))).toBe(a.id);
    expect(verifyUnsubscribeToken(new URL(payload.oneClickUrl).searchParams.get('t'))).toBe(a.id);
  });

  it('two runs of the job at the same moment mail each recipient exactly once', async () => {
    const { ids, segmentId } = await audience('serentak', 25);
    const id = await approvedCampaign(segmentId);
    await Promise.all([runCampaignSends({ batchSize: 3 }), runCampaignSends({ batchSize: 4 }), sendCampaign(id, { batchSize: 5 })]);
    const rows = await recipientsOf(id);
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.customerId))).toEqual(new Set(ids));
    const mails = await mailsOf(id);
    expect(mails).toHaveLength(25);
    expect(new Set(mails.map((m) => m.recipient)).size).toBe(25);
  });

  it('the outbox dedupe key is a second lock: a lost recipient row never brings a second message', async () => {
    const { segmentId } = await audience('kunci', 4);
    const id = await approvedCampaign(segmentId);
    await sendCampaign(id);
    const before = await mailsOf(id);
    expect(before).toHaveLength(4);
    // Simulate a recipient row lost after its message was queued, and a fresh pass over the audience.
    await db.delete(campaignRecipients).where(eq(campaignRecipients.campaignId, id));
    await db.update(campaigns).set({ enqueuedAt: null }).where(eq(campaigns.id, id));
    await sendCampaign(id);
    const after = await mailsOf(id);
    expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort());
    // the re-created rows are linked to the existing messages
    expect((await recipientsOf(id)).every((r) => r.outboxId && before.some((m) => m.id === r.outboxId))).toBe(true);
  });

  it('finishes once every message is delivered, with sent / failed / opted-out / pending counts', async () => {
    const tag = 'selesai';
    for (let i = 0; i < 3; i++) await createCustomer({ email: uniqueEmail(tag), tags: [tag] });
    await createCustomer({ email: uniqueEmail(tag), tags: [tag], marketingOptOutAt: new Date() });
    const id = await approvedCampaign(await createSegment([{ key: 'tags', value: [tag] }]));
    await sendCampaign(id);
    expect(await runAs(managerUser, () => deliveryCounts(id))).toMatchObject({ pending: 3, optedOut: 1, sent: 0, failed: 0, total: 4 });
    const [mid] = await db.select({ status: campaigns.status, enqueuedAt: campaigns.enqueuedAt }).from(campaigns).where(eq(campaigns.id, id));
    expect(mid.status).toBe('sending');
    expect(mid.enqueuedAt).not.toBeNull();
    // one message fails for good, the others are delivered
    const mails = await mailsOf(id);
    await db.update(outbox).set({ status: 'dead' }).where(eq(outbox.id, mails[0].id));
    while ((await drainOutbox(devTransport, 'test-worker', 50)) > 0);
    await sendCampaign(id);
    expect(await runAs(managerUser, () => deliveryCounts(id))).toMatchObject({ sent: 2, failed: 1, optedOut: 1, pending: 0, total: 4 });
    const [end] = await db.select({ status: campaigns.status, finishedAt: campaigns.finishedAt }).from(campaigns).where(eq(campaigns.id, id));
    expect(end.status).toBe('done');
    expect(end.finishedAt).not.toBeNull();
  });

  it('a cancelled campaign queues nothing more', async () => {
    const { segmentId } = await audience('batal', 3);
    const id = await approvedCampaign(segmentId);
    const [c] = await db.select({ version: campaigns.version }).from(campaigns).where(eq(campaigns.id, id));
    await cancelCampaign(helpdesk, { campaignId: id, version: c.version });
    await runCampaignSends();
    expect(await recipientsOf(id)).toHaveLength(0);
    expect(await mailsOf(id)).toHaveLength(0);
  });

  it('the promo e-mail carries a visible unsubscribe link and the RFC 8058 headers, with staff text escaped', async () => {
    const [one] = await db.select({ id: customers.id }).from(customers).limit(1);
    await createPromo({ title: 'x' });
    const tag = 'render';
    await createCustomer({ email: uniqueEmail(tag), tags: [tag] });
    const id = await approvedCampaign(await createSegment([{ key: 'tags', value: [tag] }]), 'Diskon <script>alert(1)</script>\r\nBcc: x@evil.test');
    await sendCampaign(id);
    const [mail] = await mailsOf(id);
    const r = await renderEmail(mail.template, mail.locale as 'id', mail.payload as Record<string, unknown>, 'Relasi Uji');
    expect(r.headers?.['List-Unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/api\/unsubscribe\?t=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}>$/);
    expect(r.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(r.html).toContain('/unsubscribe?t=');
    expect(r.html).not.toContain('<script>alert(1)');
    expect(r.subject).not.toMatch(/[\r\n]/);
    expect(one).toBeTruthy();
  });
});

describe('two worker processes', () => {
  let stub: ResendStub;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    stub = await startResendStub();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await stub?.close();
  });

  it('send each recipient exactly one e-mail', async () => {
    const { ids, segmentId } = await audience('proses', 30);
    // Only this campaign's mail in the outbox, so the workers' drains see nothing else.
    await db.update(outbox).set({ status: 'sent' }).where(inArray(outbox.status, ['pending', 'sending']));
    await db.update(campaigns).set({ status: 'cancelled' }).where(inArray(campaigns.status, ['approved', 'sending']));
    const id = await approvedCampaign(segmentId);
    const env = {
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: process.env.AUTH_SECRET!,
      APP_URL: process.env.APP_URL!,
      RESEND_API_KEY: 're_test',
      RESEND_BASE_URL: stub.url,
      DATABASE_POOL_MAX: '3',
    };
    const a = spawnWorker(env);
    const b = spawnWorker(env);
    workers.push(a, b);
    try {
      await waitFor(async () => {
        const [c] = await db.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id));
        if (c.status !== 'done') {
          // the job runs every 20 s in a worker; nudge it from here once everything is delivered
          const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(and(like(outbox.dedupeKey, `campaign:${id}:%`), eq(outbox.status, 'sent')));
          if (n === 30) await sendCampaign(id);
        }
        return c.status === 'done';
      }, 60_000, 'the campaign to finish');
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- a ---\n${a.output()}\n--- b ---\n${b.output()}`);
    }
    await Promise.all([a.stop(), b.stop()]);
    const rows = await recipientsOf(id);
    expect(new Set(rows.map((r) => r.customerId))).toEqual(new Set(ids));
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const mails = await mailsOf(id);
    expect(mails).toHaveLength(30);
    // The provider saw one accepted e-mail per recipient: no key sent twice, no unkeyed sends.
    const keys = new Set(mails.map((m) => `outbox-${m.id}`));
    const accepted = [...stub.sent.entries()].filter(([k]) => keys.has(k));
    expect(accepted).toHaveLength(30);
    expect(new Set(accepted.map(([, v]) => v.to)).size).toBe(30);
    expect(stub.unkeyed).toEqual([]);
    const [{ users: n }] = await db.select({ users: sql<number>`count(*)::int` }).from(users);
    expect(n).toBeGreaterThan(0);
  }, 90_000);
});
