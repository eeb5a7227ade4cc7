// Public coverage check: GET /api/coverage/lookup?village=33.74.10.1001 → { covered, plans[] }.
// One indexed statement (lib/isp/coverage/lookup.ts); a minute of caching is fine for an answer that
// changes only when an admin adds or removes coverage.
import { NextResponse, type NextRequest } from 'next/server';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { lookupCoverage } from '@/lib/isp/coverage/lookup';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const village = request.nextUrl.searchParams.get('village') ?? '';
  if (levelOfCode(village) !== 'village') {
    return NextResponse.json({ error: 'village must be a village code like 33.74.10.1001' }, { status: 400, headers: { 'Cache-Control': 'public, max-age=300' } });
  }
  const answer = await lookupCoverage(village);
  if (!answer.known) return NextResponse.json({ error: 'unknown village' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  return NextResponse.json({ covered: answer.covered, plans: answer.plans }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
