// Operations: the audit log only grows (S45, C27); migrations are safe to run from two
// processes booting at once, and the committed schema has no drift from them (S43, C28).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { db, sqlClient } from '@/db/client';
import { auditLog } from '@/db/schema';
import { migrateDatabase } from '@/db/migrate';
import { recordAudit } from '@/lib/audit/record-audit';
import { databaseUrl } from '../helpers/db-url';
import { createUser } from '../helpers/factories';

const ROOT = path.resolve(__dirname, '../..');
const MIGRATIONS = path.join(ROOT, 'db/migrations');
const DRIZZLE_KIT = path.join(ROOT, 'node_modules/drizzle-kit/bin.cjs');

describe('S45 audit_log is append-only', () => {
  it.each([
    ['UPDATE', `update audit_log set action = 'tampered'`],
    ['DELETE', `delete from audit_log`],
    ['TRUNCATE', `truncate audit_log`],
  ])('S45 %s on audit_log fails and changes nothing', async (_op, statement) => {
    const admin = await createUser('admin');
    await recordAudit(db, admin, { action: 'test.append', entityType: 'user', entityId: admin.id, after: { role: 'admin', passwordHash: 'x' } });
    const before = await db.select().from(auditLog);
    expect(before.length).toBeGreaterThan(0);
    await expect(sqlClient.unsafe(statement)).rejects.toMatchObject({ message: expect.stringMatching(/append-only/) });
    expect(await db.select().from(auditLog)).toEqual(before);
  });

  it('S45 audit rows keep no secrets', async () => {
    const admin = await createUser('admin');
    await recordAudit(db, admin, { action: 'test.secret', entityType: 'user', entityId: admin.id, after: { passwordHash: '$argon2id$v=19$…', token: 'abc', nik: '3173000000000001', name: 'Adi' } });
    const [row] = await sqlClient<{ after: Record<string, unknown> }[]>`select after from audit_log where action = 'test.secret'`;
    expect(row.after).toEqual({ passwordHash: '[redacted]', token: '[redacted]', nik: '[redacted]', name: 'Adi' });
  });

  it('S45 inserting still works inside a transaction with the change', async () => {
    const admin = await createUser('admin');
    const n = await db.transaction(async (tx) => {
      await recordAudit(tx, admin, { action: 'test.tx', entityType: 'user', entityId: admin.id });
      return (await tx.select().from(auditLog)).length;
    });
    expect(n).toBeGreaterThan(0);
  });
});

describe('S43 migrations', () => {
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  });

  it('S43 migrating one fresh database from two connections at once succeeds, once', async () => {
    const name = `t_mig_${randomBytes(5).toString('hex')}`;
    await admin.unsafe(`create database "${name}"`);
    created.push(name);
    const url = databaseUrl(process.env.DATABASE_URL!, name);
    const results = await Promise.allSettled([migrateDatabase(url), migrateDatabase(url)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    // and a third boot is a no-op
    await migrateDatabase(url);

    const check = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const applied = await check<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql'));
      expect(applied[0].n).toBe(files.length);
      const tables = await check<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public'`;
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'auth_tokens', 'audit_log', 'outbox', 'rate_limits', 'settings']));
      // the append-only trigger came with the migrations
      await check`insert into audit_log (action, entity_type, entity_id) values ('x', 'y', 'z')`;
      await expect(check`delete from audit_log`).rejects.toMatchObject({ message: expect.stringMatching(/append-only/) });
    } finally {
      await check.end({ timeout: 5 });
    }
  });

  it('S43 two empty databases migrated at the same time both reach the committed schema', async () => {
    const names = [0, 1].map(() => `t_mig_${randomBytes(5).toString('hex')}`);
    for (const name of names) {
      await admin.unsafe(`create database "${name}"`);
      created.push(name);
    }
    const urls = names.map((name) => databaseUrl(process.env.DATABASE_URL!, name));
    const results = await Promise.allSettled(urls.map((url) => migrateDatabase(url)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);

    const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql'));
    // This file's own database was migrated by the global setup: the reference shape.
    const reference = await columnsOf(admin);
    expect(reference.length).toBeGreaterThan(100);
    for (const url of urls) {
      const check = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const [applied] = await check<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
        expect(applied.n).toBe(files.length);
        expect(await columnsOf(check)).toEqual(reference);
      } finally {
        await check.end({ timeout: 5 });
      }
    }
  });

  it('S43 migrations are forward-only: no down files', () => {
    const files = readdirSync(MIGRATIONS, { recursive: true }) as string[];
    expect(files.filter((f) => /down/i.test(f))).toEqual([]);
  });
});

