// Shared start-up: environment, database (embedded when DATABASE_URL is unset), migrations, demo seed.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkConnection, migrateDatabase, redactUrl } from '../../db/migrate';
import { startEmbeddedPostgres } from '../../db/embedded';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function loadDotEnv() {
  for (const f of ['.env', '.env.local']) {
    const p = path.join(ROOT, f);
    if (existsSync(p)) process.loadEnvFile(p);
  }
}

export function fail(line: string): never {
  console.error(`Relasi: ${line}`);
  process.exit(1);
}

/**
 * Fills in what a fresh machine lacks: a data folder, an AUTH_SECRET kept there, APP_URL for local use.
 * Returns whether the database is the embedded one.
 */
export async function prepareDatabase(opts: { seed: false | 'if-empty' | 'always'; force?: boolean; dataDir?: string; quiet?: boolean }) {
  loadDotEnv();
  const dataDir = path.resolve(ROOT, opts.dataDir ?? process.env.RELASI_DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  if (!process.env.AUTH_SECRET) {
    const f = path.join(dataDir, 'auth-secret');
    if (!existsSync(f)) writeFileSync(f, randomBytes(32).toString('base64url'), { mode: 0o600 });
    process.env.AUTH_SECRET = readFileSync(f, 'utf8').trim();
  }
  const port = process.env.PORT ?? '3000';
  const localRun = !process.env.APP_URL;
  if (localRun) {
    process.env.APP_URL = `http://localhost:${port}`;
    // A local run on http: allow it in production mode, with demo accounts (SECURITY.md C30 still
    // refuses both as soon as a real APP_URL is configured).
    if (!process.env.RELASI_ALLOW_INSECURE) process.env.RELASI_ALLOW_INSECURE = '1';
  }
  if (!process.env.AUTH_URL) process.env.AUTH_URL = process.env.APP_URL;

  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!process.env.DATABASE_URL) {
    if (!opts.quiet) console.log(`Relasi: starting the embedded PostgreSQL in ${path.relative(ROOT, dataDir) || '.'}/pg …`);
    try {
      embedded = await startEmbeddedPostgres({ dir: dataDir, port: process.env.RELASI_PG_PORT ? Number(process.env.RELASI_PG_PORT) : undefined });
    } catch (err) {
      fail(String((err as Error).message).split('\n')[0]);
    }
    process.env.DATABASE_URL = embedded.url;
    if (!process.env.RELASI_DEMO) process.env.RELASI_DEMO = '1';
  }
  const url = process.env.DATABASE_URL!;
  const problem = await checkConnection(url);
  if (problem) {
    await embedded?.stop();
    fail(problem);
  }
  try {
    await migrateDatabase(url);
  } catch (err) {
    await embedded?.stop();
    fail(`migrations failed on ${redactUrl(url)}: ${(err as Error).message.split('\n')[0]}`);
  }

  let demo = false;
  if (opts.seed) {
    const { db, closeDb } = await import('../../db/client');
    const { isDatabaseEmpty, isDemoDatabase, seedDemo } = await import('../../db/seed/demo');
    const empty = await isDatabaseEmpty(db);
    const wasDemo = await isDemoDatabase(db);
    // C30: an installation configured for production (an https APP_URL without RELASI_ALLOW_INSECURE)
    // never gets the demo accounts, whose password is in the README, and refuses to start with them.
    const production = !['1', 'true'].includes(process.env.RELASI_ALLOW_INSECURE ?? '') && process.env.APP_URL!.startsWith('https://');
    if (production && (wasDemo || opts.seed === 'always')) {
      await closeDb();
      await embedded?.stop();
      fail('demo accounts are not allowed in production (an https APP_URL); use a database without the demo data');
    }
    if (opts.seed === 'always' && !empty && !wasDemo && !opts.force) {
      await closeDb();
      await embedded?.stop();
      fail('this database holds data that was not seeded as a demo; refusing to seed (use --force to override)');
    }
    if ((empty && !production) || opts.seed === 'always') {
      await seedDemo(db);
      if (!opts.quiet) console.log('Relasi: demo data seeded');
    }
    demo = await isDemoDatabase(db);
    await closeDb();
  }
  return {
    url,
    embedded: !!embedded,
    demo,
    stop: async () => {
      await embedded?.stop();
    },
  };
}
