// The consultation form and the helpdesk inbox: honeypot, PostgreSQL rate limit, the member link from
// the session, and replies that are kept on the thread and e-mailed through the outbox.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { inquiries, inquiryReplies, outbox } from '@/db/schema';
import { renderEmail } from '@/lib/email/render';
import { changeInquiryStatus, replyInquiry, sendInquiry } from '@/lib/inquiries/actions';
import type { InquiryInput } from '@/lib/inquiries/schemas';
import { createUser, uniqueEmail } from '../helpers/factories';
import { randomIp, runAs } from '../helpers/session';

const form = (over: Partial<InquiryInput> = {}): InquiryInput => ({ name: 'Ibu Rina', email: uniqueEmail('tanya'), phone: '0812 3456 7890', topic: 'product', message: 'Apakah router ini bisa dipasang di rumah dua lantai?', website: '', ...over });

describe('consultation form', () => {
  it('creates an open inquiry; a member is linked from the session, not from the form', async () => {
    const ip = randomIp();
    const f = form();
    expect(await runAs(null, () => sendInquiry(f), { ip })).toMatchObject({ ok: true });
    const [row] = await db.select().from(inquiries).where(eq(inquiries.email, f.email));
    expect(row).toMatchObject({ status: 'open', phone: '+6281234567890', customerId: null, topic: 'product' });

    const member = await createUser('customer');
    const g = form();
    await runAs(member, () => sendInquiry(g));
    const [mine] = await db.select().from(inquiries).where(eq(inquiries.email, g.email));
    expect(mine).toMatchObject({ customerId: member.customerId, userId: member.id });
    // extra fields (customerId, status) are refused outright
    expect(await runAs(null, () => sendInquiry({ ...form(), customerId: member.customerId } as never))).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a filled honeypot gets the same answer and stores nothing', async () => {
    const f = form({ website: 'http://spam.test' });
    expect(await runAs(null, () => sendInquiry(f), { ip: randomIp() })).toMatchObject({ ok: true, data: { sent: true } });
    expect(await db.select().from(inquiries).where(eq(inquiries.email, f.email))).toHaveLength(0);
  });

  it('is rate-limited per IP (10 per hour)', async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect(await runAs(null, () => sendInquiry(form()), { ip })).toMatchObject({ ok: true });
    const r = await runAs(null, () => sendInquiry(form()), { ip });
    expect(r).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(r.ok ? 0 : (r.retryAfterSeconds ?? 0)).toBeGreaterThan(0);
  });
});

describe('helpdesk inbox', () => {
  it('a reply is kept on the thread, e-mailed through the outbox and marks the inquiry answered; close and reopen', async () => {
    const f = form({ name: 'Pak <b>Joko</b>' });
    await runAs(null, () => sendInquiry(f), { ip: randomIp() });
    const [inq] = await db.select().from(inquiries).where(eq(inquiries.email, f.email));
    const staff = await createUser('helpdesk', { name: 'Dewi Helpdesk' });
    const r = await runAs(staff, () => replyInquiry({ inquiryId: inq.id, body: 'Bisa, Pak.\n\nKami sarankan mesh Wi-Fi <script>x</script>.' }));
    expect(r).toMatchObject({ ok: true, data: { status: 'answered' } });
    const [reply] = await db.select().from(inquiryReplies).where(eq(inquiryReplies.inquiryId, inq.id));
    expect(reply.outboxId).toBeTruthy();
    const [mail] = await db.select().from(outbox).where(eq(outbox.id, reply.outboxId!));
    expect(mail).toMatchObject({ recipient: f.email, template: 'inquiry-reply', marketing: false, status: 'pending' });
    const rendered = await renderEmail(mail.template, 'id', mail.payload as Record<string, unknown>, 'Relasi');
    expect(rendered.html).toContain('Kami sarankan mesh Wi-Fi');
    expect(rendered.html).not.toContain('<script>x');
    expect(rendered.html).not.toContain('<b>Joko');
    expect((await db.select({ s: inquiries.status }).from(inquiries).where(eq(inquiries.id, inq.id)))[0].s).toBe('answered');

    expect(await runAs(staff, () => changeInquiryStatus({ inquiryId: inq.id, status: 'closed' }))).toMatchObject({ ok: true });
    expect(await runAs(staff, () => changeInquiryStatus({ inquiryId: inq.id, status: 'closed' }))).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await runAs(staff, () => changeInquiryStatus({ inquiryId: inq.id, status: 'open' }))).toMatchObject({ ok: true, data: { status: 'open' } });
  });
});
