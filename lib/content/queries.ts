import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { staticPages, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { isStaticPageSlug, STATIC_PAGE_SLUGS, type StaticPageSlug } from './constants';

export type StaticPageRow = { slug: StaticPageSlug; title: string | null; updatedAt: Date | null; updatedBy: string | null };

/** The fixed list of static pages with what is stored for each (a page not yet written shows empty). */
export async function listStaticPagesForStaff(): Promise<StaticPageRow[]> {
  await requirePermission('content.manage');
  const rows = await db
    .select({ slug: staticPages.slug, title: staticPages.title, updatedAt: staticPages.updatedAt, updatedBy: users.name })
    .from(staticPages)
    .leftJoin(users, eq(users.id, staticPages.updatedBy));
  return STATIC_PAGE_SLUGS.map((slug) => {
    const r = rows.find((x) => x.slug === slug);
    return { slug, title: r?.title ?? null, updatedAt: r?.updatedAt ?? null, updatedBy: r?.updatedBy ?? null };
  });
}

export async function getStaticPageForEdit(slug: string) {
  await requirePermission('content.manage');
  if (!isStaticPageSlug(slug)) return null;
  const [row] = await db.select({ slug: staticPages.slug, title: staticPages.title, body: staticPages.body }).from(staticPages).where(eq(staticPages.slug, slug)).limit(1);
  return { slug, title: row?.title ?? '', body: row?.body ?? '' };
}
