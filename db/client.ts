import 'server-only';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the pool or an open transaction: services accept both so callers can compose them. */
export type Conn = Db | Tx;

const globalForDb = globalThis as unknown as { relasiSql?: postgres.Sql; relasiDb?: Db };

function connect() {
  const client = postgres(env.DATABASE_URL, {
    max: env.DATABASE_POOL_MAX,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: 'relasi' },
  });
  return { client, db: drizzle(client, { schema, casing: 'snake_case' }) };
}

if (!globalForDb.relasiDb) {
  const { client, db } = connect();
  globalForDb.relasiSql = client;
  globalForDb.relasiDb = db;
}

export const db: Db = globalForDb.relasiDb!;
export const sqlClient: postgres.Sql = globalForDb.relasiSql!;

export async function closeDb() {
  await globalForDb.relasiSql?.end({ timeout: 5 });
  globalForDb.relasiSql = undefined;
  globalForDb.relasiDb = undefined;
}
