import 'server-only';
import type { Conn } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';

export type Actor = { id: string; role: Role } | null;

const SECRET_KEYS = /password|hash|token|secret|nik/i;

/** Keeps the audit row minimal and free of secrets (C27). */
function scrub(value: unknown): unknown {
  if (value == null || typeof value !== 'object') return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : scrub(v);
  return out;
}

/** Only the fields that changed, so the timeline reads as "what changed". */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  if (!before || !after) return { before: scrub(before), after: scrub(after) };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (k === 'updatedAt' || k === 'version') continue;
    const bv = before[k] instanceof Date ? (before[k] as Date).toISOString() : before[k];
    const av = after[k] instanceof Date ? (after[k] as Date).toISOString() : after[k];
    if (JSON.stringify(bv) !== JSON.stringify(av)) {
      b[k] = bv;
      a[k] = av;
    }
  }
  return { before: scrub(b), after: scrub(a) };
}

/** Written inside the caller's transaction: the change and its history commit together. */
export async function recordAudit(
  conn: Conn,
  actor: Actor,
  entry: { action: string; entityType: string; entityId: string; before?: object | null; after?: object | null },
) {
  const d = diff((entry.before as Record<string, unknown>) ?? null, (entry.after as Record<string, unknown>) ?? null);
  await conn.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: d.before as object | null,
    after: d.after as object | null,
  });
}
