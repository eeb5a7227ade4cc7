// Public company data for the site shell beyond settings: where our service points are. No session,
// cached (tag `settings`, which service-point saves do not touch, so also a short revalidate).
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { servicePoints } from '@/db/schema';

export type PublicLocation = { id: string; name: string; address: string; region: string; phone: string | null };

export const listPublicLocations = unstable_cache(
  async (): Promise<PublicLocation[]> => {
    const rows = await db
      .select({ id: servicePoints.id, name: servicePoints.name, address: servicePoints.address, region: servicePoints.region, phone: servicePoints.phone })
      .from(servicePoints)
      .where(eq(servicePoints.active, true))
      .orderBy(asc(servicePoints.name))
      .limit(50);
    return rows.map((r) => ({ id: r.id, name: r.name, address: r.address ?? '', region: r.region ?? '', phone: r.phone }));
  },
  ['site-public-locations'],
  { tags: ['settings', 'service-points'], revalidate: 600 },
);

/** A Google Maps search link for a street address (no API key, opens the app on phones). */
export function mapSearchUrl(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}
