// Shared bits of the journeys: the UI labels (from the Indonesian catalog, the default language),
// the demo accounts, logging in through the form and reading mail through the admin outbox pages.
// Nothing here imports application code; the app is driven only through the browser.
import { createHash } from 'node:crypto';
import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import id from '../messages/id.json' with { type: 'json' };
import en from '../messages/en.json' with { type: 'json' };

export const ID = id;
export const EN = en;

export const DEMO_PASSWORD = 'Relasi#2026';
export const DEMO = {
  admin: 'admin@relasi.test',
  manager: 'manager@relasi.test',
  helpdesk: 'helpdesk@relasi.test',
  service_point: 'servicepoint@relasi.test',
  engineer: 'engineer@relasi.test',
  customer: 'customer@relasi.test',
} as const;
export type DemoRole = keyof typeof DEMO;

/**
 * Every test (and each retry) is its own client address. scripts/e2e.mjs runs the app with
 * TRUST_PROXY_HOPS=1, as behind a reverse proxy, so the per-IP login limit (20 per 15 min) counts
 * each test separately instead of the whole suite as one visitor from 127.0.0.1.
 */
export function clientIpFor(testInfo: Pick<TestInfo, 'testId' | 'retry'>, salt = ''): string {
  const h = createHash('sha256').update(`${testInfo.testId}|${testInfo.retry}|${salt}`).digest();
  return `10.${h[0]}.${h[1]}.${(h[2] % 254) + 1}`;
}

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    await provide({ ...extraHTTPHeaders, 'x-forwarded-for': clientIpFor(testInfo) });
  },
});
export { expect };

/** The fixed text before the first placeholder of a catalog message ("Halo, {name}" → "Halo,"). */
export const lead = (message: string) => message.split('{')[0].trim();

/** Where auth.setup.ts keeps each role's signed-in browser state. */
export const storageFor = (role: DemoRole) => `e2e/.auth/${role}.json`;

/** A second browser for another actor in the same test: signed in as a demo role, or anonymous (null). */
export async function contextAs(browser: Browser, role: DemoRole | null, testInfo: TestInfo): Promise<BrowserContext> {
  return browser.newContext({
    ...(role ? { storageState: storageFor(role) } : {}),
    extraHTTPHeaders: { 'x-forwarded-for': clientIpFor(testInfo, role ?? 'anonymous') },
  });
}

/** A unique address per run and test, so reruns against one database never collide. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.relasi.test`;
}

/** Fills the login form and submits it; the caller asserts where that leads. */
export async function submitLogin(page: Page, email: string, password: string, opts: { callbackUrl?: string } = {}) {
  const url = opts.callbackUrl === undefined ? '/login' : `/login?callbackUrl=${encodeURIComponent(opts.callbackUrl)}`;
  await page.goto(url);
  await page.getByLabel(ID.auth.login.email).fill(email);
  await page.getByLabel(ID.auth.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: ID.auth.login.submit, exact: true }).click();
}

/** Logs in and waits until the browser has left the login page. */
export async function login(page: Page, email: string, password: string, opts: { callbackUrl?: string } = {}) {
  await submitLogin(page, email, password, opts);
  await expect(page).not.toHaveURL(/\/login(\?|$)/, { timeout: 20_000 });
}

