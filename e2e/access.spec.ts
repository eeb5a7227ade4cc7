// Who may open what: the 403 page for a signed-in customer at /staff, the login redirect for
// anonymous visitors, same-origin landing after login whatever callbackUrl says (S14), and the 404 page.
import { DEMO, DEMO_PASSWORD, ID, expect, lead, login, storageFor, test } from './support';

const EVIL = ['https://evil.test', '//evil.test', '/\\evil.test', '%2F%2Fevil.test', 'javascript:alert(1)'];

test.describe('signed-in customer', () => {
  test.use({ storageState: storageFor('customer') });

  test('is refused the staff area with the 403 page', async ({ page }) => {
    const res = await page.goto('/staff');
    expect(res?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: ID.errors.forbiddenTitle })).toBeVisible();
    await expect(page.getByText(ID.errors.forbiddenBody)).toBeVisible();
    await expect(page.getByText(ID.staff.newsCard)).toHaveCount(0);
    await expect(page).toHaveURL(/\/staff$/);
  });

  test('is sent to a same-origin page when an already signed-in login carries a foreign callbackUrl (S14)', async ({ page, baseURL }) => {
    for (const evil of EVIL) {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
      await expect(page).toHaveURL(/\/account$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
  });
});

test.describe('anonymous visitor', () => {
  for (const path of ['/staff', '/account', '/staff/profile']) {
    test(`opening ${path} goes to the login page with a callbackUrl`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('callbackUrl') === path);
      await expect(page.getByRole('heading', { name: ID.auth.login.title })).toBeVisible();
    });
  }

  test('lands on the callbackUrl after logging in', async ({ page }) => {
    await page.goto('/account/profile');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fprofile$/);
    await page.getByLabel(ID.auth.login.email).fill(DEMO.customer);
    await page.getByLabel(ID.auth.login.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: ID.auth.login.submit, exact: true }).click();
    await expect(page).toHaveURL(/\/account\/profile$/);
    await expect(page.getByRole('heading', { name: ID.auth.profile.title })).toBeVisible();
  });

  // Each login costs one try of the per-IP limit (20 per 15 min), so only two variants go through
  // the form; the signed-in redirect above covers the rest without logging in.
  for (const [evil, email] of [
    ['https://evil.test', DEMO.manager],
    ['//evil.test', DEMO.engineer],
  ] as const) {
    test(`login with callbackUrl=${evil} ends same-origin (S14)`, async ({ page, baseURL }) => {
      await login(page, email, DEMO_PASSWORD, { callbackUrl: evil });
      const url = new URL(page.url());
      expect(url.origin).toBe(new URL(baseURL!).origin);
      expect(url.pathname).toBe('/staff');
      await expect(page.getByRole('heading', { name: new RegExp(`^${lead(ID.staff.welcome)}`) })).toBeVisible();
    });
  }

  test('an unknown address shows the 404 page', async ({ page }) => {
    const res = await page.goto('/tidak-ada/halaman-ini');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: ID.errors.pageNotFoundTitle })).toBeVisible();
    await expect(page.getByRole('link', { name: ID.errors.backHome })).toHaveAttribute('href', '/');
  });
});
