import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { inquiries, inquiryReplies } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { InvalidTransitionError, NotFoundError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { enforce } from '@/lib/rate-limit';
import type { z } from 'zod';
import type { inquiryReplySchema, inquirySchema, inquiryStatusSchema } from './schemas';

/**
 * A visitor or member sends the consultation form. Rate-limited per IP (C7) before anything else;
 * a filled honeypot gets the same answer as a real message and stores nothing.
 */
export async function submitInquiry(input: z.output<typeof inquirySchema>, ctx: { ip: string; locale: Locale; me: CurrentUser | null }) {
  await enforce([['publicFormIp', ctx.ip]]);
  if (input.website) return { sent: true as const };
  // Only a customer's contact is linked to their customer; staff writing in are just visitors.
  const member = ctx.me?.role === 'customer' && ctx.me.customerId ? ctx.me : null;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inquiries)
      .values({
        name: input.name,
        email: input.email,
        phone: input.phone,
        topic: input.topic,
        message: input.message,
        locale: ctx.locale,
        customerId: member?.customerId ?? null,
        userId: member?.id ?? null,
      })
      .returning({ id: inquiries.id });
    await recordAudit(tx, ctx.me ? { id: ctx.me.id, role: ctx.me.role } : null, {
      action: 'inquiry.create',
      entityType: 'inquiry',
      entityId: row.id,
      after: { topic: input.topic, customerId: member?.customerId ?? null },
    });
  });
  return { sent: true as const };
}

/** Helpdesk answers: the reply is kept on the inquiry and e-mailed through the outbox, in one transaction. */
export async function replyToInquiry(actor: CurrentUser, input: z.output<typeof inquiryReplySchema>) {
  return db.transaction(async (tx) => {
    const [inq] = await tx
      .select({ id: inquiries.id, status: inquiries.status, name: inquiries.name, email: inquiries.email, topic: inquiries.topic, message: inquiries.message, locale: inquiries.locale })
      .from(inquiries)
      .where(eq(inquiries.id, input.inquiryId))
      .for('update');
    if (!inq) throw new NotFoundError();
    const [reply] = await tx.insert(inquiryReplies).values({ inquiryId: inq.id, authorId: actor.id, body: input.body }).returning({ id: inquiryReplies.id });
    const outboxId = await enqueueMessage(tx, {
      to: inq.email,
      template: 'inquiry-reply',
      locale: inq.locale === 'en' ? 'en' : 'id',
      data: { name: inq.name, topic: inq.topic, question: inq.message.slice(0, 2000), answer: input.body, staffName: actor.name },
      dedupeKey: `inquiry-reply:${reply.id}`,
    });
    await tx.update(inquiryReplies).set({ outboxId }).where(eq(inquiryReplies.id, reply.id));
    const status = input.close ? 'closed' : 'answered';
    await tx.update(inquiries).set({ status }).where(eq(inquiries.id, inq.id));
    await recordAudit(tx, actor, { action: 'inquiry.reply', entityType: 'inquiry', entityId: inq.id, before: { status: inq.status }, after: { status, replyId: reply.id } });
    return { replyId: reply.id, status };
  });
}

/** Close (from open/answered) or reopen (from closed/answered). */
export async function setInquiryStatus(actor: CurrentUser, input: z.output<typeof inquiryStatusSchema>) {
  return db.transaction(async (tx) => {
    const from = input.status === 'closed' ? sql`${inquiries.status} <> 'closed'` : sql`${inquiries.status} <> 'open'`;
    const [before] = await tx.select({ id: inquiries.id, status: inquiries.status }).from(inquiries).where(eq(inquiries.id, input.inquiryId)).for('update');
    if (!before) throw new NotFoundError();
    const [after] = await tx.update(inquiries).set({ status: input.status }).where(and(eq(inquiries.id, before.id), from)).returning({ id: inquiries.id, status: inquiries.status });
    if (!after) throw new InvalidTransitionError();
    await recordAudit(tx, actor, { action: `inquiry.${input.status === 'closed' ? 'close' : 'reopen'}`, entityType: 'inquiry', entityId: after.id, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}
