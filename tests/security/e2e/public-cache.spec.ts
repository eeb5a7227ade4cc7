// S32 (C20): public pages are rendered once and served to everyone from Next's cache, so a signed-in
// visit must not leave anything of that visitor in them: a customer views the home page, the
// catalog, a product and the promotions (as pages and as RSC payloads, what client navigation and
// prefetch fetch), then a fresh anonymous browser views the same pages and finds neither the
// customer's name nor e-mail. Two customers on the same per-user lists each get only their own.
// Private pages (/account, /staff) are never storable by a shared cache.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { readMail } from '../../../e2e/mail';
import { DEMO, ID, contextAs, expect, lead, login, storageFor, test, uniqueEmail } from '../../../e2e/support';

const PRODUCT = '/products/router-mikrotik-hap-ax2-wi-fi-6';
const RSC = { RSC: '1' };
const PREFETCH = { RSC: '1', 'Next-Router-Prefetch': '1' };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectPrivate(res: { headers(): Record<string, string> }, where: string) {
  const cc = res.headers()['cache-control'] ?? '';
  expect(cc, `${where}: Cache-Control`).toContain('no-store');
  expect(cc, `${where}: Cache-Control`).toContain('private');
  expect(cc, `${where}: Cache-Control`).not.toMatch(/public|s-maxage/);
}

async function bodies(request: APIRequestContext, path: string): Promise<Array<{ as: string; res: APIResponse; body: string }>> {
  const out = [];
  for (const [as, headers] of [['html', { accept: 'text/html' }], ['rsc', RSC], ['prefetch', PREFETCH]] as const) {
    const res = await request.get(path, { headers });
    out.push({ as, res, body: await res.text() });
  }
  return out;
}

test.describe.configure({ timeout: 180_000 });

test('S32 a signed-in customer leaves no trace in the public pages an anonymous visitor then gets', async ({ browser }, testInfo) => {
  const customer = await contextAs(browser, 'customer', testInfo);
  const anonymous = await contextAs(browser, null, testInfo);
  try {
    const page = await customer.newPage();
    const email = DEMO.customer;
    const name = await test.step('the customer is signed in and /account shows who they are', async () => {
      const res = await page.goto('/account');
      expect(res?.status()).toBe(200);
      const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^${escapeRegExp(lead(ID.account.welcome))}`) });
      const text = ((await heading.textContent()) ?? '').replace(lead(ID.account.welcome), '').trim();
      expect(text.length, 'the customer name from the greeting').toBeGreaterThanOrEqual(3);
      // Positive control: the detector finds both in this customer's own (private) page.
      const html = await res!.text();
      expect(html).toContain(text);
      expect(html).toContain(email);
      expectPrivate(res!, '/account');
      return text;
    });
    const personal = [
      ['name', new RegExp(escapeRegExp(name), 'i')],
      ['e-mail', new RegExp(escapeRegExp(email), 'i')],
    ] as const;

    // One promotion's own page too, found on the list as the customer sees it.
    await page.goto('/promos');
    const promoHref = await page.locator('main a[href^="/promos/"]').first().getAttribute('href');
    expect(promoHref, 'a published promotion on /promos').toMatch(/^\/promos\/[a-z0-9-]+$/);
    // And a product picked at random from the catalog: product pages render on their first visit, so
    // this one is likely rendered now, under the customer's session, and cached from then on.
    await page.goto('/catalog/perangkat-jaringan');
    const products = await page.locator('main a[href^="/products/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const others = [...new Set(products)].filter((p) => p !== PRODUCT);
    expect(others.length, 'products listed in a category').toBeGreaterThan(0);
    const fresh = others[Math.floor(Math.random() * others.length)];
    const publicPages = ['/', '/catalog', PRODUCT, fresh, '/promos', promoHref!];

    await test.step('the customer views the public pages (page, RSC and prefetch)', async () => {
      for (const path of publicPages) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        for (const { as, res: r, body } of await bodies(customer.request, path)) {
          expect(r.status(), `${path} (${as}) as the customer`).toBe(200);
          // Whatever carries this customer must not be storable by a shared cache.
          if (personal.some(([, re]) => re.test(body))) expectPrivate(r, `${path} (${as}) personalised for the customer`);
        }
      }
    });

    await test.step('a fresh anonymous browser gets the same pages without the customer', async () => {
      const anon = await anonymous.newPage();
      for (const path of publicPages) {
        const res = await anon.goto(path);
        expect(res?.status(), path).toBe(200);
        const served = await res!.text();
        const rendered = await anon.content();
        expect(rendered.length, `${path} rendered`).toBeGreaterThan(1000);
        for (const [what, re] of personal) {
          expect(served, `${path}: the customer's ${what} in the anonymous HTML`).not.toMatch(re);
          expect(rendered, `${path}: the customer's ${what} in the anonymous page`).not.toMatch(re);
        }
        for (const { as, res: r, body } of await bodies(anonymous.request, path)) {
          expect(r.status(), `${path} (${as}) anonymous`).toBe(200);
          for (const [what, re] of personal) expect(body, `${path} (${as}): the customer's ${what} served anonymously`).not.toMatch(re);
        }
      }
    });
  } finally {
    await customer.close();
    await anonymous.close();
  }
});

