'use server';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { notifications } from '@/db/schema';
import { action } from '@/lib/auth/action';

export const markNotificationRead = action({
  permission: 'authenticated',
  input: z.strictObject({ id: z.uuid() }),
  run: async (input, me) => {
    await db
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.id, input.id), eq(notifications.userId, me.id), isNull(notifications.readAt)));
    revalidatePath('/', 'layout');
    return { ok: true };
  },
});

export const markAllNotificationsRead = action({
  permission: 'authenticated',
  input: z.strictObject({}),
  run: async (_input, me) => {
    await db.update(notifications).set({ readAt: sql`now()` }).where(and(eq(notifications.userId, me.id), isNull(notifications.readAt)));
    revalidatePath('/', 'layout');
    return { ok: true };
  },
});
