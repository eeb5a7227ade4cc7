// A visitor sends the consultation form on /contact; helpdesk answers it from the inquiry inbox; the
// answer is an e-mail in the outbox (read the way an admin does) and stays on the inquiry's thread.
import { ID, contextAs, expect, storageFor, test, uniqueEmail } from './support';

test.use({ storageState: storageFor('helpdesk') });

test('a visitor asks, helpdesk answers, and the answer goes out through the outbox', async ({ page, browser }, testInfo) => {
  const f = ID.inquiries.form;
  const name = `Pak Teguh ${Date.now().toString(36)}`;
  const email = uniqueEmail('tanya');
  const answer = 'Bisa, Pak. Teknisi kami dapat datang hari Kamis pukul 10.00.';

  const visitor = await contextAs(browser, null, testInfo);
  const v = await visitor.newPage();
  await v.goto('/contact');
  await v.waitForLoadState('networkidle');
  await v.getByLabel(f.name, { exact: true }).fill(name);
  await v.getByLabel(f.email, { exact: true }).fill(email);
  await v.getByLabel(new RegExp(`^${f.phone}`)).fill('0812 9999 1111');
  await v.getByLabel(f.topic, { exact: true }).selectOption('service');
  await v.getByLabel(f.message, { exact: true }).fill('Apakah teknisi bisa datang ke Depok untuk memasang access point minggu ini?');
  await v.getByRole('button', { name: f.submit }).click();
  await expect(v.getByText(f.doneTitle)).toBeVisible();
  await visitor.close();

  const s = ID.inquiries.staff;
  await page.goto('/staff/inquiries');
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(/\/staff\/inquiries\/[0-9a-f-]{36}$/);
  await page.getByLabel(s.replyLabel).fill(answer);
  await page.getByRole('button', { name: s.sendReply }).click();
  await expect(page.getByText(s.replySent.replace('{email}', email))).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.getByText(ID.inquiries.statuses.answered, { exact: true })).toBeVisible();

  // The admin's outbox lists the reply to the visitor's address, and the worker sends it.
  const admin = await contextAs(browser, 'admin', testInfo);
  const a = await admin.newPage();
  const row = a.getByRole('table', { name: ID.outbox.caption }).getByRole('row').filter({ hasText: email }).filter({ hasText: 'inquiry-reply' });
  await expect(async () => {
    await a.goto(`/staff/outbox?q=${encodeURIComponent(email)}`);
    await expect(row).toBeVisible({ timeout: 1_000 });
    await expect(row.getByText(ID.outbox.statuses.sent)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
  await admin.close();
});