test.describe('S32 private pages are private, no-store', () => {
  for (const [role, paths] of [
    ['customer', ['/account', '/account/profile', '/account/tickets', '/account/applications', '/account/subscriptions', '/account/notifications', '/account/password']],
    ['admin', ['/staff', '/staff/customers', '/staff/tickets', '/staff/isp/applications', '/staff/users', '/staff/outbox', '/staff/profile']],
  ] as const) {
    test(`as ${role}: HTML, RSC and prefetch`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL, storageState: storageFor(role) });
      try {
        for (const path of paths) {
          for (const { as, res } of await bodies(request, path)) {
            expect(res.status(), `${path} (${as})`).toBe(200);
            expect(new URL(res.url()).pathname, `${path} (${as}) was not redirected`).toBe(path);
            expectPrivate(res, `${path} (${as})`);
          }
        }
      } finally {
        await request.dispose();
      }
    });
  }
});

// Two customers on the same per-user lists, one right after the other: the second never gets the
// first one's rows, from HTML or RSC (nothing per user is cached across users).
test('S32 two customers on the same lists each get only their own', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const b = { email: uniqueEmail('s32b'), name: `Bayu Kusuma ${Date.now().toString(36).replace(/\d/g, (d) => 'qwrtypsdfg'[Number(d)])}`, password: 'Nasi-Liwet#2026' };
  const a = await contextAs(browser, 'customer', testInfo);
  const other = await contextAs(browser, null, testInfo);
  const admin = await contextAs(browser, 'admin', testInfo);
  try {
    await test.step('customer B registers and verifies the address', async () => {
      const page = await other.newPage();
      await page.goto('/register');
      await page.getByLabel(ID.auth.register.name, { exact: true }).fill(b.name);
      await page.getByLabel(ID.auth.register.email, { exact: true }).fill(b.email);
      await page.getByLabel(ID.auth.register.phone).fill('0812 7777 3232');
      await page.getByLabel(ID.auth.register.password, { exact: true }).fill(b.password);
      await page.getByLabel(ID.auth.register.confirmPassword, { exact: true }).fill(b.password);
      await page.getByRole('button', { name: ID.auth.register.submit, exact: true }).click();
      await expect(page.getByText(ID.auth.register.doneTitle)).toBeVisible();
      const mail = await readMail(await admin.newPage(), { to: b.email, template: 'verify-email', linkPath: '/verify-email' });
      await page.goto(mail.link);
      await page.getByRole('button', { name: ID.auth.verify.submit }).click();
      await expect(page.getByText(ID.auth.verify.done.replace('{email}', b.email))).toBeVisible();
      await login(page, b.email, b.password);
      await expect(page).toHaveURL(/\/account$/);
    });

    const lists = ['/account', '/account/tickets', '/account/applications', '/account/subscriptions', '/account/notifications', '/account/promos', '/account/profile'];
    const aData: string[] = [DEMO.customer];
    await test.step('customer A views the lists, which carry A’s data', async () => {
      const home = await a.request.get('/account');
      const html = await home.text();
      expect(html).toContain(DEMO.customer);
      // A's own ticket and application numbers, as their lists show them.
      for (const path of ['/account/tickets', '/account/applications']) {
        const body = await (await a.request.get(path)).text();
        const numbers = [...new Set(body.match(/\b(TKT|REG)-\d{4}-\d+\b/g) ?? [])];
        expect(numbers.length, `${path}: A has rows (demo data)`).toBeGreaterThan(0);
        aData.push(...numbers);
      }
      for (const path of lists) for (const { as, res } of await bodies(a.request, path)) expect(res.status(), `${path} (${as}) as A`).toBe(200);
    });

    await test.step('customer B then views the same lists and gets none of it', async () => {
      const own = await (await other.request.get('/account')).text();
      expect(own, 'B sees B’s own address').toContain(b.email);
      for (const path of lists) {
        for (const { as, res, body } of await bodies(other.request, path)) {
          expect(res.status(), `${path} (${as}) as B`).toBe(200);
          expectPrivate(res, `${path} (${as}) as B`);
          for (const value of aData) expect(body, `${path} (${as}): A's ${value} served to B`).not.toContain(value);
        }
      }
    });
  } finally {
    for (const c of [a, other, admin]) await c.close();
  }
});
