import 'server-only';
import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { renderEmail } from '@/lib/email/render';
import { OUTBOX_STATUSES } from '@/lib/jobs/constants';
import { loadSettings } from '@/lib/settings/store';

export const outboxListSchema = z.object({
  q: z.string().trim().max(254).optional().catch(undefined),
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(1),
});

export async function listOutbox(params: z.input<typeof outboxListSchema>) {
  await requirePermission('outbox.read');
  const p = outboxListSchema.parse(params);
  const where: SQL[] = [];
  if (p.q) where.push(ilike(outbox.recipient, `%${escapeLike(p.q)}%`));
  if (p.status) where.push(eq(outbox.status, p.status));
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(outbox).where(cond);
  const info = pageInfo(p.page, total);
  const items = await db
    .select({
      id: outbox.id, channel: outbox.channel, recipient: outbox.recipient, template: outbox.template, status: outbox.status,
      attempts: outbox.attempts, providerId: outbox.providerId, lastError: outbox.lastError, sentAt: outbox.sentAt, createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(cond)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(info.size)
    .offset(info.offset);
  return { items, ...info };
}

/** The message as the recipient sees it (subject, HTML, text). */
export async function getOutboxMessage(id: string) {
  await requirePermission('outbox.read');
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  if (!row) return null;
  const company = (await loadSettings()).company.name;
  let rendered: { subject: string; html: string; text: string } | null = null;
  try {
    rendered = row.channel === 'email' ? await renderEmail(row.template, row.locale, row.payload as Record<string, unknown>, company) : null;
  } catch {
    rendered = null;
  }
  return {
    id: row.id, channel: row.channel, recipient: row.recipient, template: row.template, status: row.status, attempts: row.attempts,
    providerId: row.providerId, lastError: row.lastError, sentAt: row.sentAt, createdAt: row.createdAt, rendered,
  };
}
