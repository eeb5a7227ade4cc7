// Once per run: a PostgreSQL server (TEST_DATABASE_URL, or an embedded one in a temp folder) and a
// template database with the committed migrations applied. Test files clone the template
// (tests/helpers/setup-db.ts), so the migrations run once and every file starts from the same schema.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDb } from '../../db/embedded';
import { migrateDatabase } from '../../db/migrate';
import { databaseUrl } from './db-url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test server with rights to create and drop databases. */
    pgAdminUrl: string;
    /** The migrated database every test file clones. */
    pgTemplate: string;
  }
}

type Shared = { adminUrl: string; template: string; users: number; stop: () => Promise<void> };
// Vitest runs this once per project (unit, security, and the root); they share one server.
const G = globalThis as unknown as { relasiTestPg?: Promise<Shared> };

async function start(): Promise<Shared> {
  let embedded: EmbeddedDb | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'relasi-vitest-'));
    // mkdtemp makes it 0700; as root, PostgreSQL runs as its own user and must reach pg/ inside.
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dir, ephemeral: true, database: 'postgres' });
    adminUrl = embedded.url;
  }
  const template = `relasi_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${template}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  try {
    await migrateDatabase(databaseUrl(adminUrl, template));
  } catch (err) {
    await dropDatabase(adminUrl, template).catch(() => {});
    await embedded?.stop();
    throw err;
  }
  return {
    adminUrl,
    template,
    users: 0,
    stop: async () => {
      await dropDatabase(adminUrl, template).catch((err) => console.error('[vitest] could not drop the template database', err));
      await embedded?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function dropDatabase(adminUrl: string, name: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name.replace(/"/g, '')}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export default async function setup(project: TestProject) {
  G.relasiTestPg ??= start();
  const shared = await G.relasiTestPg;
  shared.users += 1;
  project.provide('pgAdminUrl', shared.adminUrl);
  project.provide('pgTemplate', shared.template);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    G.relasiTestPg = undefined;
    await shared.stop();
  };
}
