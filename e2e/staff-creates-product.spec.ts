// Staff add a product with photos in /staff/catalog and visitors see it at once, without a rebuild
// (issue #5: the save revalidates the catalog tags of the static pages).
import sharp from 'sharp';
import { ID, contextAs, expect, storageFor, test } from './support';

test.use({ storageState: storageFor('helpdesk') });

test('helpdesk creates a product with two photos; it shows on the catalog, its category and its page', async ({ page, browser }, testInfo) => {
  const tag = Date.now().toString(36);
  const name = `Router Uji Otomatis ${tag}`;
  const t = ID.catalog.staff;

  // The visitor's copy of the category page is cached before the product exists.
  const visitor = await contextAs(browser, null, testInfo);
  const v = await visitor.newPage();
  await v.goto('/catalog/router');
  await expect(v.getByRole('link', { name })).toHaveCount(0);

  await page.goto('/staff/catalog');
  await page.getByRole('link', { name: t.newItem }).click();
  await expect(page).toHaveURL(/\/staff\/catalog\/new$/);
  // React re-applies a <select>'s default while hydrating: fill the form once the page is interactive.
  await page.waitForLoadState('networkidle');
  await page.getByLabel(t.category, { exact: true }).selectOption({ label: '— Router' });
  await page.getByLabel(t.name, { exact: true }).fill(name);
  await page.getByLabel(t.sku, { exact: true }).fill(`e2e-${tag}`);
  await page.getByLabel(t.price, { exact: true }).fill('1.250.000');
  await page.getByLabel(new RegExp(`^${t.compareAtPrice}`)).fill('1.400.000');
  await page.getByLabel(new RegExp(`^${t.stock}`)).fill('7');
  await page.getByLabel(new RegExp(`^${t.description}`)).fill('Router uji untuk pengujian otomatis.\n\nParagraf kedua.');
  await page.getByLabel(t.specKeyN.replace('{n}', '1')).fill('Port');
  await page.getByLabel(t.specValueN.replace('{n}', '1')).fill('4 × Gigabit');
  await page.getByRole('button', { name: t.createAndAddImages }).click();
  await expect(page).toHaveURL(/\/staff\/catalog\/[0-9a-f-]{36}\?created=1$/);

  // Two generated photos; the second is made the main one.
  const photo = async (color: string) => sharp({ create: { width: 900, height: 900, channels: 3, background: color } }).jpeg().toBuffer();
  await page.getByLabel(t.uploadImages).setInputFiles([
    { name: 'depan.jpg', mimeType: 'image/jpeg', buffer: await photo('#0f766e') },
    { name: 'belakang.jpg', mimeType: 'image/jpeg', buffer: await photo('#be123c') },
  ]);
  await expect(page.getByText('2 foto ditambahkan.')).toBeVisible();
  // The back view gets its alt text, then becomes the main photo.
  await page.getByLabel(t.altText).nth(1).fill(`${name} tampak belakang`);
  await page.getByRole('button', { name: ID.common.save }).nth(2).click();
  await expect(page.getByText(t.altSaved)).toBeVisible();
  await page.getByRole('button', { name: t.moveEarlierN.replace('{n}', '2') }).click();
  await expect(page.getByText(t.reordered)).toBeVisible();
  await expect(page.getByLabel(t.altText).first()).toHaveValue(`${name} tampak belakang`);

  // Public: the category page (cached before) now lists it; the product page shows price and photos.
  await v.goto('/catalog/router');
  await expect(v.getByRole('link', { name })).toBeVisible();
  await v.getByRole('link', { name }).click();
  await expect(v.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(v.getByText('Rp 1.250.000', { exact: true }).first()).toBeVisible();
  await expect(v.getByRole('img', { name: `${name} tampak belakang` })).toBeVisible();
  await expect(v.getByRole('button', { name: ID.catalog.item.showImage.replace('{n}', '2').replace('{total}', '2') })).toBeVisible();
  const src = await v.getByRole('img', { name: `${name} tampak belakang` }).getAttribute('src');
  expect(src).toMatch(/^\/media\/public\/[0-9a-f-]{36}-\d+\.webp$/);
  const res = await v.request.get(src!);
  expect(res.headers()['content-type']).toBe('image/webp');
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // The search finds it too.
  await v.goto(`/catalog/search?q=${encodeURIComponent(`uji otomatis ${tag}`)}`);
  await expect(v.getByRole('link', { name })).toBeVisible();
  await visitor.close();
});
