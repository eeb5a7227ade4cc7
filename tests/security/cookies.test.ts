// S15 / C2 C12: the session cookie Auth.js issues at sign-in — over https `__Secure-`, HttpOnly, Secure,
// SameSite=Lax, no Domain; over plain http (a local install) the plain name without Secure — and what
// happens when that exact cookie is replayed: it identifies its user until the session version moves
// (password change, role change, disabling), then it is refused, in every process, on the next request.
// The sign-in goes through the real route handler (app/api/auth/[...nextauth]), argon2 and the rate
// limiter included; the cookie is then read by getCurrentUser() the way a page or action reads it.
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { cookies } from 'next/headers';
import { describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { changePassword } from '@/lib/accounts/self-service';
import { getCurrentUser } from '@/lib/auth/session';
import { changeUserRole, setUserStatus } from '@/lib/users/service';
import { createUser, type TestUser } from '../helpers/factories';
import { randomIp, runAs } from '../helpers/session';

type SetCookie = { name: string; value: string; attributes: Map<string, string | true> };

function parseSetCookies(res: Response): SetCookie[] {
  return res.headers.getSetCookie().map((line) => {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const attributes = new Map<string, string | true>();
    for (const a of attrs) {
      const i = a.indexOf('=');
      attributes.set((i < 0 ? a : a.slice(0, i)).toLowerCase(), i < 0 ? true : a.slice(i + 1));
    }
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
  });
}

/** Signs in through the real Auth.js route handler at `origin`, as a browser would: csrf first, then the form. */
async function signIn(origin: string, user: TestUser) {
  const ip = randomIp();
  const csrfRes = await GET(new NextRequest(`${origin}/api/auth/csrf`, { headers: { 'x-forwarded-for': ip } }));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = parseSetCookies(csrfRes).map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, origin, 'x-forwarded-for': ip },
      body: new URLSearchParams({ email: user.email, password: user.password, csrfToken, callbackUrl: '/staff' }).toString(),
    }),
  );
  return { res, cookies: parseSetCookies(res) };
}

/** getCurrentUser() in a fresh request that sends exactly this cookie. */
function whoSends(cookie: SetCookie) {
  return runAs(null, async () => {
    (await cookies()).set(cookie.name, cookie.value);
    return getCurrentUser();
  });
}

describe('S15 session cookie', () => {
  it('over https: __Secure- name, HttpOnly, Secure, SameSite=Lax, Path=/, no Domain, an expiry; it identifies its user', async () => {
    const user = await createUser('helpdesk');
    const { res, cookies: set } = await signIn('https://relasi.example', user);
    expect(res.status).toBe(302);
    const session = set.find((c) => c.name.includes('session-token'));
    expect(session?.name).toBe('__Secure-authjs.session-token');
    const a = session!.attributes;
    expect(a.get('httponly')).toBe(true);
    expect(a.get('secure')).toBe(true);
    expect(String(a.get('samesite')).toLowerCase()).toBe('lax');
    expect(a.get('path')).toBe('/');
    expect(a.has('domain')).toBe(false);
    expect(a.has('expires') || a.has('max-age')).toBe(true);
    // The CSRF cookie of the sign-in form is host-only too.
    for (const c of set) expect(c.attributes.has('domain')).toBe(false);
    expect((await whoSends(session!))?.id).toBe(user.id);
  });

  it('over plain http (a local install): the plain name, still HttpOnly and Lax, without Secure', async () => {
    const user = await createUser('customer');
    const { cookies: set } = await signIn('http://localhost:3000', user);
    const session = set.find((c) => c.name.includes('session-token'))!;
    expect(session.name).toBe('authjs.session-token');
    expect(session.attributes.get('httponly')).toBe(true);
    expect(session.attributes.has('secure')).toBe(false);
    expect(String(session.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect((await whoSends(session))?.id).toBe(user.id);
  });

  it('a wrong password sets no session cookie', async () => {
    const user = await createUser('helpdesk');
    const { cookies: set } = await signIn('https://relasi.example', { ...user, password: `${user.password}x` });
    expect(set.some((c) => c.name.includes('session-token'))).toBe(false);
  });

  it('replaying the same cookie is refused after a password change, a role change or disabling', async () => {
    const admin = await createUser('admin');
    const [a, b, c] = [await createUser('helpdesk'), await createUser('engineer'), await createUser('manager')];
    const cookieOf = async (u: TestUser) => (await signIn('https://relasi.example', u)).cookies.find((x) => x.name.includes('session-token'))!;
    const [ca, cb, cc] = [await cookieOf(a), await cookieOf(b), await cookieOf(c)];
    for (const [u, ck] of [[a, ca], [b, cb], [c, cc]] as const) expect((await whoSends(ck))?.id).toBe(u.id);

    await runAs(a, async () => {
      const me = (await getCurrentUser())!;
      await changePassword(me, a.password, 'Kata-sandi-baru#2026', randomIp());
    });
    await runAs(admin, async () => {
      const me = (await getCurrentUser())!;
      await changeUserRole(me, b.id, 'helpdesk');
      await setUserStatus(me, c.id, 'disabled');
    });

    expect(await whoSends(ca)).toBeNull();
    expect(await whoSends(cb)).toBeNull();
    expect(await whoSends(cc)).toBeNull();
    // The refusal comes from the session version read from the row, not from the token (still valid).
    const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, a.id));
    expect(row.sv).toBeGreaterThan(a.sessionVersion);
  });
});
