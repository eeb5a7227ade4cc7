// A visitor's way through the public catalog (issue #5): home → a category → a search with a typo →
// a product page with its price, specs and structured data; and the same pages in English.
import { EN, ID, expect, test } from './support';

test('home → category → search with a typo → product', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: ID.site.home.featuredProducts })).toBeVisible();

  // A category from the home page, then a subcategory.
  await page.getByRole('link', { name: /Perangkat Jaringan/ }).first().click();
  await expect(page).toHaveURL(/\/catalog\/perangkat-jaringan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Perangkat Jaringan' })).toBeVisible();
  await page.getByRole('list', { name: ID.catalog.public.subcategories }).getByRole('link', { name: /Router/ }).click();
  await expect(page).toHaveURL(/\/catalog\/router$/);

  // "routr" is a typo; the search still finds the routers.
  const search = page.getByRole('search', { name: ID.catalog.public.searchLabel }).first();
  await search.getByRole('searchbox').fill('routr');
  await search.getByRole('button', { name: ID.catalog.public.searchButton }).click();
  await expect(page).toHaveURL(/\/catalog\/search\?q=routr&category=router$/);
  const results = page.locator('section[aria-labelledby="results-heading"]');
  await expect(results.getByRole('link', { name: 'Router MikroTik hAP ax² Wi-Fi 6' })).toBeVisible();
  await expect(results.getByRole('link', { name: /Kabel/ })).toHaveCount(0);

  await results.getByRole('link', { name: 'Router MikroTik hAP ax² Wi-Fi 6' }).click();
  await expect(page).toHaveURL(/\/products\/router-mikrotik-hap-ax2-wi-fi-6$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Router MikroTik hAP ax² Wi-Fi 6' })).toBeVisible();
  await expect(page.getByText('Rp 1.350.000', { exact: true }).first()).toBeVisible();
  await expect(page.locator('main del').first()).toHaveText('Rp 1.499.000');
  await expect(page.getByRole('table', { name: /Spesifikasi/ }).getByRole('rowheader', { name: 'Port' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Router MikroTik hAP ax² Wi-Fi 6' }).first()).toBeVisible();

  // Search engines: JSON-LD Product with the price in IDR, canonical and hreflang links.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'Product', name: 'Router MikroTik hAP ax² Wi-Fi 6', offers: { priceCurrency: 'IDR', price: '1350000' } });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/products\/router-mikrotik-hap-ax2-wi-fi-6$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/products\/router-mikrotik-hap-ax2-wi-fi-6\?hl=en$/);
  expect(errors).toEqual([]);
});

test('the catalog renders in English with ?hl=en, and in Indonesian again without it', async ({ page }) => {
  await page.goto('/catalog?hl=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: EN.catalog.public.title })).toBeVisible();
  await page.goto('/products/ups-apc-back-ups-bx650li-ms-650-va?hl=en');
  await expect(page.getByRole('heading', { level: 2, name: EN.catalog.item.specs })).toBeVisible();
  await page.goto('/catalog');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1, name: ID.catalog.public.title })).toBeVisible();
});
