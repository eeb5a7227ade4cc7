// Convenience only (STYLE.md §1): picks the language, adds the CSP nonce and sends signed-out
// visitors of /account and /staff to the login page. Every page, query and action still checks
// the caller itself; nothing here is a security boundary.
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { env } from '@/lib/env';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/cookie-names';

const PRIVATE = /^\/(account|staff)(\/|$)/;
// Pages rendered per request get a nonce-based CSP; cached public pages a fixed one (C14). The
// internet sign-up (/internet/daftar) asks for a password like /register, so it is an auth page here.
const DYNAMIC = /^\/(account|staff|login|register|verify-email|forgot-password|reset-password|invite|rate|print|internet\/daftar)(\/|$)/;
const OG_IMAGE = /^\/(id|en)(\/[a-z0-9-]+)*\/(opengraph-image|twitter-image)(-[a-z0-9]+)?$/;

function csp(nonce: string | null): string {
  const dev = env.NODE_ENV === 'development';
  const script = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`
    : `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' https://www.google.com https://maps.google.com",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (PRIVATE.test(pathname) && !SESSION_COOKIE_NAMES.some((c) => request.cookies.has(c))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  // Generated Open Graph images live under the locale segment already (/id/…/opengraph-image).
  if (OG_IMAGE.test(pathname)) return NextResponse.next();

  // ?hl=id|en picks the language of this one request (hreflang URLs for crawlers); then the cookie,
  // then the business default.
  const hl = request.nextUrl.searchParams.get('hl');
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(hl) ? hl : isLocale(cookieLocale) ? cookieLocale : await getDefaultLocale();

  const nonce = DYNAMIC.test(pathname) ? Buffer.from(crypto.randomUUID()).toString('base64') : null;
  const policy = csp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-relasi-locale', locale);
  // next-intl reads this when no setRequestLocale() ran in the render: on a client navigation only
  // the changed segments render (not the [locale] layout), and without it they fell back to 'id'.
  requestHeaders.set('X-NEXT-INTL-LOCALE', locale);
  if (nonce) {
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('content-security-policy', policy);
  }

  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (nonce || PRIVATE.test(pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|files|media|favicon.ico|icon|robots.txt|sitemap.xml|.*\\.(?:png|jpg|jpeg|svg|webp|ico|txt|xml)$).*)'],
};
