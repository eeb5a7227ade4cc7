// S30 (C19, C20): every page each role can reach from its navigation, fetched as HTML and as an RSC
// payload (`RSC: 1`, what a client navigation or prefetch gets), carries no password hash, no token
// hash column, not the AUTH_SECRET, and none of another customer's personal data.
//
// The "other customer" is a canary made here through the public internet sign-up: an account with a
// unique e-mail, name and NIK and an ISP application. Roles that may not read it (anonymous visitors,
// the demo customer, the technician and the service point, who hold neither customer.read nor
// signup.review) must never see its e-mail, name or NIK; the manager reads customers but not
// applications, so never its full NIK. Admin is the positive control: the same detector has to find the
// canary on the admin's pages, in HTML and in RSC, or the crawl proves nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Browser, TestInfo } from '@playwright/test';
import { DEMO, ID, clientIpFor, contextAs, expect, lead, storageFor, test, uniqueEmail, type DemoRole } from '../../../e2e/support';

const MAX_PAGES = 60; // per role
const MAX_PER_SHAPE = 2; // /staff/tickets/<id>: two tickets say as much as two hundred
const PRIVATE = /^\/(account|staff|print)(\/|$)/;
// Downloads, logout and whatever is not a page.
const SKIP = /^\/(api|_next|files|media)\/|\/(logout|export|csv)(\/|$)|\.(csv|pdf|png|jpe?g|webp|svg|ico|txt|xml|json|js|css)$/i;

type Role = DemoRole | 'anonymous';
type Canary = { email: string; name: string; nik: string; number: string };
type Finding = { url: string; as: 'html' | 'rsc'; what: string };

/** The app's AUTH_SECRET: scripts/e2e.mjs passes the data folder, where prepare.ts keeps it. */
function authSecret(): string {
  const dir = process.env.E2E_DATA_DIR;
  expect(dir, 'E2E_DATA_DIR (set by scripts/e2e.mjs) names the data folder holding auth-secret').toBeTruthy();
  const secret = readFileSync(path.join(dir!, 'auth-secret'), 'utf8').trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  return secret;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What no response may ever carry, for anyone. */
function alwaysForbidden(secret: string): Array<[string, RegExp]> {
  return [
    ['an argon2 hash', /\$argon2(id|i|d)?\$/],
    ['a bcrypt hash', /\$2[aby]\$\d\d\$/],
    ['token_hash', /token_hash/i],
    ['tokenHash', /tokenHash/i],
    ['the AUTH_SECRET', new RegExp(escapeRegExp(secret))],
  ];
}

/** The canary's data a role may not see. */
function canaryForbidden(role: Role, c: Canary): Array<[string, RegExp]> {
  const email: [string, RegExp] = ['the canary e-mail', new RegExp(escapeRegExp(c.email), 'i')];
  const name: [string, RegExp] = ['the canary name', new RegExp(escapeRegExp(c.name))];
  const nik: [string, RegExp] = ['the canary NIK', new RegExp(c.nik)];
  switch (role) {
    case 'anonymous':
    case 'customer':
    case 'engineer':
    case 'service_point':
      return [email, name, nik];
    case 'manager':
      return [nik];
    default:
      return [];
  }
}

function scan(body: string, url: string, as: 'html' | 'rsc', patterns: Array<[string, RegExp]>): Finding[] {
  return patterns.filter(([, re]) => re.test(body)).map(([what]) => ({ url, as, what }));
}

/** Same-origin page links of an HTML page: `<a href>` without `download`, no fragment, no `hl`. */
function pageLinks(html: string, base: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*>/gi)) {
    const tag = m[0];
    if (/\sdownload(\s|=|>)/i.test(tag)) continue;
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1];
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href.replace(/&amp;/g, '&'), base);
    } catch {
      continue;
    }
    if (url.origin !== new URL(base).origin || SKIP.test(url.pathname)) continue;
    url.hash = '';
    url.searchParams.delete('hl');
    out.push(url.pathname + url.search);
  }
  return out;
}

/** A route's shape: ids, numbers and codes in the path become ':id'. */
const shapeOf = (p: string) =>
  p
    .split('?')[0]
    .split('/')
    .map((seg) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(seg) || /\d/.test(seg) ? ':id' : seg))
    .join('/');

type Crawl = { pages: string[]; statuses: Record<string, number>; rscPages: number; notRsc: string[]; findings: Finding[]; found: Finding[]; cacheProblems: string[] };

/**
 * Breadth-first from the role's home: links under /staff or /account first, then the public site
 * (staff also see it). Each page is fetched twice, as HTML and as RSC, and both bodies are scanned.
 */
