// Helpdesk prepares a campaign for the Semarang promotion; a manager approves it; the worker sends it
// to the segment; a customer in Semarang (the demo customer) sees the segment's promotion in /account.
import { ID, contextAs, expect, storageFor, test } from './support';

test.use({ storageState: storageFor('helpdesk') });

const PROMO = 'Upgrade Bandwidth Gratis untuk Pelanggan Semarang';

test('a manager approves a segment campaign; it is sent and the customer sees the promotion', async ({ page, browser }, testInfo) => {
  test.setTimeout(150_000);
  const c = ID.campaigns;
  await page.goto('/staff/campaigns/new');
  await page.waitForLoadState('networkidle');
  await page.getByLabel(c.fields.promo, { exact: true }).selectOption({ label: PROMO });
  // the promotion's own segment, with its live count
  await expect(page.getByText(c.audienceOf.replace('{name}', 'Pelanggan Kota Semarang'))).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /pelanggan cocok/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: c.channels.whatsapp })).toBeDisabled();
  await page.getByRole('button', { name: c.createAndSubmit }).click();
  await expect(page).toHaveURL(/\/staff\/campaigns\/[0-9a-f-]{36}$/);
  const url = new URL(page.url()).pathname;
  await expect(page.getByText(c.statuses.pending_approval).first()).toBeVisible();
  // helpdesk cannot approve
  await expect(page.getByRole('button', { name: c.approve })).toHaveCount(0);

  const manager = await contextAs(browser, 'manager', testInfo);
  const m = await manager.newPage();
  await m.goto('/staff/campaigns?status=pending_approval');
  await m.locator(`a[href="${url}"]`).first().click();
  await m.getByRole('button', { name: c.approve }).click();
  await m.getByRole('dialog').getByRole('button', { name: c.approve }).click();
  await expect(m.getByText(c.approved)).toBeVisible();
  // The worker picks it up (every 20 s) and the page refreshes itself while sending.
  await expect(m.getByText(c.statuses.done, { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  const sent = m.getByText(c.counts.sent, { exact: true }).locator('xpath=..');
  await expect(sent).not.toHaveText(new RegExp(`^${c.counts.sent}\\s*0$`, 'i'));
  await manager.close();

  const customer = await contextAs(browser, 'customer', testInfo);
  const cp = await customer.newPage();
  await cp.goto('/account/promos');
  await expect(cp.getByRole('heading', { name: ID.promos.account.title })).toBeVisible();
  await expect(cp.getByRole('heading', { name: PROMO })).toBeVisible();
  await expect(cp.getByText(ID.promos.account.forYou).first()).toBeVisible();
  await customer.close();
});
