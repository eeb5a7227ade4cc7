import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { authTokens } from '@/db/schema';
import { TOKEN_TTL_MINUTES, type TokenKind } from '@/lib/users/constants';

/** 32 random bytes, base64url; only the SHA-256 is stored (C9). */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues a token, voiding the user's earlier unused tokens of the same kind (a new link supersedes the old). */
export async function issueToken(conn: Conn, userId: string, kind: TokenKind, now = new Date()): Promise<string> {
  await conn
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.kind, kind), isNull(authTokens.usedAt)));
  const { token, hash } = newToken();
  await conn.insert(authTokens).values({
    userId,
    kind,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MINUTES[kind] * 60_000),
  });
  return token;
}

/**
 * Runs the statements of issueToken without touching a row, for a flow whose address has no
 * account: both answers then cost the same round trips, so timing does not tell them apart (C8, S10).
 */
export async function rehearseIssueToken(conn: Conn, kind: TokenKind, now = new Date()): Promise<void> {
  const nobody = '00000000-0000-0000-0000-000000000000';
  await conn
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, nobody), eq(authTokens.kind, kind), isNull(authTokens.usedAt)));
  const { hash } = newToken();
  await conn.execute(sql`
    insert into auth_tokens (user_id, kind, token_hash, expires_at)
    select ${nobody}::uuid, ${kind}::token_kind, ${hash}, now() where false`);
}

/** Consumes a token in one conditional UPDATE: a second use, an expired or a wrong-kind token returns null. */
export async function consumeToken(conn: Conn, token: string, kind: TokenKind): Promise<{ userId: string } | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const rows = await conn
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.kind, kind),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: authTokens.userId });
  return rows[0] ?? null;
}

/** Looks a token up without consuming it (GET shows the form; POST consumes). */
export async function peekToken(conn: Conn, token: string, kind: TokenKind): Promise<{ userId: string } | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const rows = await conn
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(
      and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind), isNull(authTokens.usedAt), gt(authTokens.expiresAt, sql`now()`)),
    )
    .limit(1);
  return rows[0] ?? null;
}