async function crawl(request: APIRequestContext, baseURL: string, start: string[], searches: string[], forbidden: Array<[string, RegExp]>, watch: Array<[string, RegExp]> = []): Promise<Crawl> {
  const area: string[] = [];
  const site: string[] = [];
  const seen = new Set<string>();
  const perShape = new Map<string, number>();
  const result: Crawl = { pages: [], statuses: {}, rscPages: 0, notRsc: [], findings: [], found: [], cacheProblems: [] };
  const enqueue = (p: string, forced = false) => {
    if (seen.has(p)) return;
    const shape = shapeOf(p);
    if (!forced && (perShape.get(shape) ?? 0) >= MAX_PER_SHAPE) return;
    seen.add(p);
    perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
    (PRIVATE.test(p) ? area : site).push(p);
  };
  for (const p of [...start, ...searches]) enqueue(p, true);

  while (result.pages.length < MAX_PAGES) {
    const next = area.shift() ?? site.shift();
    if (!next) break;
    result.pages.push(next);

    const html = await request.get(next, { headers: { accept: 'text/html' } });
    const finalUrl = html.url();
    expect(new URL(finalUrl).origin, `${next} stays on this site`).toBe(new URL(baseURL).origin);
    result.statuses[next] = html.status();
    const htmlBody = await html.text();
    result.findings.push(...scan(htmlBody, next, 'html', forbidden));
    result.found.push(...scan(htmlBody, next, 'html', watch));
    checkCache(html, next, 'html', result);
    if ((html.headers()['content-type'] ?? '').includes('text/html')) {
      // The rows a search answers are followed whatever their shape's count.
      for (const link of pageLinks(htmlBody, finalUrl)) enqueue(link, searches.includes(next));
    }

    const rsc = await request.get(next, { headers: { RSC: '1' } });
    const rscBody = await rsc.text();
    result.findings.push(...scan(rscBody, next, 'rsc', forbidden));
    result.found.push(...scan(rscBody, next, 'rsc', watch));
    if (rsc.status() >= 500) result.statuses[`${next} (RSC)`] = rsc.status();
    // The RSC half must really be the Flight payload, not the HTML again.
    if ((rsc.headers()['content-type'] ?? '').startsWith('text/x-component')) result.rscPages++;
    else if (html.status() === 200) result.notRsc.push(`${next}: ${rsc.status()} ${rsc.headers()['content-type']}`);
    checkCache(rsc, next, 'rsc', result);
  }
  return result;
}

/** C20: a page under /account or /staff is never stored by a shared cache (S32's second half). */
function checkCache(res: APIResponse, page: string, as: string, result: Crawl) {
  const path = new URL(res.url()).pathname;
  if (!PRIVATE.test(path) || res.status() !== 200) return;
  const cc = res.headers()['cache-control'] ?? '';
  if (!/no-store/.test(cc) || !/private/.test(cc) || /public|s-maxage/.test(cc)) result.cacheProblems.push(`${page} (${as}): Cache-Control "${cc}"`);
}

