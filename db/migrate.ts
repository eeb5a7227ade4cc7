// Applies the committed drizzle-kit migrations under an advisory lock, so two processes booting
// against one database never run them twice (SECURITY.md C28).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 72_657_361; // arbitrary, fixed: "relasi migrate"

export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(${LOCK_KEY})`;
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS, migrationsSchema: 'drizzle' });
    } finally {
      await client`select pg_advisory_unlock(${LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** One readable line when the server cannot be reached, instead of a stack trace. */
export async function checkConnection(url: string): Promise<string | null> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await client`select current_setting('server_version_num')::int as v`;
    if (row.v < 150000) return `PostgreSQL ${row.v} is too old: Relasi needs 15 or newer`;
    return null;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return `cannot reach the database at ${redactUrl(url)} (${e.code ?? ''} ${e.message ?? ''})`.trim();
  } finally {
    await client.end({ timeout: 1 }).catch(() => {});
  }
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}
