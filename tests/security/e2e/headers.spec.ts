// S26: the security headers on public, member and staff pages, a fresh CSP nonce per request and an
// injected script without the nonce being blocked. S04: a signed-out request for a staff page never
// gets staff content, whatever internal-looking headers or RSC/prefetch variants it carries.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { ID, expect, lead, storageFor, test } from '../../../e2e/support';

function expectSecurityHeaders(res: APIResponse, where: string) {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp, `${where}: CSP`).toContain("default-src 'self'");
  expect(csp, `${where}: CSP`).toContain("object-src 'none'");
  expect(csp, `${where}: CSP`).toContain("base-uri 'none'");
  expect(csp, `${where}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${where}: CSP`).toMatch(/script-src [^;]*'self'/);
  expect(csp, `${where}: CSP must not allow eval`).not.toContain('unsafe-eval');
  expect(h['x-content-type-options'], `${where}: nosniff`).toBe('nosniff');
  expect(h['referrer-policy'], `${where}: Referrer-Policy`).toMatch(/^(strict-origin-when-cross-origin|no-referrer|same-origin|strict-origin)$/);
  expect(h['permissions-policy'] ?? '', `${where}: Permissions-Policy`).toMatch(/camera=\(\)/);
  expect(h['permissions-policy'] ?? '', `${where}: Permissions-Policy`).toMatch(/geolocation=\(\)/);
  expect(h['x-frame-options'], `${where}: X-Frame-Options`).toBe('DENY');
  expect(h['x-powered-by'], `${where}: X-Powered-By`).toBeUndefined();
}

const nonceOf = (res: APIResponse) => /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];

async function get(request: APIRequestContext, path: string) {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), `${path} status`).toBe(200);
  return res;
}

test.describe('S26 security headers', () => {
  test('public pages', async ({ request }) => {
    for (const path of ['/', '/login', '/register']) expectSecurityHeaders(await get(request, path), path);
    const notFound = await request.get('/tidak-ada', { maxRedirects: 0 });
    expect(notFound.status()).toBe(404);
    expectSecurityHeaders(notFound, '404 page');
  });

  // Pages with a password field (C14 auth routes, the internet sign-up included) run only scripts
  // carrying this response's nonce, and are never cached.
  test('auth pages carry a fresh nonce and no-store', async ({ request }) => {
    for (const path of ['/login', '/register', '/forgot-password', '/internet/daftar', '/internet/daftar?plan=rumah-20']) {
      const res = await get(request, path);
      expectSecurityHeaders(res, path);
      const nonce = nonceOf(res);
      expect(nonce, `${path} nonce`).toBeTruthy();
      expect(res.headers()['content-security-policy'], `${path} CSP`).toContain("'strict-dynamic'");
      expect(res.headers()['cache-control'], `${path} cache`).toContain('no-store');
      expect(await res.text(), `${path}: the page's scripts carry the header's nonce`).toContain(`nonce="${nonce}"`);
      expect(nonceOf(await get(request, path)), `${path}: a new nonce per request`).not.toBe(nonce);
    }
  });

  test.describe('member pages', () => {
    test.use({ storageState: storageFor('customer') });
    test('carry the headers, a nonce and no-store', async ({ request }) => {
      for (const path of ['/account', '/account/profile']) {
        const res = await get(request, path);
        expectSecurityHeaders(res, path);
        expect(nonceOf(res), `${path} nonce`).toBeTruthy();
        expect(res.headers()['cache-control']).toContain('no-store');
      }
    });
  });

  test.describe('staff pages', () => {
    test.use({ storageState: storageFor('admin') });

    test('carry the headers and a new nonce on every request', async ({ request }) => {
      const first = await get(request, '/staff');
      const second = await get(request, '/staff');
      expectSecurityHeaders(first, '/staff');
      expect(first.headers()['cache-control']).toContain('no-store');
      const [a, b] = [nonceOf(first), nonceOf(second)];
      expect(a).toBeTruthy();
      expect(b).toBeTruthy();
      expect(a).not.toBe(b);
      // The nonce in the header is the one the page's own scripts carry.
      expect(await first.text()).toContain(`nonce="${a}"`);
    });

    test('a script injected into the HTML without the nonce is blocked', async ({ page }) => {
      // Simulates stored HTML injection: the real response, with its real CSP header, plus markup an
      // attacker would need to run (parser-inserted script, wrong nonce, inline handler).
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.violatedDirective));
      });
      let csp = '';
      await page.route('**/staff', async (route) => {
        const response = await route.fetch();
        csp = response.headers()['content-security-policy'] ?? '';
        const injected =
          '<script>window.__xss = "inline"</script>' +
          '<script nonce="AAAAAAAAAAAAAAAAAAAAAA==">window.__xss = "wrong-nonce"</script>' +
          '<img src="/nope.png" alt="" onerror="window.__xss = \'handler\'">';
        await route.fulfill({ response, body: (await response.text()).replace('</body>', `${injected}</body>`) });
      });
      await page.goto('/staff');
      expect(csp).toContain("'nonce-");
      // The app's own (nonce-carrying) scripts still run: the page hydrates and stays usable.
      await expect(page.getByRole('heading', { name: new RegExp(`^${lead(ID.staff.welcome)}`) })).toBeVisible();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThanOrEqual(3);
      const { xss, violations } = await page.evaluate(() => {
        const w = window as unknown as { __xss?: string; __violations: string[] };
        return { xss: w.__xss ?? null, violations: w.__violations };
      });
      expect(xss).toBeNull();
      expect(violations.every((d) => d.startsWith('script-src'))).toBe(true);
    });
  });
});

