// Public coverage check: GET /api/coverage/lookup?village=33.74.10.1001 → { covered, plans[] }.
// One indexed statement (lib/isp/coverage/lookup.ts), kept in Next's data cache per village
// (lib/isp/coverage/cached.ts); a minute of caching is fine for an answer that changes only when an
// admin adds or removes coverage, which drops the cached answers at once. No session, no proxy.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { lookupCoverageCached } from '@/lib/isp/coverage/cached';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const village = request.nextUrl.searchParams.get('village') ?? '';
  if (levelOfCode(village) !== 'village') {
    return NextResponse.json({ error: 'village must be a village code like 33.74.10.1001' }, { status: 400, headers: { 'Cache-Control': 'public, max-age=300' } });
  }
  const answer = await lookupCoverageCached(village);
  if (!answer.known) return NextResponse.json({ error: 'unknown village' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  return NextResponse.json({ covered: answer.covered, plans: answer.plans }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
