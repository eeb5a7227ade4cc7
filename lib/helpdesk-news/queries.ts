import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { helpdeskNews } from '@/db/schema';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { isStaffRole } from '@/lib/auth/roles';
import { pageInfo } from '@/lib/db-utils';

export type NewsItem = { id: string; title: string; body: string; publishAt: Date; expiresAt: Date | null; audience: string };

/** Unexpired, published news for the caller's dashboard (staff or customer audience). */
export async function listCurrentNews(limit = 5): Promise<NewsItem[]> {
  const me = await requireUser();
  const audiences = isStaffRole(me.role) ? ['all', 'staff'] : ['all', 'customers'];
  return db
    .select({ id: helpdeskNews.id, title: helpdeskNews.title, body: helpdeskNews.body, publishAt: helpdeskNews.publishAt, expiresAt: helpdeskNews.expiresAt, audience: helpdeskNews.audience })
    .from(helpdeskNews)
    .where(
      and(
        lte(helpdeskNews.publishAt, sql`now()`),
        or(isNull(helpdeskNews.expiresAt), gt(helpdeskNews.expiresAt, sql`now()`)),
        inArray(helpdeskNews.audience, audiences),
      ),
    )
    .orderBy(desc(helpdeskNews.publishAt))
    .limit(limit);
}

export async function listNewsForAdmin(params: { page?: number }) {
  await requirePermission('news.publish');
  const page = z.coerce.number().int().min(1).catch(1).parse(params.page ?? 1);
  const [{ total }] = await db.select({ total: count() }).from(helpdeskNews);
  const info = pageInfo(page, total);
  const items = await db
    .select({ id: helpdeskNews.id, title: helpdeskNews.title, body: helpdeskNews.body, publishAt: helpdeskNews.publishAt, expiresAt: helpdeskNews.expiresAt, audience: helpdeskNews.audience })
    .from(helpdeskNews)
    .orderBy(desc(helpdeskNews.publishAt))
    .limit(info.size)
    .offset(info.offset);
  return { items, ...info };
}

export async function getNewsForEdit(id: string): Promise<NewsItem | null> {
  await requirePermission('news.publish');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({ id: helpdeskNews.id, title: helpdeskNews.title, body: helpdeskNews.body, publishAt: helpdeskNews.publishAt, expiresAt: helpdeskNews.expiresAt, audience: helpdeskNews.audience })
    .from(helpdeskNews)
    .where(eq(helpdeskNews.id, id))
    .limit(1);
  return row ?? null;
}
