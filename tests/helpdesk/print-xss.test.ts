// S23 in Vitest form: hostile text in a ticket, its customer and its job card renders as text on the
// printable job card and the assignment letter (the page components rendered to HTML with
// react-dom/server, their data read through the real queries inside the caller's scope).
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-print-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

// The print pages also ask next-intl for a formatter, which the shared request stub does not offer:
// the same real catalogs, Indonesian, in the business zone.
vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const messages = (await import('@/messages/id.json')).default as Record<string, unknown>;
  const t = (arg?: string | { namespace?: string }) =>
    createTranslator({ locale: 'id', messages, namespace: (typeof arg === 'string' ? arg : arg?.namespace) as never });
  return {
    getTranslations: async (arg?: string | { namespace?: string }) => t(arg),
    // the named formats of lib/i18n/request.ts
    getFormatter: async () =>
      createFormatter({ locale: 'id', timeZone: 'Asia/Jakarta', formats: { dateTime: { short: { dateStyle: 'medium', timeStyle: 'short' }, date: { dateStyle: 'long' } } } }),
    getLocale: async () => 'id',
    getMessages: async () => messages,
    getTimeZone: async () => 'Asia/Jakarta',
    getNow: async () => new Date(),
    setRequestLocale: () => {},
    getRequestConfig: (fn: unknown) => fn,
  };
});

import PrintJobCardPage from '@/app/[locale]/print/tickets/[id]/job-card/page';
import AssignmentLetterPage from '@/app/[locale]/print/tickets/[id]/letter/page';
import { toLocalInput } from '@/lib/format/date';
import { submitJobCard } from '@/lib/job-cards/service';
import { dataUrl, signaturePng } from '@/lib/job-cards/test-signature';
import { createCustomer } from '../helpers/factories';
import { asCurrent, createContact, createHelpdeskWorld, openTestTicket, advanceTicket, type HelpdeskUser, type HelpdeskWorld } from '../helpers/helpdesk-factories';
import { expectInertHtml } from '../helpers/html';
import { runAs } from '../helpers/session';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>';

function expectInert(html: string) {
  expectInertHtml(html);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
}

let w: HelpdeskWorld;
let ticketId: string;
let contact: HelpdeskUser;

beforeAll(async () => {
  w = await createHelpdeskWorld();
  const hostile = await createCustomer({ name: `PT ${XSS}`, address: `Jl. ${XSS}`, city: 'Semarang', phone: '+62247600123', slaPlanId: w.plan.id });
  contact = await createContact(hostile.id);
  const opened = await openTestTicket(w, { customerId: hostile.id, summary: `Gangguan ${XSS}`, detail: `Rincian ${XSS}`, reporterName: `Pelapor ${XSS}`, reporterEmail: contact.email });
  const t = await advanceTicket(w, opened.id, 'in_progress');
  ticketId = t.id;
  const minute = toLocalInput(new Date(), 'Asia/Jakarta');
  await submitJobCard(asCurrent(w.engA), {
    ticketId,
    version: t.version,
    workDone: `Pekerjaan ${XSS}`,
    parts: [{ name: `Kabel ${XSS}`, qty: 2 }],
    arrivalAt: minute,
    finishAt: minute,
    customerName: `Budi ${XSS}`,
    signature: dataUrl(await signaturePng()),
    resolve: false,
  });
});

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

describe('S23 printable documents keep ticket text as text', () => {
  it('S23 the job card, as the engineer, helpdesk and the customer contact see it', async () => {
    for (const u of [w.engA, w.helpdesk, contact]) {
      const page = await runAs(u, () => PrintJobCardPage({ params: Promise.resolve({ id: ticketId }) }));
      const html = renderToStaticMarkup(page);
      expect(html).toContain('Pekerjaan &lt;script&gt;');
      expect(html).toContain('Kabel &lt;script&gt;');
      expectInert(html);
    }
  });

  it('S23 the assignment letter', async () => {
    const page = await runAs(w.helpdesk, () => AssignmentLetterPage({ params: Promise.resolve({ id: ticketId }) }));
    const html = renderToStaticMarkup(page);
    expectInert(html);
  });

  it('S02/S03 out of scope the print pages are 404', async () => {
    for (const u of [w.custB, w.spY, w.engB]) {
      await expect(runAs(u, () => PrintJobCardPage({ params: Promise.resolve({ id: ticketId }) }))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
    await expect(runAs(w.helpdesk, () => PrintJobCardPage({ params: Promise.resolve({ id: randomUUID() }) }))).rejects.toThrow(/404|NOT_FOUND/);
  });
});
