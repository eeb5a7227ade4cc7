import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../lib/auth/roles';
import { LOCALES } from '../../lib/i18n/config';
import { TOKEN_KINDS, USER_STATUSES } from '../../lib/users/constants';
import { customers } from './customers';

export const userRole = pgEnum('user_role', ROLES);
export const userStatus = pgEnum('user_status', USER_STATUSES);
export const userLocale = pgEnum('user_locale', LOCALES);
export const tokenKind = pgEnum('token_kind', TOKEN_KINDS);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(), // always stored lower-cased (lib/users/email.ts)
    passwordHash: text(), // null until an invited user sets a password
    name: text().notNull(),
    phone: text(),
    role: userRole().notNull().default('customer'),
    status: userStatus().notNull().default('active'),
    customerId: uuid().references(() => customers.id),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    locale: userLocale(),
    // Bumped on password change/reset, disable and role change: older sessions stop working (C2).
    sessionVersion: integer().notNull().default(1),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(t.email),
    index('users_customer_idx').on(t.customerId),
    index('users_role_idx').on(t.role),
    index('users_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    check('users_email_lower_ck', sql`${t.email} = lower(${t.email})`),
  ],
);

// Verify, reset and invite tokens: only the SHA-256 of the token is stored; consumed once (C9).
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: tokenKind().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('auth_tokens_hash_uq').on(t.tokenHash), index('auth_tokens_user_kind_idx').on(t.userId, t.kind)],
);
