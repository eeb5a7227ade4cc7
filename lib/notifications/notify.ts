import 'server-only';
import type { Conn } from '@/db/client';
import { notifications } from '@/db/schema';

/** In-app notification; `kind` is a key under `notifications.kinds` in the message catalogs. */
export async function notifyUser(
  conn: Conn,
  input: { userId: string; kind: string; params?: Record<string, string | number>; link?: string | null },
) {
  await conn.insert(notifications).values({ userId: input.userId, kind: input.kind, params: input.params ?? {}, link: input.link ?? null });
}