/** "YYYY-MM-DD" of the n-th weekday after today in Jakarta. */
function weekdayAhead(n: number, from = new Date()): string {
  const d = new Date(`${from.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' })}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The canary customer, through the public internet sign-up (no application code, like every journey):
 * Tembalang, Kota Semarang is covered, so its NIK starts 33 74 10.
 */
async function makeCanary(browser: Browser, testInfo: TestInfo): Promise<Canary> {
  const S = ID.isp.signup;
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const letters = stamp.replace(/\d/g, (d) => 'qwrtypsdfg'[Number(d)]);
  const rnd = (n: number) => Math.floor(Math.random() * n);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const canary: Canary = {
    email: uniqueEmail('kenari'),
    name: `Kenari ${letters.charAt(0).toUpperCase()}${letters.slice(1, 9)}`,
    nik: `337410${pad(1 + rnd(28))}${pad(1 + rnd(12))}${pad(70 + rnd(25))}${pad(1 + rnd(9_998), 4)}`,
    number: '',
  };
  const context = await contextAs(browser, null, testInfo);
  try {
    const page = await context.newPage();
    await page.goto('/internet/daftar?plan=rumah-50&village=33.74.10.1001');
    await expect(page.getByRole('heading', { level: 1, name: S.title })).toBeVisible();
    await page.getByLabel(S.fullName, { exact: true }).fill(canary.name);
    await page.getByLabel(S.nik, { exact: true }).fill(canary.nik);
    await page.getByLabel(S.phone, { exact: true }).fill(`0812 ${1000 + rnd(9000)} ${1000 + rnd(9000)}`);
    await page.getByLabel(S.addressLine, { exact: true }).fill(`Jl. Kenari No. ${1 + rnd(90)}, RT 01/RW 03`);
    await page.getByLabel(S.consent).check();
    await page.getByLabel(S.email, { exact: true }).fill(canary.email);
    await page.getByLabel(S.password, { exact: true }).fill('Kenari-Kuning#2026');
    await page.getByLabel(S.confirmPassword, { exact: true }).fill('Kenari-Kuning#2026');
    const done = page.getByText(new RegExp(`^${lead(S.doneTitle)} REG-\\d{4}-\\d+`));
    // A weekday two weeks ahead; on a public holiday the form says so, then the next weekday.
    let day = weekdayAhead(10);
    for (let attempt = 0; ; attempt++) {
      await page.getByLabel(S.preferredDate, { exact: true }).fill(day);
      await page.getByRole('button', { name: S.submit, exact: true }).click();
      await expect(done.or(page.getByText(S.errors.dateNotWorking))).toBeVisible({ timeout: 20_000 });
      if (await done.isVisible()) break;
      expect(attempt, 'a working day within a week').toBeLessThan(5);
      day = weekdayAhead(1, new Date(`${day}T05:00:00Z`));
    }
    canary.number = /REG-\d{4}-\d+/.exec((await done.textContent()) ?? '')![0];
    return canary;
  } finally {
    await context.close();
  }
}

const HOME: Record<Role, string> = {
  anonymous: '/',
  customer: '/account',
  admin: '/staff',
  manager: '/staff',
  helpdesk: '/staff',
  service_point: '/staff',
  engineer: '/staff',
};

// Seven crawls of up to 60 pages, twice each, against a production build on a busy 2-core runner.
test.describe.configure({ timeout: 420_000 });

test.describe('S30 no secrets or other customers’ data in any page, as HTML or RSC', () => {
  let canary: Canary;
  let secret: string;

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    secret = authSecret();
    canary = await makeCanary(browser, testInfo);
  });

  for (const role of ['anonymous', 'customer', 'engineer', 'service_point', 'manager', 'helpdesk', 'admin'] as const) {
    test(`S30 crawl as ${role}`, async ({ playwright, baseURL }, testInfo) => {
      const request = await playwright.request.newContext({
        baseURL,
        ...(role === 'anonymous' ? {} : { storageState: storageFor(role) }),
        extraHTTPHeaders: { 'x-forwarded-for': clientIpFor(testInfo, role) },
      });
      try {
        // Staff also start from the two lists a search for the canary gives (a form on a nav page):
        // the queue and customer list answer with its rows when the role may see them, else 403.
        const start = role === 'customer' ? [HOME[role], '/'] : [HOME[role]];
        const searches = HOME[role] === '/staff' ? [`/staff/customers?q=${encodeURIComponent(canary.email)}`, `/staff/isp/applications?q=${canary.number}`] : [];
        const forbidden = [...alwaysForbidden(secret), ...canaryForbidden(role, canary)];
        const watch: Array<[string, RegExp]> = [
          ['the canary NIK', new RegExp(canary.nik)],
          ['the canary e-mail', new RegExp(escapeRegExp(canary.email), 'i')],
        ];
        const result = await crawl(request, baseURL!, start, searches, forbidden, watch);

        const not200 = Object.entries(result.statuses).filter(([, s]) => s !== 200).map(([p, s]) => `${p} → ${s}`);
        testInfo.annotations.push({ type: 'pages', description: `${result.pages.length} pages, ${result.rscPages} RSC payloads; not 200: ${not200.join(', ') || 'none'}; ${result.pages.join(' ')}` });
        // Every role has a navigation worth the name; a crawl stuck on a login page proves nothing.
        expect(result.pages.length, `${role}: pages crawled`).toBeGreaterThanOrEqual(role === 'anonymous' ? 10 : 8);
        if (role !== 'anonymous') {
          const home = HOME[role];
          expect(result.statuses[home], `${role}: ${home} answers 200 (signed in)`).toBe(200);
          expect(result.pages.filter((p) => PRIVATE.test(p)).length, `${role}: pages of its own area`).toBeGreaterThanOrEqual(role === 'customer' ? 5 : 6);
        }
        expect(result.notRsc, `${role}: RSC requests answered with a Flight payload`).toEqual([]);
        expect(result.findings, `${role}: forbidden content`).toEqual([]);
        expect(result.cacheProblems, `${role}: private pages must be private, no-store`).toEqual([]);
        const errors = Object.entries(result.statuses).filter(([, s]) => s >= 500);
        expect(errors, `${role}: server errors`).toEqual([]);

        if (role === 'admin') {
          // The positive control: the canary is on the admin's pages, and the detector sees it in both forms.
          const seenAs = new Set(result.found.filter((f) => f.what === 'the canary NIK').map((f) => f.as));
          expect([...seenAs].sort(), 'admin: the canary NIK found in HTML and RSC').toEqual(['html', 'rsc']);
        }
      } finally {
        await request.dispose();
      }
    });
  }

  test('S30 the canary is a real account of another customer', async ({ playwright, baseURL }, testInfo) => {
    // The demo customer is not the canary, so the customer crawl above was about another customer's data.
    expect(canary.email).not.toBe(DEMO.customer);
    const request = await playwright.request.newContext({ baseURL, storageState: storageFor('helpdesk'), extraHTTPHeaders: { 'x-forwarded-for': clientIpFor(testInfo) } });
    try {
      const res = await request.get(`/staff/isp/applications?q=${canary.number}`);
      expect(res.status()).toBe(200);
      const body = await res.text();
      expect(body).toContain(canary.number);
      expect(body).toContain(canary.name);
    } finally {
      await request.dispose();
    }
  });
});
