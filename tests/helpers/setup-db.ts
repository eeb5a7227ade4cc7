// Runs before every test file, ahead of its imports: the file gets its own database cloned from the
// migrated template, and the environment lib/env.ts parses points at it. db/client reads env at
// import, so this must happen before anything imports it (hence a setup file with top-level await).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { databaseUrl } from './db-url';

const adminUrl = inject('pgAdminUrl');
const template = inject('pgTemplate');
const name = `t_${randomBytes(6).toString('hex')}`;

async function createFromTemplate() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database "${name}" template "${template}"`);
        return;
      } catch (err) {
        // 55006: another session is copying the template at this instant; try again shortly.
        if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

await createFromTemplate();

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV = 'test';
env.DATABASE_URL = databaseUrl(adminUrl, name);
env.DATABASE_POOL_MAX = '8';
env.AUTH_SECRET = randomBytes(32).toString('base64url');
env.APP_URL = 'http://localhost:3000';
env.TRUST_PROXY_HOPS = '0';
env.LOG_LEVEL = 'error';
// A developer's shell must not change what the tests see.
for (const key of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'RELASI_DEMO', 'RELASI_ALLOW_INSECURE', 'AUTH_URL']) delete env[key];

afterAll(async () => {
  const g = globalThis as unknown as { relasiSql?: { end: (o: { timeout: number }) => Promise<void> } };
  await g.relasiSql?.end({ timeout: 5 }).catch(() => {});
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
});
