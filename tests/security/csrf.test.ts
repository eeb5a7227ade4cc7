// S17 / C13 in Vitest form: every server action and every mutating route handler refuses a request
// whose Origin is foreign, `null` or missing — from a caller the action would otherwise serve — and
// leaves the database as it was; the GET side of mailed links (verify, reset, invite, rating) consumes
// nothing. The browser half (a second-origin page posting to the app) belongs to tests/security/e2e.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-csrf-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { count } from 'drizzle-orm';
import { db } from '@/db/client';
import { media, uploads } from '@/db/schema';
import { POST as postUpload } from '@/app/api/uploads/route';
import { POST as postMedia } from '@/app/api/media/route';
import id from '@/messages/id.json';
import { createUser, type TestUser } from '../helpers/factories';
import { randomIp, runAs, TEST_APP_ORIGIN } from '../helpers/session';
import { AUTHZ_MATRIX, type Caller } from './authz-matrix';
import { dbFingerprint } from './helpers/db';

type ActionFn = (input: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>;

const ROOT = path.resolve(__dirname, '../..');
const FOREIGN_ORIGINS: (string | null)[] = ['https://evil.test', 'null', null, 'http://localhost:3000.evil.test', 'https://localhost:3000'];

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

/** Signed-in callers first: a refusal must come from the Origin check, not from being anonymous. */
function bestCaller(allow: readonly Caller[]): Caller {
  return allow.find((c) => c !== 'anon') ?? allow[0];
}

const rows = Object.entries(AUTHZ_MATRIX).flatMap(([file, actions]) =>
  Object.entries(actions).map(([name, row]) => ({ file, name, row, caller: bestCaller(row.allow) })),
);

describe('S17 server actions refuse a foreign, null or missing Origin', () => {
  it('covers every action in the S01 matrix (which authz.test.ts keeps complete)', () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows.map((r) => [`${r.file}#${r.name}`, r.caller, r] as const))('S17 %s as %s', async (_id, caller, { file, name, row }) => {
    const action = ((await import(path.join(ROOT, file))) as Record<string, ActionFn>)[name];
    const me: TestUser | null = caller === 'anon' ? null : await createUser(caller);
    // The same payload with our Origin succeeds in S01 (authz.test.ts); here only the Origin differs.
    const input = await row.input(me);
    const before = await dbFingerprint();
    for (const origin of FOREIGN_ORIGINS) {
      const result = await runAs(me, () => action(input), { ip: randomIp(), headers: { origin } });
      expect(result, `Origin ${origin}: ${JSON.stringify(result)}`).toEqual({ ok: false, code: 'FORBIDDEN', message: id.errors.badOrigin });
    }
    expect(await dbFingerprint()).toBe(before);
  });
});

describe('S17 mutating route handlers refuse a foreign, null or missing Origin', () => {
  let customer: TestUser;
  let admin: TestUser;
  let png: Buffer;
  beforeAll(async () => {
    customer = await createUser('customer');
    admin = await createUser('admin');
    png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#0a7' } }).png().toBuffer();
  });

  const storedFiles = () => (existsSync(uploadDir) ? readdirSync(uploadDir, { recursive: true }).length : 0);

  const send = (handler: (req: Request) => Promise<Response>, url: string, me: TestUser, origin: string | null, extra: Record<string, string> = {}) =>
    runAs(me, () => {
      const headers: Record<string, string> = { 'content-length': String(png.length), ...extra };
      if (origin !== null) headers.origin = origin;
      return handler(new Request(`${TEST_APP_ORIGIN}${url}`, { method: 'POST', body: new Uint8Array(png), headers }));
    });

  it.each([
    ['POST /api/uploads', postUpload, '/api/uploads', () => customer, { 'x-file-name': 'foto.png' }, async () => (await db.select({ n: count() }).from(uploads))[0].n],
    ['POST /api/media', postMedia, '/api/media', () => admin, { 'x-alt': 'foto' }, async () => (await db.select({ n: count() }).from(media))[0].n],
  ] as const)('S17 %s', async (_what, handler, url, who, extra, rowCount) => {
    const rowsBefore = await rowCount();
    const filesBefore = storedFiles();
    for (const origin of FOREIGN_ORIGINS) {
      const res = await send(handler, url, who(), origin, extra);
      expect(res.status, `Origin ${origin}`).toBe(403);
      expect(await res.json()).toEqual({ error: 'badOrigin' });
    }
    expect(await rowCount()).toBe(rowsBefore);
    expect(storedFiles()).toBe(filesBefore);
    // The same request from our own origin is accepted: the refusals above are the Origin check.
    const ok = await send(handler, url, who(), TEST_APP_ORIGIN, extra);
    expect(ok.status, await ok.clone().text()).toBe(201);
    expect(await rowCount()).toBe(rowsBefore + 1);
  });
});

describe('S17 opening a mailed link (GET) consumes nothing; only the form’s POST does', () => {
  const accounts = AUTHZ_MATRIX['lib/accounts/actions.ts'];
  const ratings = AUTHZ_MATRIX['lib/ratings/actions.ts'];

  const pages = {
    'verify-email': () => import('@/app/[locale]/(auth)/verify-email/page'),
    'reset-password': () => import('@/app/[locale]/(auth)/reset-password/page'),
    invite: () => import('@/app/[locale]/(auth)/invite/page'),
  };

  it.each([
    ['verify-email', 'confirmEmail', accounts.confirmEmail],
    ['reset-password', 'resetPassword', accounts.resetPassword],
    ['invite', 'acceptInvitation', accounts.acceptInvitation],
  ] as const)('S17 /%s: the page checks the token without using it up', async (page, actionName, row) => {
    const Page = (await pages[page]()).default as (p: { searchParams: Promise<{ token?: string }> }) => Promise<unknown>;
    const input = (await row.input(null)) as { token: string };
    const before = await dbFingerprint();
    // A mail scanner prefetching the link, then the person opening it: two GETs.
    for (let i = 0; i < 2; i++) await runAs(null, () => Page({ searchParams: Promise.resolve({ token: input.token }) }));
    expect(await dbFingerprint()).toBe(before);
    const action = (await import('@/lib/accounts/actions'))[actionName] as ActionFn;
    expect(await runAs(null, () => action(input))).toMatchObject({ ok: true });
  });

  it('S17 /rate: the rating page shows the form without consuming the token', async () => {
    const RatePage = (await import('@/app/[locale]/(public)/rate/page')).default as (p: { searchParams: Promise<Record<string, string>> }) => Promise<unknown>;
    const input = (await ratings.rateTicketWithToken.input(null)) as { token: string };
    const before = await dbFingerprint();
    for (let i = 0; i < 2; i++) await runAs(null, () => RatePage({ searchParams: Promise.resolve({ token: input.token }) }));
    expect(await dbFingerprint()).toBe(before);
    const { rateTicketWithToken } = await import('@/lib/ratings/actions');
    expect(await runAs(null, () => (rateTicketWithToken as ActionFn)(input))).toMatchObject({ ok: true });
  });
});
