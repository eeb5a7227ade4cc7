// The language buttons in the header switch the whole page between Bahasa Indonesia and English,
// and the choice (NEXT_LOCALE cookie) holds on the following pages until switched back.
import type { Page } from '@playwright/test';
import { EN, ID, expect, test } from './support';

const html = (page: Page) => page.locator('html');
const switchTo = (page: Page, locale: 'id' | 'en') =>
  page.getByRole('group', { name: locale === 'en' ? ID.common.language : EN.common.language }).getByRole('button', { name: locale, exact: true });

test('switching id → en → id changes html[lang] and the text, and sticks across pages', async ({ page, context }) => {
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('link', { name: ID.nav.register, exact: true })).toBeVisible();
  await expect(switchTo(page, 'en')).toHaveAttribute('aria-pressed', 'false');

  await switchTo(page, 'en').click();
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: EN.nav.register, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: ID.nav.register, exact: true })).toHaveCount(0);
  expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');

  // Client-side navigation, then a full load: both stay English.
  await page.getByRole('link', { name: EN.nav.login, exact: true }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: EN.auth.login.title })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await page.goto('/register');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: EN.auth.register.title })).toBeVisible();
  await expect(page.getByLabel(EN.auth.register.name)).toBeVisible();

  await switchTo(page, 'id').click();
  await expect(html(page)).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { name: ID.auth.register.title })).toBeVisible();
  await page.goto('/login');
  await expect(html(page)).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { name: ID.auth.login.title })).toBeVisible();
});

test('an unknown page is localized too', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
  await page.goto('/no-such-page');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: EN.errors.pageNotFoundTitle })).toBeVisible();
});
