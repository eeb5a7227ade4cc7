import 'server-only';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { customers, inquiries, inquiryReplies, outbox, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { inquiryListSchema } from './schemas';

export type InquiryRow = { id: string; name: string; email: string; topic: string; status: 'open' | 'answered' | 'closed'; createdAt: Date; customerName: string | null; preview: string };

export async function listInquiries(raw: Record<string, unknown>) {
  await requirePermission('inquiry.manage');
  const p = inquiryListSchema.parse(raw);
  const conds: SQL[] = [];
  if (p.status !== 'all') conds.push(eq(inquiries.status, p.status));
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    conds.push(or(ilike(inquiries.name, like), ilike(inquiries.email, like), ilike(inquiries.message, like), ilike(inquiries.phone, like))!);
  }
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(inquiries).where(where);
  const info = pageInfo(p.page, total);
  const rows = await db
    .select({ id: inquiries.id, name: inquiries.name, email: inquiries.email, topic: inquiries.topic, status: inquiries.status, createdAt: inquiries.createdAt, customerName: customers.name, message: inquiries.message })
    .from(inquiries)
    .leftJoin(customers, eq(customers.id, inquiries.customerId))
    .where(where)
    // Oldest open first (a queue); otherwise newest first.
    .orderBy(p.status === 'open' ? asc(inquiries.createdAt) : desc(inquiries.createdAt), desc(inquiries.id))
    .limit(info.size)
    .offset(info.offset);
  const items: InquiryRow[] = rows.map(({ message, ...r }) => ({ ...r, preview: message.length > 120 ? `${message.slice(0, 119)}…` : message }));
  return { items, filters: p, ...info };
}

export async function countOpenInquiries(): Promise<number> {
  await requirePermission('inquiry.manage');
  const [r] = await db.select({ n: count() }).from(inquiries).where(eq(inquiries.status, 'open'));
  return r?.n ?? 0;
}

export async function getInquiry(id: string) {
  await requirePermission('inquiry.manage');
  if (!z.uuid().safeParse(id).success) return null;
  const [inq] = await db
    .select({
      id: inquiries.id,
      name: inquiries.name,
      email: inquiries.email,
      phone: inquiries.phone,
      topic: inquiries.topic,
      message: inquiries.message,
      status: inquiries.status,
      locale: inquiries.locale,
      createdAt: inquiries.createdAt,
      customerId: inquiries.customerId,
      customerName: customers.name,
    })
    .from(inquiries)
    .leftJoin(customers, eq(customers.id, inquiries.customerId))
    .where(eq(inquiries.id, id))
    .limit(1);
  if (!inq) return null;
  const replies = await db
    .select({ id: inquiryReplies.id, body: inquiryReplies.body, createdAt: inquiryReplies.createdAt, author: users.name, mailStatus: outbox.status })
    .from(inquiryReplies)
    .leftJoin(users, eq(users.id, inquiryReplies.authorId))
    .leftJoin(outbox, eq(outbox.id, inquiryReplies.outboxId))
    .where(eq(inquiryReplies.inquiryId, inq.id))
    .orderBy(asc(inquiryReplies.createdAt));
  return { ...inq, replies };
}
