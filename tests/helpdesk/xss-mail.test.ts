// S21–S23 in Vitest form for tickets: script in a ticket's text stays text in every e-mail the ticket
// causes (rendered exactly as the worker renders outbox rows), and subjects stay one line (S22).
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { outbox, users } from '@/db/schema';
import { renderEmail } from '@/lib/email/render';
import { addComment } from '@/lib/tickets/service/comment';
import { moveTicket } from '@/lib/tickets/service/move';
import { expectInertHtml } from '../helpers/html';
import { asCurrent, advanceTicket, createHelpdeskWorld, openTestTicket, ticketRow, type HelpdeskWorld } from '../helpers/helpdesk-factories';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const CRLF = 'Printer rusak\r\nBcc: korban@example.test\r\n\r\n<b>halo</b>';

/** No element or attribute from the payload survived as markup. */
function expectInert(html: string) {
  expectInertHtml(html);
}

let w: HelpdeskWorld;
beforeAll(async () => {
  w = await createHelpdeskWorld();
});

async function renderAll(where: ReturnType<typeof sql>) {
  const rows = await db.select().from(outbox).where(where);
  return Promise.all(rows.map(async (r) => ({ row: r, mail: await renderEmail(r.template, r.locale, r.payload as Record<string, unknown>, 'PT Nusantara <Layanan> & "Digital"') })));
}

describe('S22 ticket e-mails render hostile text inert', () => {
  it('S22 every mail of a ticket whose summary, detail, reporter and comments carry script', async () => {
    const opened = await openTestTicket(w, { summary: `${XSS} ${CRLF}`, detail: `${XSS}\n${XSS}`, reporterName: `Budi ${XSS}` });
    const t = await advanceTicket(w, opened.id, 'in_progress');
    await addComment(asCurrent(w.spX), { ticketId: t.id, body: XSS, internal: false });
    const cur = await ticketRow(t.id);
    await moveTicket(asCurrent(w.engA), { move: 'pend', ticketId: t.id, version: cur.version, reason: `${XSS}\r\nX-Injected: 1` });
    const p = await ticketRow(t.id);
    await moveTicket(asCurrent(w.engA), { move: 'resolve', ticketId: t.id, version: p.version, resolution: XSS });

    const number = p.number;
    const rendered = await renderAll(sql`${outbox.payload}::text like ${`%${number}%`} or ${outbox.payload}->>'url' like ${`%${t.id}%`}`);
    // created (helpdesk), assigned, accepted, dispatched, confirmed, started, comment, pending, resolved
    expect(rendered.length).toBeGreaterThanOrEqual(9);
    for (const { row, mail } of rendered) {
      expectInert(mail.html);
      expect(mail.subject, row.id).not.toMatch(/[\r\n]/);
      // Whatever ticket text the mail repeats, it repeats escaped.
      const payloadText = JSON.stringify(row.payload);
      if (payloadText.includes('<script>')) expect(mail.html).toContain('&lt;script&gt;');
    }
  });
});

describe('S22 the notification template itself (what a ticket event writes to the outbox)', () => {
  it('S22 title, lines, name and button text with script are escaped; subject has no CR/LF', async () => {
    const mail = await renderEmail(
      'notification',
      'id',
      {
        name: `Budi ${XSS}`,
        title: `Tiket TKT-2026-000001: ${XSS}\r\nBcc: korban@example.test`,
        lines: [`Ringkasan: ${XSS}`, `Alasan: ${CRLF}`],
        url: 'http://localhost:3000/account/tickets/00000000-0000-0000-0000-000000000000',
        button: XSS,
      },
      'PT Nusantara',
    );
    expectInert(mail.html);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Bcc: korban@example.test'); // still there, but on the one line
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.text).toContain('<script>alert(1)</script>'); // the text part shows it literally
  });

  it('S22 a hostile link never becomes a button', async () => {
    for (const url of ['javascript:alert(1)', 'http://x"><script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>', ' http://evil.test']) {
      const mail = await renderEmail('notification', 'en', { title: 'Hi', lines: ['x'], url }, 'Relasi');
      expectInert(mail.html);
    }
  });

  it('S22 the same for English mails and a reporter without an account', async () => {
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, w.custA.id));
    try {
      const reporter = `pelapor-${randomUUID().slice(0, 8)}@example.test`;
      const opened = await openTestTicket(w, { actor: w.admin, summary: XSS, reporterEmail: reporter, reporterName: XSS });
      await advanceTicket(w, opened.id, 'accepted');
      const rendered = await renderAll(sql`${outbox.payload}->>'url' like ${`%${opened.id}%`}`);
      // created → helpdesk; assigned → X's coordinator; accepted → the contact (en) and the reporter
      expect(rendered.map((r) => r.row.recipient).sort()).toEqual([w.helpdesk.email, w.spX.email, w.custA.email, reporter].sort());
      expect(rendered.filter((r) => r.row.locale === 'en').map((r) => r.row.recipient).sort()).toEqual([w.custA.email, reporter].sort());
      for (const { mail } of rendered) {
        expectInert(mail.html);
        expect(mail.subject).not.toMatch(/[\r\n]/);
      }
    } finally {
      await db.update(users).set({ locale: 'id' }).where(eq(users.id, w.custA.id));
    }
    const en = await renderEmail('notification', 'en', { title: XSS, lines: [XSS], name: XSS }, XSS);
    expectInert(en.html);
    expect(en.subject).not.toMatch(/[\r\n]/);
  });
});
