// Rows written straight through Drizzle, for arranging a test. Assertions go through the real code.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';

export const TEST_PASSWORD = 'Rahasia#2026-uji';
export const ALL_ROLES = ['admin', 'manager', 'helpdesk', 'service_point', 'engineer', 'customer'] as const satisfies readonly Role[];

export type TestUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  customerId: string | null;
  sessionVersion: number;
  password: string;
};

const hashes = new Map<string, Promise<string>>();
/** argon2 is slow on purpose; one hash per distinct password is enough for fixtures. */
function hashOnce(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export async function createCustomer(overrides: Partial<typeof customers.$inferInsert> = {}) {
  const [row] = await db
    .insert(customers)
    .values({ name: `Pelanggan ${randomBytes(3).toString('hex')}`, type: 'person', ...overrides })
    .returning();
  return row;
}

/**
 * An active, verified user of `role` with TEST_PASSWORD (or `password`). Customers get their own
 * customer row unless one is given. `password: null` makes an invited user who has not set one.
 */
export async function createUser(
  role: Role,
  opts: { email?: string; password?: string | null; verified?: boolean; status?: 'active' | 'disabled'; customerId?: string; name?: string; locale?: 'id' | 'en' } = {},
): Promise<TestUser> {
  const password = opts.password === undefined ? TEST_PASSWORD : opts.password;
  const customerId = role === 'customer' ? (opts.customerId ?? (await createCustomer()).id) : null;
  const [row] = await db
    .insert(users)
    .values({
      email: (opts.email ?? uniqueEmail(role.replace('_', '-'))).toLowerCase(),
      name: opts.name ?? `Uji ${role}`,
      role,
      passwordHash: password === null ? null : await hashOnce(password),
      status: opts.status ?? 'active',
      emailVerifiedAt: opts.verified === false ? null : new Date(),
      customerId,
      locale: opts.locale ?? 'id',
    })
    .returning();
  return { id: row.id, email: row.email, name: row.name, role: row.role, customerId: row.customerId, sessionVersion: row.sessionVersion, password: password ?? '' };
}

/** One user per role, for matrices. */
export async function createUsersOfEveryRole(): Promise<Record<Role, TestUser>> {
  const out = {} as Record<Role, TestUser>;
  for (const role of ALL_ROLES) out[role] = await createUser(role);
  return out;
}

/** The user as the database sees it now (after actions changed it). */
export async function reloadUser(user: { id: string; password?: string }): Promise<TestUser> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  return { id: row.id, email: row.email, name: row.name, role: row.role, customerId: row.customerId, sessionVersion: row.sessionVersion, password: user.password ?? '' };
}