// Only a rendered staff page links to these (catalog strings are no marker: every page ships the
// message catalog to the browser, staff labels included).
const STAFF_MARKERS = ['/staff/notifications', '/staff/password', '/staff/profile'];

test.describe('S04 signed-out requests never get staff content', () => {
  const variants: Array<{ name: string; path: string; headers?: Record<string, string> }> = [
    { name: 'x-middleware-subrequest proxy×5', path: '/staff', headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
    { name: 'x-middleware-subrequest middleware×5', path: '/staff', headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' } },
    { name: 'x-middleware-subrequest src/middleware×5', path: '/staff', headers: { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' } },
    { name: 'x-middleware-subrequest src/proxy×5', path: '/staff', headers: { 'x-middleware-subrequest': 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy' } },
    { name: 'RSC: 1', path: '/staff', headers: { RSC: '1' } },
    { name: 'RSC + Next-Router-Prefetch', path: '/staff', headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
    { name: 'segment prefetch', path: '/staff', headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' } },
    { name: '?_rsc=x', path: '/staff?_rsc=x' },
    { name: '?_rsc=x with RSC: 1', path: '/staff?_rsc=x', headers: { RSC: '1' } },
    { name: '.rsc suffix', path: '/staff.rsc', headers: { RSC: '1' } },
    { name: 'locale-prefixed path', path: '/id/staff' },
    { name: 'a forged session cookie', path: '/staff', headers: { cookie: 'authjs.session-token=forged' } },
    { name: 'a forged cookie with x-middleware-subrequest', path: '/staff', headers: { cookie: 'authjs.session-token=forged', 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
  ];

  for (const v of variants) {
    test(v.name, async ({ playwright, baseURL }) => {
      // A bare context: no stored cookies, no redirects followed.
      const request = await playwright.request.newContext({ baseURL });
      try {
        const res = await request.get(v.path, { headers: v.headers, maxRedirects: 0 });
        const body = await res.text();
        for (const marker of STAFF_MARKERS) expect(body, `${v.name}: body must not contain "${marker}"`).not.toContain(marker);
        const status = res.status();
        if (status >= 300 && status < 400) {
          expect(new URL(res.headers()['location'] ?? '', baseURL).pathname).toBe('/login');
        } else {
          expect([401, 403, 404], `${v.name}: status ${status}`).toContain(status);
        }
      } finally {
        await request.dispose();
      }
    });
  }
});
