// The request around a server action, without Next. Only the framework is stubbed (STYLE.md §9):
// Auth.js's sign-in (the session it would start), request headers and cookies (with a real session
// token for the request's identity), the cache
// invalidation calls, and next-intl's request-scoped translator (backed by the real catalogs).
// Everything of ours — action(), getCurrentUser(), services, the database — runs for real.
//
// Listed in vitest.config.ts setupFiles, so the mocks are registered before a test file imports
// anything; test files import runAs and friends from here.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { vi } from 'vitest';

export const TEST_APP_ORIGIN = 'http://localhost:3000';

/** What the Auth.js JWT carries (lib/auth/auth.ts callbacks): who, which session version, when. */
export type SessionClaims = { sub: string; sv: number; at: number };

/** Anything that identifies a signed-in user: a factory user, or claims captured earlier. */
export type Identity = { id: string; sessionVersion: number; signedInAt?: number } | SessionClaims;

export type RequestOptions = {
  /** The client address as scripts/server.mjs would pass it (X-Forwarded-For). */
  ip?: string;
  /** Extra or replacement headers; null removes one (e.g. `origin: null`). */
  headers?: Record<string, string | null>;
  locale?: 'id' | 'en';
};

type RequestContext = {
  session: SessionClaims | null;
  headers: Headers;
  cookies: Map<string, string>;
  locale: 'id' | 'en';
};

type Globals = { relasiTestRequests?: AsyncLocalStorage<RequestContext>; relasiTestDefault?: RequestContext };
const G = globalThis as unknown as Globals;

function storage(): AsyncLocalStorage<RequestContext> {
  return (G.relasiTestRequests ??= new AsyncLocalStorage<RequestContext>());
}

export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2] || 1}`;
}

function makeContext(identity: Identity | null, opts: RequestOptions = {}): RequestContext {
  const headers = new Headers({
    host: 'localhost:3000',
    origin: TEST_APP_ORIGIN,
    'x-forwarded-for': opts.ip ?? randomIp(),
  });
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === null) headers.delete(k);
    else headers.set(k, v);
  }
  return { session: identity ? toClaims(identity) : null, headers, cookies: new Map(), locale: opts.locale ?? 'id' };
}

export function toClaims(identity: Identity): SessionClaims {
  if ('sub' in identity) return { ...identity };
  return { sub: identity.id, sv: identity.sessionVersion, at: identity.signedInAt ?? Math.floor(Date.now() / 1000) };
}

/** The request being handled: the innermost runAs, or an anonymous request outside any. */
function current(): RequestContext {
  return storage().getStore() ?? (G.relasiTestDefault ??= makeContext(null, { ip: '10.255.255.254' }));
}

/**
 * Runs `fn` as one request from `identity` (null = signed out). Each call has its own session,
 * headers and cookie jar, so concurrent runAs calls (Promise.all) never see each other's identity.
 */
export function runAs<T>(identity: Identity | null, fn: () => Promise<T> | T, opts: RequestOptions = {}): Promise<T> {
  return storage().run(makeContext(identity, opts), async () => fn());
}

/** The session of the current request, e.g. after a login action signed the browser in. */
export function currentSession(): SessionClaims | null {
  return current().session;
}

/** The cookies the current request has set (the response's Set-Cookie). */
export function currentCookies(): ReadonlyMap<string, string> {
  return current().cookies;
}

vi.mock('@/lib/auth/auth', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/auth/auth')>();
  // Loaded once, so a test that resets the module registry cannot swap the login service under us.
  let services: Promise<[typeof import('@/lib/accounts/login'), typeof import('@/lib/auth/request')]> | null = null;
  return {
    handlers: real.handlers,
    LoginError: real.LoginError,
    // What the Credentials provider's authorize() does, then the cookie Auth.js would set.
    signIn: async (_provider: string, options: { email?: string; password?: string } = {}) => {
      services ??= Promise.all([import('@/lib/accounts/login'), import('@/lib/auth/request')]);
      const [{ verifyLogin }, { clientIpFrom }] = await services;
      const result = await verifyLogin({ email: String(options.email ?? ''), password: String(options.password ?? ''), ip: clientIpFrom(current().headers) });
      if (!result.ok) throw new real.LoginError(result.reason, result.retryAfterSeconds);
      current().session = { sub: result.user.id, sv: result.user.sessionVersion, at: Math.floor(Date.now() / 1000) };
      return undefined;
    },
    signOut: async () => {
      current().session = null;
      return undefined;
    },
  };
});

// The session cookie a browser signed in as the request's identity would send: a real Auth.js token
// (next-auth/jwt encode, the test AUTH_SECRET), so lib/auth/session-token.ts decodes it for real.
const SESSION_COOKIE = 'authjs.session-token';
const tokens = new WeakMap<SessionClaims, Promise<string>>();
function sessionToken(claims: SessionClaims): Promise<string> {
  let token = tokens.get(claims);
  if (!token) {
    token = Promise.all([import('next-auth/jwt'), import('@/lib/env')]).then(([{ encode }, { env }]) =>
      encode({ token: { ...claims }, secret: env.AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 7 * 24 * 60 * 60 }),
    );
    tokens.set(claims, token);
  }
  return token;
}

vi.mock('next/headers', () => {
  const jar = async () => {
    const ctx = current();
    const c = ctx.cookies;
    const session = ctx.session && !c.has(SESSION_COOKIE) ? { name: SESSION_COOKIE, value: await sessionToken(ctx.session) } : null;
    return {
      get: (name: string) => (c.has(name) ? { name, value: c.get(name)! } : session?.name === name ? session : undefined),
      getAll: () => [...[...c].map(([name, value]) => ({ name, value })), ...(session ? [session] : [])],
      has: (name: string) => c.has(name) || session?.name === name,
      set: (nameOrCookie: string | { name: string; value: string }, value?: string) => {
        if (typeof nameOrCookie === 'string') c.set(nameOrCookie, String(value ?? ''));
        else c.set(nameOrCookie.name, nameOrCookie.value);
      },
      delete: (name: string) => c.delete(name),
    };
  };
  return {
    headers: async () => new Headers(current().headers),
    cookies: jar,
    draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
  };
});

// revalidatePath throws "static generation store missing" outside Next; cache invalidation is a no-op here.
vi.mock('next/cache', () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_noStore: () => {},
  unstable_cache: <F extends (...args: never[]) => unknown>(fn: F) => fn,
  cacheTag: () => {},
  cacheLife: () => {},
}));

// next-intl reads the locale and messages from Next's request; here they come from the real catalogs.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const catalogs = {
    id: (await import('@/messages/id.json')).default as Record<string, unknown>,
    en: (await import('@/messages/en.json')).default as Record<string, unknown>,
  };
  const translator = (arg?: string | { locale?: 'id' | 'en'; namespace?: string }) => {
    const opts = typeof arg === 'string' ? { namespace: arg } : (arg ?? {});
    const locale = opts.locale ?? current().locale;
    return createTranslator({ locale, messages: catalogs[locale], namespace: opts.namespace as never });
  };
  return {
    getTranslations: async (arg?: string | { locale?: 'id' | 'en'; namespace?: string }) => translator(arg),
    getLocale: async () => current().locale,
    getMessages: async () => catalogs[current().locale],
    getTimeZone: async () => 'Asia/Jakarta',
    getNow: async () => new Date(),
    setRequestLocale: () => {},
    getRequestConfig: (fn: unknown) => fn,
  };
});
