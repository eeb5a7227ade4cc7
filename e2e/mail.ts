// Reading mail the way an admin does, through /staff/outbox (the dev transport records every message
// there). No database access and no application code: only the admin pages.
import { expect, type Page } from '@playwright/test';
import { ID, lead } from './support';

/**
 * Reads the newest e-mail of one kind to one address the way an admin does: /staff/outbox filtered
 * by recipient, then the message page, whose text version lists the links. Waits (reloading) until
 * the worker has delivered it. Returns the link whose path matches `linkPath` and the subject.
 */
export async function readMail(adminPage: Page, opts: { to: string; template: string; linkPath: string }): Promise<{ link: string; subject: string }> {
  const { to, template, linkPath } = opts;
  const list = `/staff/outbox?q=${encodeURIComponent(to)}&status=sent`;
  const table = adminPage.getByRole('table', { name: ID.outbox.caption });
  const row = table.getByRole('row').filter({ hasText: to }).filter({ hasText: template }).first();
  await expect(async () => {
    await adminPage.goto(list);
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1_000] });
  await expect(row.getByText(ID.outbox.statuses.sent)).toBeVisible();
  await row.getByRole('link', { name: new RegExp(`^${escapeRegExp(lead(ID.outbox.openMessage))} ${escapeRegExp(to)}`) }).click();
  await expect(adminPage.getByRole('heading', { name: ID.outbox.textVersion })).toBeVisible();
  const subject = (await adminPage.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const link = adminPage.getByRole('link', { name: new RegExp(`${escapeRegExp(linkPath)}\\?token=`) }).first();
  const href = await link.getAttribute('href');
  expect(href, `a ${linkPath} link in the ${template} mail to ${to}`).toBeTruthy();
  return { link: href!, subject };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
