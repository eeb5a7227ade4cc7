// The helpdesk's whole seed flow (seed 000), one ticket through five browsers: the customer reports a
// problem in /account; helpdesk forwards it to the suggested service point (the demo customer is in
// Semarang); the Semarang coordinator accepts it and dispatches the demo engineer; the engineer, on a
// phone, confirms, starts, fills in a job card with a drawn signature and resolves; helpdesk closes
// and documents it; the customer rates it from the e-mailed link, opened in a browser that is not
// signed in (the mail app on another device). Then the printable job card and the assignment letter,
// as paper sees them. A sixth context, an admin's, only reads the outbox (how mail is read here).
// Labels come from messages/id.json; no fixed waits.
import { type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readMail } from './mail';
import { DEMO, ID, clientIpFor, contextAs, expect, storageFor, test } from './support';

const T = ID.tickets;
const COMPANY = 'PT Nusantara Layanan Digital'; // the demo company profile (db/seed/demo.ts)
const SEMARANG = 'Service Point Semarang';
const ENGINEER = 'Eko Prasetyo'; // engineer@relasi.test

/** The engineer works from a phone: a 390 × 844 touch screen, signed in as the demo engineer. */
function phoneContext(browser: Browser, testInfo: TestInfo) {
  return browser.newContext({
    storageState: storageFor('engineer'),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { 'x-forwarded-for': clientIpFor(testInfo, 'engineer-phone') },
  });
}

/** The block under the ticket's title: number, summary and the status / priority / SLA badges. */
const ticketHeader = (page: Page): Locator => page.getByRole('heading', { level: 1 }).locator('xpath=..');

async function expectStatus(page: Page, status: keyof typeof T.status) {
  await expect(ticketHeader(page).getByText(T.status[status], { exact: true })).toBeVisible();
}

/** A move without input: its one-button form, named after the move. */
async function plainMove(page: Page, move: keyof typeof T.moves) {
  const form = page.getByRole('form', { name: T.moves[move] });
  await form.getByRole('button', { name: T.moves[move] }).click();
  await expect(page.getByText(T.moved)).toBeVisible();
}

/** Draws a short zig-zag signature on the pad with the mouse, as a finger would. */
async function sign(page: Page) {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 30 + i * 30, y + (i % 2 ? -35 : 35), { steps: 4 });
  await page.mouse.up();
  await expect(pad).toHaveAttribute('aria-label', ID.jobCards.signatureDrawn);
}

// Five browsers, a production build and mail delivery on a busy 2-core runner.
test.describe.configure({ timeout: 180_000 });