/** Every public column with its type and nullability, in a stable order. */
async function columnsOf(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ c: string }[]>`
    select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as c
    from information_schema.columns where table_schema = 'public' order by 1`;
  return rows.map((r) => r.c);
}

// drizzle-kit reads a copy of the config whose `out` is a copy of db/migrations in a temporary
// folder, so `generate` can never write into the repository. Its exit code is 0 even when it fails
// to read the folder, so the assertions read its output and the files it leaves.
describe('S43 schema drift', () => {
  const execFileP = promisify(execFile);
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  function copyOfMigrations(): { dir: string; config: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'relasi-drift-'));
    temps.push(dir);
    cpSync(MIGRATIONS, path.join(dir, 'migrations'), { recursive: true });
    // drizzle-kit prefixes `out` with './', so it has to be relative to the working directory.
    const out = path.relative(ROOT, path.join(dir, 'migrations'));
    const config = path.join(dir, 'drizzle.config.mjs');
    const source = readFileSync(path.join(ROOT, 'drizzle.config.ts'), 'utf8');
    // The copy keeps the committed dialect, schema and casing; only the output folder moves.
    expect(source).toMatch(/dialect: 'postgresql'/);
    expect(source).toMatch(/schema: '\.\/db\/schema\/index\.ts'/);
    expect(source).toMatch(/casing: 'snake_case'/);
    writeFileSync(
      config,
      `export default ${JSON.stringify({ dialect: 'postgresql', schema: './db/schema/index.ts', out, casing: 'snake_case', dbCredentials: { url: 'postgres://localhost/unused' } })};\n`,
    );
    return { dir, config };
  }

  async function drizzleKit(command: 'check' | 'generate', config: string): Promise<string> {
    const { stdout, stderr } = await execFileP(process.execPath, [DRIZZLE_KIT, command, '--config', config], {
      cwd: ROOT,
      timeout: 90_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return `${stdout}\n${stderr}`;
  }

  function listing(dir: string): Record<string, string> {
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(sql|json)$/.test(f)).sort();
    return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  }

  it('S43 drizzle-kit check finds the committed migrations consistent', async () => {
    const { dir, config } = copyOfMigrations();
    const output = await drizzleKit('check', config);
    expect(output).toMatch(/Everything's fine/);
    expect(output).not.toMatch(/error|collision|malformed/i);
    expect(listing(path.join(dir, 'migrations'))).toEqual(listing(MIGRATIONS));
  }, 120_000);

  it('S43 drizzle-kit generate against the committed schema produces no new migration', async () => {
    const committed = listing(MIGRATIONS);
    const { dir, config } = copyOfMigrations();
    const output = await drizzleKit('generate', config);
    expect(output).toMatch(/No schema changes, nothing to migrate/);
    expect(output).not.toMatch(/ENOENT|Error/);
    expect(listing(path.join(dir, 'migrations'))).toEqual(committed);
    expect(listing(MIGRATIONS)).toEqual(committed);
  }, 120_000);

  it('S43 the drift check notices drift: with the last schema-changing migration gone, generate writes one', async () => {
    const { dir, config } = copyOfMigrations();
    const out = path.join(dir, 'migrations');
    const journalPath = path.join(out, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
    const snapshotPath = (idx: number) => path.join(out, `meta/${String(idx).padStart(4, '0')}_snapshot.json`);
    const shape = (idx: number) => {
      const { id: _id, prevId: _prevId, ...rest } = JSON.parse(readFileSync(snapshotPath(idx), 'utf8')) as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    // A hand-written migration (same snapshot as the one before it) would not be noticed by design.
    let cut = journal.entries.length - 1;
    while (cut > 0 && shape(journal.entries[cut].idx) === shape(journal.entries[cut - 1].idx)) cut--;
    expect(cut).toBeGreaterThan(0);
    for (const entry of journal.entries.splice(cut)) {
      rmSync(path.join(out, `${entry.tag}.sql`));
      rmSync(snapshotPath(entry.idx));
    }
    writeFileSync(journalPath, JSON.stringify(journal, null, 2));
    const before = Object.keys(listing(out));

    const output = await drizzleKit('generate', config);
    expect(output).not.toMatch(/No schema changes/);
    const added = Object.keys(listing(out)).filter((f) => !before.includes(f));
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${String(cut).padStart(4, '0')}_.*\\.sql$`))]));
  }, 120_000);
});
