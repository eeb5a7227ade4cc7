import 'server-only';
import { and, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { media, newsArticles, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { articleListSchema } from './schemas';

export type StaffArticleRow = { id: string; title: string; slug: string; status: 'draft' | 'published'; publishedAt: Date | null; updatedAt: Date; author: string | null };

export async function listArticlesForStaff(raw: Record<string, unknown>) {
  await requirePermission('content.manage');
  const p = articleListSchema.parse(raw);
  const conds: SQL[] = [];
  if (p.q) conds.push(ilike(newsArticles.title, `%${escapeLike(p.q)}%`));
  if (p.status !== 'all') conds.push(eq(newsArticles.status, p.status));
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(newsArticles).where(where);
  const info = pageInfo(p.page, total);
  const items = await db
    .select({ id: newsArticles.id, title: newsArticles.title, slug: newsArticles.slug, status: newsArticles.status, publishedAt: newsArticles.publishedAt, updatedAt: newsArticles.updatedAt, author: users.name })
    .from(newsArticles)
    .leftJoin(users, eq(users.id, newsArticles.authorId))
    .where(where)
    .orderBy(sql`${newsArticles.publishedAt} desc nulls first`, desc(newsArticles.updatedAt))
    .limit(info.size)
    .offset(info.offset);
  return { items: items as StaffArticleRow[], filters: p, ...info };
}

export async function getArticleForEdit(id: string) {
  await requirePermission('content.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: newsArticles.id,
      title: newsArticles.title,
      slug: newsArticles.slug,
      excerpt: newsArticles.excerpt,
      body: newsArticles.body,
      coverMediaId: newsArticles.coverMediaId,
      coverVariants: media.variants,
      status: newsArticles.status,
      publishedAt: newsArticles.publishedAt,
    })
    .from(newsArticles)
    .leftJoin(media, eq(media.id, newsArticles.coverMediaId))
    .where(eq(newsArticles.id, id))
    .limit(1);
  return row ?? null;
}
