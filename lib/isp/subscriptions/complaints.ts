import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, subscriptions } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { openTicket } from '@/lib/tickets/service/create';

/**
 * A subscriber's complaint (seeds 001, 004) is a helpdesk ticket of category `complaint` linked to the
 * subscription, so customer support and a technician handle it through the ticket flow (SLA clock,
 * dispatch, rating on resolve). Only the caller's own company's subscription: anything else is 404.
 */
export async function fileComplaint(me: CurrentUser, input: { subscriptionId: string; summary: string; detail: string; idempotencyKey: string }) {
  if (me.role !== 'customer' || !me.customerId) throw new NotFoundError();
  const [sub] = await db
    .select({ id: subscriptions.id, phone: customers.phone })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(subscriptions.id, input.subscriptionId), eq(subscriptions.customerId, me.customerId)))
    .limit(1);
  if (!sub) throw new NotFoundError();
  return openTicket(me, {
    customerId: me.customerId,
    projectId: null,
    category: 'complaint',
    priority: 'normal',
    summary: input.summary,
    detail: input.detail,
    reporterName: me.name,
    reporterPhone: sub.phone,
    reporterEmail: me.email,
    idempotencyKey: input.idempotencyKey,
    subscriptionId: sub.id,
  });
}
