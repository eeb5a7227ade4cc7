import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { media, newsArticles } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { fromLocalInput } from '@/lib/format/date';
import { slugify } from '@/lib/promos/slug';
import { isBlankRichText, richTextToPlain, sanitizeRichText } from '@/lib/sanitize/html';
import { loadSettings } from '@/lib/settings/store';
import type { z } from 'zod';
import type { articleSchema } from './schemas';

/** Body sanitized before it is stored; a missing excerpt is taken from the body's text. */
export async function saveArticle(actor: CurrentUser, input: z.output<typeof articleSchema>) {
  const { timeZone } = (await loadSettings()).regional;
  const body = sanitizeRichText(input.body);
  if (input.status === 'published' && isBlankRichText(body)) throw new ValidationError('articles.errors.bodyEmpty', { body: ['articles.errors.bodyEmpty'] });
  let publishedAt: Date | null = null;
  if (input.publishedAt) {
    publishedAt = fromLocalInput(input.publishedAt, timeZone);
    if (!publishedAt) throw new ValidationError('validation.date', { publishedAt: ['validation.date'] });
  }
  const values = {
    title: input.title,
    slug: input.slug || slugify(input.title),
    excerpt: input.excerpt || richTextToPlain(body, 240),
    body,
    coverMediaId: input.coverMediaId,
    status: input.status,
    publishedAt: publishedAt ?? (input.status === 'published' ? new Date() : null),
  };
  try {
    return await db.transaction(async (tx) => {
      if (values.coverMediaId) {
        const [m] = await tx.select({ id: media.id }).from(media).where(eq(media.id, values.coverMediaId)).limit(1);
        if (!m) throw new ValidationError('articles.errors.cover', { coverMediaId: ['articles.errors.cover'] });
      }
      if (input.id) {
        const [before] = await tx.select().from(newsArticles).where(eq(newsArticles.id, input.id)).for('update');
        if (!before) throw new NotFoundError();
        const [after] = await tx.update(newsArticles).set(values).where(eq(newsArticles.id, before.id)).returning();
        await recordAudit(tx, actor, { action: 'article.update', entityType: 'news_article', entityId: after.id, before, after });
        return { id: after.id, slug: after.slug };
      }
      const [row] = await tx.insert(newsArticles).values({ ...values, authorId: actor.id }).returning();
      await recordAudit(tx, actor, { action: 'article.create', entityType: 'news_article', entityId: row.id, after: row });
      return { id: row.id, slug: row.slug };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'news_articles_slug_uq')) throw new ValidationError('articles.errors.slugTaken', { slug: ['articles.errors.slugTaken'] });
    throw err;
  }
}

export async function deleteArticle(actor: CurrentUser, id: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(newsArticles).where(eq(newsArticles.id, id)).returning();
    if (!before) throw new NotFoundError();
    await recordAudit(tx, actor, { action: 'article.delete', entityType: 'news_article', entityId: id, before });
  });
}
