import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { helpdeskNews } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { fromLocalInput } from '@/lib/format/date';
import { loadSettings } from '@/lib/settings/store';
import type { z } from 'zod';
import type { newsSchema } from './schemas';

type NewsValues = z.output<typeof newsSchema>;

export async function saveNews(actor: CurrentUser, input: NewsValues) {
  const { timeZone } = (await loadSettings()).regional;
  const publishAt = fromLocalInput(input.publishAt, timeZone);
  const expiresAt = input.expiresAt ? fromLocalInput(input.expiresAt, timeZone) : null;
  if (!publishAt) throw new ValidationError('validation.date', { publishAt: ['validation.date'] });
  if (input.expiresAt && !expiresAt) throw new ValidationError('validation.date', { expiresAt: ['validation.date'] });
  const values = { title: input.title, body: input.body, publishAt, expiresAt, audience: input.audience };
  return db.transaction(async (tx) => {
    if (input.id) {
      const [before] = await tx.select().from(helpdeskNews).where(eq(helpdeskNews.id, input.id)).for('update');
      if (!before) throw new NotFoundError();
      const [after] = await tx.update(helpdeskNews).set(values).where(eq(helpdeskNews.id, input.id)).returning();
      await recordAudit(tx, actor, { action: 'news.update', entityType: 'helpdesk_news', entityId: after.id, before, after });
      return after.id;
    }
    const [created] = await tx.insert(helpdeskNews).values({ ...values, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'news.create', entityType: 'helpdesk_news', entityId: created.id, after: created });
    return created.id;
  });
}

export async function deleteNews(actor: CurrentUser, id: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(helpdeskNews).where(eq(helpdeskNews.id, id)).returning();
    if (!before) throw new NotFoundError();
    await recordAudit(tx, actor, { action: 'news.delete', entityType: 'helpdesk_news', entityId: id, before });
  });
}
