// Public JSON for the cascading area selects: provinces (no parent), or the children of one area.
// Reference data that changes only when areas are reloaded, so browsers and proxies may keep it.
import { NextResponse, type NextRequest } from 'next/server';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { listAreaChildren } from '@/lib/isp/areas/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parent = request.nextUrl.searchParams.get('parent');
  if (parent !== null && (!levelOfCode(parent) || levelOfCode(parent) === 'village')) {
    return NextResponse.json({ error: 'bad parent' }, { status: 400, headers: { 'Cache-Control': 'public, max-age=300' } });
  }
  const areas = await listAreaChildren(parent);
  return NextResponse.json({ areas }, { headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' } });
}
