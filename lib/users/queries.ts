import 'server-only';
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { escapeLike, pageInfo } from '@/lib/db-utils';
import { listUsersSchema } from './schemas';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: (typeof users.$inferSelect)['role'];
  status: 'active' | 'disabled';
  activated: boolean;
  lastLoginAt: Date | null;
};

export async function listUsers(params: z.input<typeof listUsersSchema>) {
  await requirePermission('user.manage');
  const p = listUsersSchema.parse(params);
  const where: SQL[] = [];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  if (p.role) where.push(eq(users.role, p.role));
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(users).where(cond);
  const info = pageInfo(p.page, total);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      status: users.status,
      passwordHash: users.passwordHash,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(cond)
    .orderBy(desc(users.createdAt), users.id)
    .limit(info.size)
    .offset(info.offset);
  // The hash is only looked at to tell "invited, not yet activated"; it never leaves this function.
  const items: UserRow[] = rows.map(({ passwordHash, ...r }) => ({ ...r, activated: passwordHash !== null }));
  return { items, ...info };
}
