// Authentication and sessions (SECURITY.md S09–S16, C2, C6–C11): the real actions, services and
// database, with only the framework stubbed (tests/helpers/session.ts).
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db, sqlClient } from '@/db/client';
import { authTokens, outbox, rateLimits, users } from '@/db/schema';
import {
  acceptInvitation,
  confirmEmail,
  forgotPassword,
  login,
  logout,
  register,
  resendVerificationEmail,
  resetPassword,
  updatePassword,
} from '@/lib/accounts/actions';
import { saveNewsAction } from '@/lib/helpdesk-news/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { changeRoleAction, inviteUserAction, resendInviteAction, setUserStatusAction } from '@/lib/users/actions';
import { createUser, reloadUser, TEST_PASSWORD, uniqueEmail, type TestUser } from '../helpers/factories';
import { currentSession, randomIp, runAs } from '../helpers/session';
import { mailsTo, tokenFromMail } from './helpers/db';

const NEW_PASSWORD = 'Sandi-Baru#2026';
const t = (await import('@/messages/id.json')).default;
const msg = { invalidLogin: t.auth.login.invalid, verifyInvalid: t.auth.verify.invalidLink, resetInvalid: t.auth.reset.invalidLink, inviteInvalid: t.auth.invite.invalidLink };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const anon = <T>(fn: () => Promise<T>, ip = randomIp()) => runAs(null, fn, { ip });
const clearRateLimits = () => db.delete(rateLimits);

/** Signs in through the login action and returns the session it created. */
async function signIn(user: { email: string }, password: string) {
  return anon(async () => {
    const result = await login({ email: user.email, password });
    return { result, session: currentSession() };
  });
}

async function expireToken(token: string) {
  await db.update(authTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(authTokens.tokenHash, sha256(token)));
}

function tamper(token: string) {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return token.slice(0, -1) + last;
}

