// The promotions, news and static pages render in Bahasa Indonesia and in English, and a segment
// promotion is not public.
import { EN, ID, expect, test } from './support';

for (const [locale, M] of [['id', ID], ['en', EN]] as const) {
  test(`promotions, news and pages render in ${locale}`, async ({ page, context, baseURL }) => {
    // The visitor's language choice (the header's switch sets this cookie) holds while they click around.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
    const q = `?hl=${locale}`;
    await page.goto(`/promos${q}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: M.promos.public.title })).toBeVisible();
    await page.getByRole('link', { name: 'Diskon 15% Router Wi-Fi 6' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Diskon 15% Router Wi-Fi 6' })).toBeVisible();
    await expect(page.getByRole('heading', { name: M.promos.public.terms })).toBeVisible();
    await expect(page.getByText('WIFI6HEMAT').first()).toBeVisible();

    await page.goto(`/news${q}`);
    await expect(page.getByRole('heading', { level: 1, name: M.articles.public.title })).toBeVisible();
    await page.getByRole('link', { name: '5 Tips Agar Wi-Fi Kantor Tetap Stabil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '5 Tips Agar Wi-Fi Kantor Tetap Stabil' })).toBeVisible();

    for (const slug of ['cara-membeli', 'cara-membayar', 'syarat-ketentuan', 'kebijakan-privasi', 'faq']) {
      const res = await page.goto(`/pages/${slug}${q}`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }

    const hidden = await page.goto(`/promos/upgrade-gratis-pelanggan-semarang${q}`);
    expect(hidden?.status()).toBe(404);
  });
}
