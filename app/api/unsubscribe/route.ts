// RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` to the URL in the
// List-Unsubscribe header, from their own servers (no Origin, no cookies). The signed token in the
// URL is the credential (lib/unsubscribe/token.ts), as a signature is for a webhook. GET never
// changes anything: it sends people to the confirm page (mail scanners prefetch links, C9).
import { NextResponse, type NextRequest } from 'next/server';
import { optOutWithToken } from '@/lib/unsubscribe/service';
import { appUrl } from '@/lib/urls';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('t');
  const ok = await optOutWithToken(token);
  return new NextResponse(ok ? 'unsubscribed\n' : 'invalid link\n', { status: ok ? 200 : 400, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(request: NextRequest) {
  const t = request.nextUrl.searchParams.get('t') ?? '';
  // Absolute redirects come from APP_URL, never from the request's Host (C10).
  return NextResponse.redirect(appUrl('/unsubscribe', t.length <= 200 ? { t } : {}), { status: 303, headers: NO_STORE });
}