describe('S09 no account enumeration', () => {
  it('S09 login: unknown e-mail and wrong password give the identical result', async () => {
    const user = await createUser('customer');
    const unverified = await createUser('customer', { verified: false });
    const unknown = await anon(() => login({ email: uniqueEmail('nobody'), password: 'salah-sekali-123' }));
    const wrong = await anon(() => login({ email: user.email, password: 'salah-sekali-123' }));
    const wrongUnverified = await anon(() => login({ email: unverified.email, password: 'salah-sekali-123' }));
    expect(unknown).toEqual({ ok: false, code: 'VALIDATION', message: msg.invalidLogin });
    expect(wrong).toEqual(unknown);
    expect(wrongUnverified).toEqual(unknown);
  });

  it('S09 register: an existing e-mail gives the same answer as a new one, and only a mail differs', async () => {
    const existing = await createUser('customer');
    const fresh = uniqueEmail('fresh');
    const form = (email: string) => ({ name: 'Budi Santoso', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const [usersBefore] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    const a = await anon(() => register(form(fresh)));
    const b = await anon(() => register(form(existing.email.toUpperCase())));
    expect(a).toEqual({ ok: true, data: { email: fresh } });
    expect(b).toEqual({ ok: true, data: { email: existing.email } });
    const [usersAfter] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(usersAfter.n).toBe(usersBefore.n + 1);
    expect((await mailsTo(fresh)).map((m) => m.template)).toEqual(['verify-email']);
    expect((await mailsTo(existing.email)).map((m) => m.template)).toEqual(['account-exists']);
    // the existing account was not touched
    expect((await reloadUser(existing)).sessionVersion).toBe(existing.sessionVersion);
  });

  it('S09 reset: an unknown e-mail gives the same answer as a known one', async () => {
    const known = await createUser('customer');
    const unknownEmail = uniqueEmail('ghost');
    const a = await anon(() => forgotPassword({ email: known.email }));
    const b = await anon(() => forgotPassword({ email: unknownEmail }));
    expect(a).toEqual({ ok: true, data: { sent: true } });
    expect(b).toEqual(a);
    expect((await mailsTo(known.email)).map((m) => m.template)).toEqual(['reset-password']);
    expect((await mailsTo(unknownEmail)).map((m) => m.template)).toEqual(['reset-unknown']);
  });
});

describe('S10 response time does not reveal whether an account exists', () => {
  const median = (xs: number[]) => {
    const s = [...xs].sort((p, q) => p - q);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };

  /**
   * 30 interleaved pairs after a warm-up, the order alternating; the median of the pairs' ratios
   * a/b. Each pair runs back to back, so a burst of load on the machine hits both sides of it.
   */
  async function timingRatio(a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>, samples = 30) {
    const ratios: number[] = [];
    const ta: number[] = [];
    const tb: number[] = [];
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    for (let i = -3; i < samples; i++) {
      await clearRateLimits();
      const aFirst = i % 2 === 0;
      const d1 = await time(() => (aFirst ? a : b)(i + 100));
      const d2 = await time(() => (aFirst ? b : a)(i + 100));
      if (i < 0) continue; // warm-up: lazy dummy hash, JIT, connection pool
      const [durA, durB] = aFirst ? [d1, d2] : [d2, d1];
      ta.push(durA);
      tb.push(durB);
      ratios.push(durA / durB);
    }
    return { ratio: median(ratios), a: median(ta), b: median(tb) };
  }

  // A real leak (a skipped hash, a skipped write) shows in every measurement; a load burst from
  // another process on a 2-core machine rarely lasts through three, hence the retries.
  it('S10 login: unknown e-mail vs wrong password', { retry: 2 }, async () => {
    const user = await createUser('customer');
    const r = await timingRatio(
      () => anon(() => login({ email: uniqueEmail('nobody'), password: 'salah-sekali-123' })),
      () => anon(() => login({ email: user.email, password: 'salah-sekali-123' })),
    );
    expect(r.ratio, JSON.stringify(r)).toBeGreaterThan(0.67);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(1.5);
  });

  it('S10 register: existing e-mail vs a new one', { retry: 2 }, async () => {
    const existing = await createUser('customer');
    const form = (email: string) => ({ name: 'Budi Santoso', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const r = await timingRatio(
      () => anon(() => register(form(existing.email))),
      () => anon(() => register(form(uniqueEmail('new')))),
    );
    expect(r.ratio, JSON.stringify(r)).toBeGreaterThan(0.67);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(1.5);
  });

  it('S10 reset: unknown e-mail vs a known one', { retry: 2 }, async () => {
    const known = await createUser('customer');
    const r = await timingRatio(
      () => anon(() => forgotPassword({ email: uniqueEmail('ghost') })),
      () => anon(() => forgotPassword({ email: known.email })),
    );
    expect(r.ratio, JSON.stringify(r)).toBeGreaterThan(0.67);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(1.5);
  });
});

describe('S11 login rate limits live in PostgreSQL', () => {
  it('S11 six wrong passwords on one account from different addresses lock it, even for the right password', async () => {
    await clearRateLimits();
    const user = await createUser('customer');
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await anon(() => login({ email: user.email, password: `salah-${i}-123456` }), `10.11.0.${i + 1}`));
    expect(results.slice(0, 5).map((r) => r.ok === false && r.code)).toEqual(Array(5).fill('VALIDATION'));
    expect(results[5]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    const right = await signIn(user, user.password);
    expect(right.result).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(right.result.ok === false && right.result.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.session).toBeNull();
    const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, `loginAccount:${user.email}`));
    expect(row.count).toBe(7);
  });

  it('S11 twenty-one tries from one address across accounts are limited', async () => {
    await clearRateLimits();
    const ip = '10.12.0.1';
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await anon(() => login({ email: uniqueEmail(`spray${i}`), password: 'Tebak#2026-kata' }), ip));
    expect(results.slice(0, 20).every((r) => r.ok === false && r.code === 'VALIDATION')).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // another address is not affected
    const user = await createUser('customer');
    expect((await signIn(user, user.password)).result).toMatchObject({ ok: true });
  });

  it('S11 a restarted instance (fresh modules, new connection pool) still sees the counters', async () => {
    await clearRateLimits();
    const user = await createUser('customer');
    for (let i = 0; i < 6; i++) await anon(() => login({ email: user.email, password: `salah-${i}-123456` }));
    const g = globalThis as unknown as { relasiSql?: unknown; relasiDb?: unknown };
    const saved = { sql: g.relasiSql, db: g.relasiDb };
    g.relasiSql = undefined;
    g.relasiDb = undefined;
    vi.resetModules();
    try {
      const fresh = await import('@/lib/accounts/login');
      const freshDb = await import('@/db/client');
      expect(freshDb.sqlClient).not.toBe(sqlClient);
      const result = await fresh.verifyLogin({ email: user.email, password: user.password, ip: '10.13.0.1' });
      expect(result).toMatchObject({ ok: false, reason: 'rate_limited' });
      await freshDb.closeDb();
    } finally {
      g.relasiSql = saved.sql;
      g.relasiDb = saved.db;
      vi.resetModules(); // later dynamic imports bind to this file's pool again
    }
  });
});

describe('S12 verify, reset and invite tokens', () => {
  it('S12 only the SHA-256 of a token is stored', async () => {
    const email = uniqueEmail('hash');
    await anon(() => register({ name: 'Sari Dewi', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const token = await tokenFromMail(email, 'verify-email');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    const rows = await sqlClient<{ row: string; hash: string }[]>`select row_to_json(a)::text as row, a.token_hash as hash from auth_tokens a join users u on u.id = a.user_id where u.email = ${email}`;
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).toBe(sha256(token));
    expect(rows[0].row).not.toContain(token);
  });

  it('S12 a verification link works once; expired, tampered and superseded links fail', async () => {
    const email = uniqueEmail('verify');
    await anon(() => register({ name: 'Sari Dewi', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const first = await tokenFromMail(email, 'verify-email');
    // a newer link supersedes the older one
    await anon(() => resendVerificationEmail({ email }));
    const second = await tokenFromMail(email, 'verify-email');
    expect(second).not.toBe(first);
    const refused = { ok: false, code: 'VALIDATION', message: msg.verifyInvalid };
    expect(await anon(() => confirmEmail({ token: first }))).toEqual(refused);
    expect(await anon(() => confirmEmail({ token: tamper(second) }))).toEqual(refused);
    const [before] = await db.select({ v: users.emailVerifiedAt }).from(users).where(eq(users.email, email));
    expect(before.v).toBeNull();
    expect(await anon(() => confirmEmail({ token: second }))).toEqual({ ok: true, data: { email } });
    expect(await anon(() => confirmEmail({ token: second }))).toEqual(refused);
    const [after] = await db.select({ v: users.emailVerifiedAt }).from(users).where(eq(users.email, email));
    expect(after.v).toBeInstanceOf(Date);

    const other = await createUser('customer', { verified: false });
    await anon(() => resendVerificationEmail({ email: other.email }));
    const expiring = await tokenFromMail(other.email, 'verify-email');
    await expireToken(expiring);
    expect(await anon(() => confirmEmail({ token: expiring }))).toEqual(refused);
  });

  it('S12 login is refused until the e-mail is verified', async () => {
    const user = await createUser('customer', { verified: false });
    const { result, session } = await signIn(user, user.password);
    expect(result).toEqual({ ok: true, data: { status: 'unverified' } });
    expect(session).toBeNull();
    await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    const again = await signIn(user, user.password);
    expect(again.result).toMatchObject({ ok: true, data: { status: 'ok' } });
    expect(again.session?.sub).toBe(user.id);
  });

  it('S12 a reset link works once, ends old sessions, and expired, tampered, superseded or wrong-kind links fail', async () => {
    const user = await createUser('helpdesk');
    const oldSession = { ...user };
    expect((await runAs(oldSession, () => getCurrentUser()))?.id).toBe(user.id);
    await anon(() => forgotPassword({ email: user.email }));
    const superseded = await tokenFromMail(user.email, 'reset-password');
    await anon(() => forgotPassword({ email: user.email }));
    const token = await tokenFromMail(user.email, 'reset-password');
    const refused = { ok: false, code: 'VALIDATION', message: msg.resetInvalid };
    const form = (tk: string) => ({ token: tk, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await anon(() => resetPassword(form(superseded)))).toEqual(refused);
    expect(await anon(() => resetPassword(form(tamper(token))))).toEqual(refused);
    expect(await anon(() => confirmEmail({ token }))).toMatchObject({ ok: false, code: 'VALIDATION' }); // wrong kind
    expect(await anon(() => resetPassword(form(token)))).toEqual({ ok: true, data: { redirectTo: '/login?reset=1' } });
    expect(await anon(() => resetPassword(form(token)))).toEqual(refused);
    // the session from before the reset is over; the new password works, the old one does not
    expect(await runAs(oldSession, () => getCurrentUser())).toBeNull();
    expect((await reloadUser(user)).sessionVersion).toBe(user.sessionVersion + 1);
    await clearRateLimits();
    expect((await signIn(user, TEST_PASSWORD)).result).toEqual({ ok: false, code: 'VALIDATION', message: msg.invalidLogin });
    expect((await signIn(user, NEW_PASSWORD)).result).toMatchObject({ ok: true });

    await anon(() => forgotPassword({ email: user.email }));
    const expiring = await tokenFromMail(user.email, 'reset-password');
    await expireToken(expiring);
    expect(await anon(() => resetPassword(form(expiring)))).toEqual(refused);
  });

  it('S12 an invitation link works once, signs the new user in, and a resent invitation supersedes it', async () => {
    const admin = await createUser('admin');
    const email = uniqueEmail('staff');
    const invited = await runAs(admin, () => inviteUserAction({ name: 'Rina Kusuma', email, phone: '', role: 'engineer', locale: 'id' }));
    expect(invited).toMatchObject({ ok: true });
    const userId = invited.ok ? invited.data.id : '';
    const first = await tokenFromMail(email, 'invite');
    expect(await runAs(admin, () => resendInviteAction({ userId }))).toMatchObject({ ok: true });
    const token = await tokenFromMail(email, 'invite');
    const refused = { ok: false, code: 'VALIDATION', message: msg.inviteInvalid };
    const form = (tk: string) => ({ token: tk, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await anon(() => acceptInvitation(form(first)))).toEqual(refused);
    expect(await anon(() => acceptInvitation(form(tamper(token))))).toEqual(refused);
    const accepted = await anon(async () => ({ result: await acceptInvitation(form(token)), me: await getCurrentUser() }));
    expect(accepted.result).toEqual({ ok: true, data: { redirectTo: '/staff' } });
    expect(accepted.me).toMatchObject({ id: userId, role: 'engineer', email });
    expect(await anon(() => acceptInvitation(form(token)))).toEqual(refused);
    // once a password is set there is nothing left to resend
    expect(await runAs(admin, () => resendInviteAction({ userId }))).toMatchObject({ ok: false, code: 'CONFLICT' });

    const email2 = uniqueEmail('staff');
    await runAs(admin, () => inviteUserAction({ name: 'Dedi Kurnia', email: email2, phone: '', role: 'helpdesk', locale: 'id' }));
    const expiring = await tokenFromMail(email2, 'invite');
    await expireToken(expiring);
    expect(await anon(() => acceptInvitation(form(expiring)))).toEqual(refused);
  });

  it('S13 mailed links use APP_URL, never the request Host or X-Forwarded-Host', async () => {
    const user = await createUser('customer');
    await runAs(null, () => forgotPassword({ email: user.email }), { headers: { host: 'evil.test', 'x-forwarded-host': 'evil.test', 'x-forwarded-proto': 'https' } });
    const email = uniqueEmail('reg');
    await runAs(null, () => register({ name: 'Tono', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), { headers: { host: 'evil.test', 'x-forwarded-host': 'evil.test' } });
    const links = [...(await mailsTo(user.email)), ...(await mailsTo(email))].map((m) => (m.payload as { url: string }).url);
    expect(links).toHaveLength(2);
    for (const link of links) expect(new URL(link).origin).toBe('http://localhost:3000');
  });
});

describe('S16 password storage', () => {
  it('S16 hashes are argon2id with m=19456, t=2 or stronger', async () => {
    const email = uniqueEmail('argon');
    await anon(() => register({ name: 'Argon Dua', email, phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(row.hash ?? '');
    expect(m, row.hash ?? '').not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(19456);
    expect(Number(m![2])).toBeGreaterThanOrEqual(2);
    expect(row.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2/);
  });

  it.each([
    ['128 characters', 'K'.repeat(120) + '#2026abc'],
    ['emoji', '🔐 kunci rahasia 🗝️ 🇮🇩'],
    ['over 72 bytes', 'é'.repeat(40) + 'akhir-1'],
    ['right-to-left and combining marks', 'كلمة-سر ñ ẞ 2026'],
  ])('S16 a %s password round-trips', async (_label, password) => {
    expect(password.length).toBeLessThanOrEqual(128);
    const user = await createUser('customer', { password });
    expect((await signIn(user, password)).result).toMatchObject({ ok: true });
  });

  it('S16 bytes after the 72nd still count (no bcrypt-style truncation)', async () => {
    const password = 'é'.repeat(40) + 'akhir-1'; // 87 bytes
    expect(Buffer.byteLength(password)).toBeGreaterThan(72);
    const user = await createUser('customer', { password });
    expect((await signIn(user, 'é'.repeat(40) + 'akhir-2')).result).toEqual({ ok: false, code: 'VALIDATION', message: msg.invalidLogin });
  });

  it('S16 passwords are NFKC-normalized; 129 characters are refused', async () => {
    const user = await createUser('customer', { password: 'ｓａｎｄｉ２０２６ＡＢ' });
    expect((await signIn(user, 'sandi2026AB')).result).toMatchObject({ ok: true });
    const long = 'x'.repeat(129);
    const result = await anon(() => register({ name: 'Panjang', email: uniqueEmail('long'), phone: '', password: long, confirmPassword: long }));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { password: [t.validation.passwordMax] } });
  });
});

describe('sessions follow the database (C2)', () => {
  it('changing the password needs the current one and ends other sessions', async () => {
    const user = await createUser('engineer');
    const otherDevice = { ...user };
    const [{ hash: hashBefore }] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    const wrong = await runAs(user, () => updatePassword({ currentPassword: 'bukan-sandi-ini', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { currentPassword: [t.auth.password.currentWrong] } });
    const [{ hash: hashAfterWrong }] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(hashAfterWrong).toBe(hashBefore);

    const same = await runAs(user, () => updatePassword({ currentPassword: user.password, password: user.password, confirmPassword: user.password }));
    expect(same).toMatchObject({ ok: false, code: 'VALIDATION' });

    const changed = await runAs(user, async () => ({
      result: await updatePassword({ currentPassword: user.password, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      me: await getCurrentUser(),
    }));
    expect(changed.result).toEqual({ ok: true, data: { changed: true } });
    expect(changed.me?.id).toBe(user.id); // this browser was signed in again
    expect(await runAs(otherDevice, () => getCurrentUser())).toBeNull();
    await clearRateLimits();
    expect((await signIn(user, NEW_PASSWORD)).result).toMatchObject({ ok: true });
  });

  it('disabled users cannot sign in, and their sessions end at once', async () => {
    const admin = await createUser('admin');
    const user = await createUser('helpdesk');
    expect(await runAs(admin, () => setUserStatusAction({ userId: user.id, status: 'disabled' }))).toMatchObject({ ok: true });
    expect(await runAs(user, () => getCurrentUser())).toBeNull();
    const { result, session } = await signIn(user, user.password);
    expect(result).toEqual({ ok: false, code: 'VALIDATION', message: msg.invalidLogin });
    expect(session).toBeNull();
    expect(await runAs(admin, () => setUserStatusAction({ userId: user.id, status: 'active' }))).toMatchObject({ ok: true });
    expect((await signIn(user, user.password)).result).toMatchObject({ ok: true });
  });

  it('a role change takes effect on the next getCurrentUser()', async () => {
    const admin = await createUser('admin');
    const helpdesk = await createUser('helpdesk');
    const news = { title: 'Info layanan', body: 'Isi', publishAt: '2026-02-01T09:00', expiresAt: '', audience: 'all' as const };
    expect(await runAs(helpdesk, () => saveNewsAction(news))).toMatchObject({ ok: true });
    expect(await runAs(admin, () => changeRoleAction({ userId: helpdesk.id, role: 'customer' }))).toMatchObject({ ok: true });
    // the old session no longer counts, with no re-login needed for the change to apply
    expect(await runAs(helpdesk, () => getCurrentUser())).toBeNull();
    expect(await runAs(helpdesk, () => saveNewsAction(news))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const now = await reloadUser(helpdesk);
    expect((await runAs(now, () => getCurrentUser()))?.role).toBe('customer');
    expect(await runAs(now, () => saveNewsAction(news))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // an admin cannot lock themselves out
    expect(await runAs(admin, () => changeRoleAction({ userId: admin.id, role: 'customer' }))).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('logout ends the session in this browser', async () => {
    const user = await createUser('customer');
    const after = await runAs(user, async () => {
      await logout({});
      return { session: currentSession(), me: await getCurrentUser() };
    });
    expect(after).toEqual({ session: null, me: null });
  });
});

describe('S14 callbackUrl stays on this site (C11)', () => {
  it.each(['https://evil.test', '//evil.test', '/\\evil.test', '%2F%2Fevil.test', '/%2F/evil.test', 'javascript:alert(1)', '/\t/evil.test', '', 'http:/evil.test'])(
    'S14 %j goes to /',
    (input) => {
      expect(safeRedirectPath(input)).toBe('/');
    },
  );

  it('S14 same-site paths are kept', () => {
    expect(safeRedirectPath('/staff/users?page=2#top')).toBe('/staff/users?page=2#top');
    expect(safeRedirectPath('/account')).toBe('/account');
  });

  it('S14 the login action ignores a foreign callbackUrl and keeps a local one', async () => {
    const user: TestUser = await createUser('customer');
    const foreign = await anon(() => login({ email: user.email, password: user.password, callbackUrl: 'https://evil.test/steal' }));
    expect(foreign).toEqual({ ok: true, data: { status: 'ok', redirectTo: '/account' } });
    const local = await anon(() => login({ email: user.email, password: user.password, callbackUrl: '/account/profile' }));
    expect(local).toEqual({ ok: true, data: { status: 'ok', redirectTo: '/account/profile' } });
  });
});

describe('outbox rows are written with the change', () => {
  it('a registration writes the user, the token and the mail in one go', async () => {
    const email = uniqueEmail('tx');
    await anon(() => register({ name: 'Wati', email, phone: '0812-9999-0000', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'customer', phone: '+6281299990000', status: 'active', emailVerifiedAt: null });
    const tokens = await db.select().from(authTokens).where(and(eq(authTokens.userId, user.id), eq(authTokens.kind, 'verify_email')));
    expect(tokens).toHaveLength(1);
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ status: 'pending', template: 'verify-email', locale: 'id' });
  });
});
