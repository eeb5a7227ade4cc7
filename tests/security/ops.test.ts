// Operations: the audit log only grows (S45, C27) and migrations are safe to run from two
// processes booting at once (S43, C28).
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { db, sqlClient } from '@/db/client';
import { auditLog } from '@/db/schema';
import { migrateDatabase } from '@/db/migrate';
import { recordAudit } from '@/lib/audit/record-audit';
import { databaseUrl } from '../helpers/db-url';
import { createUser } from '../helpers/factories';

const MIGRATIONS = path.resolve(__dirname, '../../db/migrations');

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

  it('S43 migrations are forward-only: no down files', () => {
    const files = readdirSync(MIGRATIONS, { recursive: true }) as string[];
    expect(files.filter((f) => /down/i.test(f))).toEqual([]);
  });
});