test('a customer ticket goes from report to rating through helpdesk, service point and engineer', async ({ browser }, testInfo) => {
  const stamp = Date.now().toString(36);
  const summary = `Internet kantor putus total (${stamp})`;
  const detail = 'Sejak pagi semua komputer di lantai 1 tidak bisa membuka internet. Lampu router berkedip merah.';
  const signer = 'Citra Lestari';
  const workDone = 'Kabel uplink router yang putus diganti dan konfigurasi WAN diperiksa; internet kembali normal di semua komputer.';

  const customerCtx = await contextAs(browser, 'customer', testInfo);
  const helpdeskCtx = await contextAs(browser, 'helpdesk', testInfo);
  const pointCtx = await contextAs(browser, 'service_point', testInfo);
  const engineerCtx = await phoneContext(browser, testInfo);
  const ratingCtx = await contextAs(browser, null, testInfo);
  const mailboxCtx = await contextAs(browser, 'admin', testInfo);
  const customer = await customerCtx.newPage();
  const helpdesk = await helpdeskCtx.newPage();
  const point = await pointCtx.newPage();
  const engineer = await engineerCtx.newPage();
  const rater = await ratingCtx.newPage();
  const mailbox = await mailboxCtx.newPage();

  try {
    const { id, number } = await test.step('the customer reports the problem in /account', async () => {
      await customer.goto('/account/tickets/new');
      await expect(customer.getByRole('heading', { name: T.account.newTitle, level: 1 })).toBeVisible();
      await customer.getByLabel(T.new.summary, { exact: true }).fill(summary);
      await customer.getByLabel(T.new.category).selectOption({ label: T.category.incident });
      await customer.getByLabel(T.new.priority).selectOption({ label: T.priority.high });
      await customer.getByLabel(T.new.detail, { exact: true }).fill(detail);
      await customer.getByRole('button', { name: T.account.submit }).click();
      await expect(customer).toHaveURL(/\/account\/tickets\/[0-9a-f-]{36}\?created=1$/);
      const shown = (await ticketHeader(customer).locator('p.font-mono').textContent())?.trim() ?? '';
      expect(shown).toMatch(/^TKT-\d{4}-\d{6}$/);
      await expect(customer.getByText(T.account.created.replace('{number}', shown))).toBeVisible();
      await expect(customer.getByRole('heading', { level: 1, name: summary })).toBeVisible();
      await expectStatus(customer, 'new');
      return { id: new URL(customer.url()).pathname.split('/').pop()!, number: shown };
    });

    await test.step('helpdesk finds it in the queue and forwards it to the suggested service point', async () => {
      await helpdesk.goto(`/staff/tickets?q=${number}`);
      const row = helpdesk.getByRole('table', { name: T.queue.caption }).getByRole('row').filter({ hasText: number });
      await expect(row).toHaveCount(1);
      await expect(row.getByText(T.status.new, { exact: true })).toBeVisible();
      await expect(row.getByText(T.sla.ok)).toBeVisible();
      await row.getByRole('link', { name: number }).click();
      await expect(helpdesk).toHaveURL(new RegExp(`/staff/tickets/${id}$`));
      await expect(ticketHeader(helpdesk).getByText(number, { exact: true })).toBeVisible();
      await expectStatus(helpdesk, 'new');
      await expect(ticketHeader(helpdesk).getByText(T.sla.ok)).toBeVisible();
      const form = helpdesk.getByRole('form', { name: T.moves.assign });
      const pointSelect = form.getByLabel(T.detail.servicePointLabel);
      // The customer is in Semarang: that point is suggested and already chosen.
      await expect(pointSelect.locator('option:checked')).toHaveText(T.detail.suggested.replace('{name}', SEMARANG));
      await form.getByRole('button', { name: T.moves.assign }).click();
      await expect(helpdesk.getByText(T.moved)).toBeVisible();
      await expectStatus(helpdesk, 'assigned');
    });

    await test.step('the Semarang service point accepts it and dispatches the demo engineer', async () => {
      await point.goto(`/staff/tickets/${id}`);
      await expect(ticketHeader(point).getByText(number, { exact: true })).toBeVisible();
      await expectStatus(point, 'assigned');
      await plainMove(point, 'accept');
      await expectStatus(point, 'accepted');
      const form = point.getByRole('form', { name: T.moves.dispatch });
      const engineerSelect = form.getByLabel(T.detail.engineerLabel);
      const option = engineerSelect.locator('option', { hasText: ENGINEER });
      await expect(option).toHaveCount(1);
      await engineerSelect.selectOption((await option.getAttribute('value'))!);
      await form.getByRole('button', { name: T.moves.dispatch }).click();
      await expect(point.getByText(T.moved)).toBeVisible();
      await expectStatus(point, 'dispatched');
      await expect(point.getByText(ENGINEER).first()).toBeVisible();
    });

    await test.step('helpdesk can now print the assignment letter', async () => {
      await helpdesk.reload();
      await expectStatus(helpdesk, 'dispatched');
      await expect(helpdesk.getByRole('link', { name: T.detail.printLetter })).toHaveAttribute('href', `/print/tickets/${id}/letter`);
      const letter = await helpdeskCtx.newPage();
      await letter.emulateMedia({ media: 'print' });
      await letter.goto(`/print/tickets/${id}/letter`);
      await expect(letter.getByRole('banner').getByText(COMPANY, { exact: true })).toBeVisible();
      await expect(letter.getByRole('heading', { level: 1, name: ID.letters.title })).toBeVisible();
      await expect(letter.getByRole('row', { name: new RegExp(`^${ID.letters.ticketNumber}`) })).toContainText(number);
      await expect(letter.getByRole('row', { name: new RegExp(`^${ID.letters.name}`) }).first()).toContainText(ENGINEER);
      // On paper the print button and its hint are gone.
      await expect(letter.getByRole('button', { name: ID.letters.print })).toBeHidden();
      await letter.close();
    });

    await test.step('the engineer, on a phone, confirms, starts and submits a signed job card that resolves the ticket', async () => {
      await engineer.goto(`/staff/tickets/${id}`);
      await expect(ticketHeader(engineer).getByText(number, { exact: true })).toBeVisible();
      await expectStatus(engineer, 'dispatched');
      await plainMove(engineer, 'confirm');
      await expectStatus(engineer, 'confirmed');
      await plainMove(engineer, 'start');
      await expectStatus(engineer, 'in_progress');
      await expect(ticketHeader(engineer).getByText(T.sla.ok)).toBeVisible();

      await engineer.getByRole('link', { name: T.detail.openJobCard }).click();
      await expect(engineer).toHaveURL(new RegExp(`/staff/tickets/${id}/job-card$`));
      await expect(engineer.getByRole('heading', { level: 1, name: ID.jobCards.title })).toBeVisible();
      await expect(engineer.getByText(`${number} · ${summary}`)).toBeVisible();
      const form = engineer.getByRole('form', { name: ID.jobCards.formLabel });
      await form.getByLabel(ID.jobCards.workDone, { exact: true }).fill(workDone);
      await form.getByRole('button', { name: ID.jobCards.addPart }).click();
      await form.getByLabel(ID.jobCards.partNameN.replace('{n}', '1'), { exact: true }).fill('Kabel UTP Cat6 3 m');
      await form.getByLabel(ID.jobCards.partQty, { exact: true }).fill('2');
      await form.getByLabel(ID.jobCards.customerName, { exact: true }).fill(signer);
      await sign(engineer);
      await form.getByRole('button', { name: ID.jobCards.submitAndResolve }).click();
      await expect(engineer.getByText(ID.jobCards.savedAndResolved)).toBeVisible({ timeout: 20_000 });

      await engineer.goto(`/staff/tickets/${id}`);
      await expectStatus(engineer, 'resolved');
    });

    const rating = await test.step('the customer is mailed a rating link', async () => {
      let found: { link: string; subject: string } | null = null;
      // The newest ticket mail to the customer is the "resolved" one once the worker has sent it.
      await expect(async () => {
        found = await readMail(mailbox, { to: DEMO.customer, template: 'notification', linkPath: '/rate' });
      }).toPass({ timeout: 60_000, intervals: [500, 1_000, 2_000] });
      expect(found!.subject).toContain(number);
      return found!;
    });

    await test.step('helpdesk reviews the job card, closes and documents the ticket', async () => {
      await helpdesk.goto(`/staff/tickets/${id}`);
      await expectStatus(helpdesk, 'resolved');
      await expect(helpdesk.getByText(workDone).first()).toBeVisible();
      await expect(helpdesk.getByText(T.detail.jobCardBy.replace('{name}', ENGINEER).split('{')[0].trim())).toBeVisible();
      await plainMove(helpdesk, 'close');
      await expectStatus(helpdesk, 'closed');
      await plainMove(helpdesk, 'document');
      await expectStatus(helpdesk, 'documented');
      // Documented is the end of the line: no further move is offered.
      for (const move of ['close', 'document', 'reopen'] as const) await expect(helpdesk.getByRole('form', { name: T.moves[move] })).toHaveCount(0);
    });

    await test.step('the customer rates it from the e-mailed link in a browser that is not signed in', async () => {
      await rater.goto(rating.link);
      await expect(rater.getByRole('heading', { level: 1, name: ID.rating.title })).toBeVisible();
      await expect(rater.getByText(number, { exact: true })).toBeVisible();
      await expect(rater).toHaveURL(/\/rate\?token=/);
      const form = rater.getByRole('form', { name: ID.rating.formLabel });
      // The radios are visually hidden inside their star labels: choose by the label's words, as a person does.
      await form.getByText(ID.rating.labels['5'], { exact: true }).click();
      await expect(form.getByRole('radio', { name: new RegExp(`^${ID.rating.outOf.replace('{n}', '5')}`) })).toBeChecked();
      await form.getByLabel(ID.rating.comment).fill('Engineer datang cepat dan menjelaskan penyebabnya.');
      await form.getByRole('button', { name: ID.rating.submit }).click();
      await expect(rater.getByText(ID.rating.thanks)).toBeVisible();
      // The link is spent.
      await rater.goto(rating.link);
      await expect(rater.getByText(ID.rating.link.used.title)).toBeVisible();
    });

    await test.step('the rating shows on the customer’s ticket in /account and to helpdesk', async () => {
      await customer.goto(`/account/tickets/${id}`);
      await expectStatus(customer, 'documented');
      await expect(customer.getByText(ID.rating.yourRating.replace('{rating}', '5'), { exact: false })).toBeVisible();
      await expect(customer.getByText(workDone).first()).toBeVisible();

      await helpdesk.reload();
      await expect(helpdesk.getByText(T.detail.ratingValue.replace('{rating}', '5'))).toBeVisible();
    });

    await test.step('the printed job card carries the letterhead, the ticket number and the signature', async () => {
      const print = await helpdeskCtx.newPage();
      await print.emulateMedia({ media: 'print' });
      await print.goto(`/print/tickets/${id}/job-card`);
      await expect(print.getByRole('banner').getByText(COMPANY, { exact: true })).toBeVisible();
      await expect(print.getByRole('heading', { level: 1, name: ID.jobCards.printTitle })).toBeVisible();
      await expect(print.getByRole('main').getByText(number, { exact: true })).toBeVisible();
      await expect(print.getByText(workDone)).toBeVisible();
      await expect(print.getByRole('cell', { name: 'Kabel UTP Cat6 3 m' })).toBeVisible();
      const signature = print.getByRole('img', { name: ID.jobCards.signatureAlt.replace('{name}', signer) });
      await expect(signature).toBeVisible();
      // The picture really arrived (through /files/[id]), not just its frame.
      await expect.poll(() => signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expect(print.getByRole('button', { name: ID.letters.print })).toBeHidden();
      await print.close();
    });
  } finally {
    for (const c of [customerCtx, helpdeskCtx, pointCtx, engineerCtx, ratingCtx, mailboxCtx]) await c.close();
  }
});
