import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { CATALOG_TAG, itemTag } from './constants';

/**
 * After a staff change: the public pages built from the catalog (listings, home, product pages,
 * sitemap) render fresh on their next request — no rebuild, no stale copy (`expire: 0`).
 */
export function revalidateCatalog(itemId?: string) {
  revalidateTag(CATALOG_TAG, { expire: 0 });
  if (itemId) revalidateTag(itemTag(itemId), { expire: 0 });
  revalidatePath('/[locale]/staff/catalog', 'layout');
}
