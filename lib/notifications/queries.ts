import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications } from '@/db/schema';
import { requireUser } from '@/lib/auth/session';

export type NotificationItem = { id: string; kind: string; params: Record<string, string | number>; link: string | null; readAt: Date | null; createdAt: Date };

/** The caller's own notifications only. */
export async function listMyNotifications(limit = 10): Promise<{ items: NotificationItem[]; unread: number }> {
  const me = await requireUser();
  const [items, [{ unread }]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, link: notifications.link, readAt: notifications.readAt, createdAt: notifications.createdAt })
      .from(notifications)
      .where(eq(notifications.userId, me.id))
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
    db.select({ unread: count() }).from(notifications).where(and(eq(notifications.userId, me.id), isNull(notifications.readAt))),
  ]);
  return { items: items as NotificationItem[], unread };
}

export async function countMyUnread(): Promise<number> {
  const me = await requireUser();
  const [{ unread }] = await db.select({ unread: count() }).from(notifications).where(and(eq(notifications.userId, me.id), isNull(notifications.readAt)));
  return unread;
}
