import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/env';
import { readSessionClaims } from './session-token';

const PLAIN = 'authjs.session-token';
const SECURE = '__Secure-authjs.session-token';

function jar(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

const mint = (claims: Record<string, unknown>, salt = PLAIN, maxAge = 3600, secret = env.AUTH_SECRET) => encode({ token: claims, secret, salt, maxAge });
const someone = () => ({ sub: crypto.randomUUID(), sv: 3, at: Math.floor(Date.now() / 1000) });

afterEach(() => vi.useRealTimers());

describe('readSessionClaims', () => {
  it('reads who, the session version and the sign-in time from a token Auth.js issued', async () => {
    const c = someone();
    expect(await readSessionClaims(jar({ [PLAIN]: await mint(c) }))).toMatchObject(c);
    expect(await readSessionClaims(jar({ [SECURE]: await mint(c, SECURE) }))).toMatchObject(c);
  });

  it('is signed out without a cookie, with garbage, a tampered token or one made with another secret', async () => {
    expect(await readSessionClaims(jar({}))).toBeNull();
    expect(await readSessionClaims(jar({ [PLAIN]: 'forged' }))).toBeNull();
    const token = await mint(someone());
    const parts = token.split('.');
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('A') ? 'BB' : 'AA');
    expect(await readSessionClaims(jar({ [PLAIN]: parts.join('.') }))).toBeNull();
    expect(await readSessionClaims(jar({ [PLAIN]: await mint(someone(), PLAIN, 3600, 'x'.repeat(40)) }))).toBeNull();
  });

  it('refuses a token presented under a cookie name it was not issued for (the name is the key salt)', async () => {
    expect(await readSessionClaims(jar({ [PLAIN]: await mint(someone(), SECURE) }))).toBeNull();
    expect(await readSessionClaims(jar({ [SECURE]: await mint(someone(), PLAIN) }))).toBeNull();
  });

  it('refuses an expired token, and a remembered token once it expires', async () => {
    expect(await readSessionClaims(jar({ [PLAIN]: await mint(someone(), PLAIN, -60) }))).toBeNull();
    const c = someone();
    const token = await mint(c, PLAIN, 60);
    expect(await readSessionClaims(jar({ [PLAIN]: token }))).toMatchObject(c); // now remembered
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 120_000);
    expect(await readSessionClaims(jar({ [PLAIN]: token }))).toBeNull();
  });

  it('joins a token split over chunk cookies in their numeric order', async () => {
    const c = someone();
    const token = await mint(c);
    const cut = [0, 40, 80, 120, 160, 200, 240, 280, 320, 360, 400].map((at, i, all) => token.slice(at, all[i + 1] ?? token.length));
    const cookies = Object.fromEntries(cut.map((v, i) => [`${PLAIN}.${i}`, v]));
    expect(await readSessionClaims(jar(cookies))).toMatchObject(c);
  });

  it('prefers the __Secure- cookie when both are sent', async () => {
    const secure = someone();
    const plain = someone();
    expect(await readSessionClaims(jar({ [PLAIN]: await mint(plain), [SECURE]: await mint(secure, SECURE) }))).toMatchObject({ sub: secure.sub });
  });
});
