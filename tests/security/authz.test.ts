// S01: every server action × every caller, through the real action() wrapper and the real
// getCurrentUser(). Allowed callers succeed with a valid payload; everyone else is refused and the
// database is byte-for-byte unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { settings, users } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/session';
import { can, PERMISSIONS } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/auth/roles';
import { saveCompany } from '@/lib/settings/actions';
import { saveProfile } from '@/lib/accounts/actions';
import { createUser, createUsersOfEveryRole, type TestUser } from '../helpers/factories';
import { randomIp, runAs } from '../helpers/session';
import { AUTHZ_MATRIX, CALLERS, FOUNDATION_GRANTS, type Caller } from './authz-matrix';
import { dbFingerprint } from './helpers/db';

const ROOT = path.resolve(__dirname, '../..');

type ActionFn = (input: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>;

/** Every source file under the given top-level folders, as repo-relative paths. */
function sourceFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
      .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)),
  );
}

/** Every lib/**\/actions.ts and app/**\/actions.ts in the working tree, as repo-relative paths. */
function actionFiles(): string[] {
  return sourceFiles('lib', 'app')
    .filter((f) => /(^|\/)actions\.ts$/.test(f))
    .sort();
}

/** A 'use server' directive, at the top of a module or at the top of a function body. */
const USE_SERVER = /^\s*(['"])use server\1;?\s*$/m;

async function loadActions(file: string): Promise<Record<string, ActionFn>> {
  return (await import(path.join(ROOT, file))) as Record<string, ActionFn>;
}

describe('S01 the matrix covers every server action', () => {
  it('server actions live only in lib/**/actions.ts or app/**/actions.ts, which the matrix check reads', () => {
    const elsewhere = sourceFiles('app', 'lib', 'components')
      .filter((f) => USE_SERVER.test(readFileSync(path.join(ROOT, f), 'utf8')))
      .filter((f) => !actionFiles().includes(f));
    // An inline 'use server' function or a differently named module would escape the matrix below.
    expect(elsewhere, "move these server actions into an actions.ts built with action()").toEqual([]);
    expect(USE_SERVER.test(readFileSync(path.join(ROOT, 'lib/tickets/actions.ts'), 'utf8'))).toBe(true);
  });

  it('every export of every lib/**/actions.ts and app/**/actions.ts has a row, and every row an export', async () => {
    const missing: string[] = [];
    const stale: string[] = [];
    const files = actionFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const mod = await loadActions(file);
      const exported = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
      for (const name of exported) if (!AUTHZ_MATRIX[file]?.[name]) missing.push(`${file}#${name}`);
      for (const name of Object.keys(AUTHZ_MATRIX[file] ?? {})) if (!exported.includes(name)) stale.push(`${file}#${name}`);
    }
    for (const file of Object.keys(AUTHZ_MATRIX)) if (!files.includes(file)) stale.push(file);
    // A new action needs its hand-written row in tests/security/authz-matrix.ts (SECURITY.md §5).
    expect({ missing, stale }, 'add or remove rows in tests/security/authz-matrix.ts').toEqual({ missing: [], stale: [] });
  });
});

const cells = Object.entries(AUTHZ_MATRIX).flatMap(([file, rows]) =>
  Object.entries(rows).flatMap(([name, row]) => CALLERS.map((caller) => ({ file, name, row, caller, allowed: row.allow.includes(caller) }))),
);

describe('S01 authorization matrix', () => {
  it.each(cells.map((c) => [`${c.file}#${c.name}`, c.caller, c.allowed ? 'allowed' : 'refused', c] as const))(
    'S01 %s as %s is %s',
    async (_id, caller: Caller, _verdict, { file, name, row, allowed }) => {
      const action = (await loadActions(file))[name];
      // A fresh caller per cell: some actions (password change, logout) end the caller's session.
      const me: TestUser | null = caller === 'anon' ? null : await createUser(caller);
      const input = await row.input(me);
      const before = await dbFingerprint();
      const result = await runAs(me, () => action(input), { ip: randomIp() });
      if (allowed) {
        expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      } else {
        const code = row.refused?.[caller] ?? (caller === 'anon' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(result).toMatchObject({ ok: false, code });
        expect(await dbFingerprint()).toBe(before);
      }
    },
  );
});

describe('S01 role → permission map', () => {
  it('the foundation permissions match the hand-written table for every role', () => {
    const actual: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const [permission, roles] of Object.entries(FOUNDATION_GRANTS)) {
      expect(PERMISSIONS as readonly string[]).toContain(permission);
      actual[permission] = ROLES.filter((r) => can(r, permission as never));
      expected[permission] = ROLES.filter((r) => roles.includes(r));
    }
    expect(actual).toEqual(expected);
  });

  it('admin holds every permission; a customer holds no staff or management permission', () => {
    for (const p of PERMISSIONS) expect(can('admin', p), p).toBe(true);
    const staffish = PERMISSIONS.filter((p) => p === 'staff.access' || /\.(manage|approve|review|moderate|publish|assign|dispatch|accept|delete|read)$/.test(p));
    for (const p of staffish) expect(can('customer', p), p).toBe(false);
  });
});

describe('the session behind action()', () => {
  let everyone: Awaited<ReturnType<typeof createUsersOfEveryRole>>;
  beforeAll(async () => {
    everyone = await createUsersOfEveryRole();
  });

  it('concurrent requests never see each other’s identity (no cache() leak)', async () => {
    const order = [...ROLES, ...ROLES].map((r) => everyone[r]);
    const seen = await Promise.all(order.map((u) => runAs(u, async () => (await getCurrentUser())?.id)));
    expect(seen).toEqual(order.map((u) => u.id));
    expect(await runAs(null, () => getCurrentUser())).toBeNull();
  });

  it('S17 a mutation without our Origin is refused and changes nothing', async () => {
    const admin = everyone.admin;
    const input = { name: 'PT Penyerang', tagline: '', about: '', vision: '', address: '', city: '', phone: '', whatsapp: '', email: '', mapUrl: '', instagram: '', facebook: '', youtube: '', tiktok: '' };
    for (const origin of [null, 'null', 'https://evil.test', 'http://localhost:3001']) {
      const before = await dbFingerprint();
      const result = await runAs(admin, () => saveCompany(input), { headers: { origin } });
      expect(result, String(origin)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await dbFingerprint()).toBe(before);
    }
    const rows = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'company'));
    expect(rows.map((r) => (r.value as { name: string }).name)).not.toContain('PT Penyerang');
  });

  it('S06 extra fields (role, customerId, status) are a validation error and change nothing', async () => {
    const customer = everyone.customer;
    const before = await dbFingerprint();
    const result = await runAs(customer, () =>
      saveProfile({ name: 'Ganti Nama', phone: '', locale: 'id', role: 'admin', status: 'active', customerId: null } as never),
    );
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await dbFingerprint()).toBe(before);
    const [row] = await db.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, customer.id));
    expect(row).toEqual({ role: 'customer', name: customer.name });
  });

  it('a disabled or unknown session is treated as signed out', async () => {
    const gone = { id: '00000000-0000-4000-8000-000000000000', sessionVersion: 1 };
    expect(await runAs(gone, () => getCurrentUser())).toBeNull();
    expect(await runAs({ id: 'not-a-uuid', sessionVersion: 1 }, () => getCurrentUser())).toBeNull();
    const disabled = await createUser('helpdesk', { status: 'disabled' });
    expect(await runAs(disabled, () => getCurrentUser())).toBeNull();
    const result = await runAs(disabled, () => saveProfile({ name: 'Tetap', phone: '', locale: 'id' }));
    expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('a staff session older than 12 hours has ended (C12)', async () => {
    const helpdesk = everyone.helpdesk;
    const thirteenHoursAgo = Math.floor(Date.now() / 1000) - 13 * 3600;
    expect(await runAs({ ...helpdesk, signedInAt: thirteenHoursAgo }, () => getCurrentUser())).toBeNull();
    // customers keep the 7-day Auth.js session
    const customer = everyone.customer;
    expect((await runAs({ ...customer, signedInAt: thirteenHoursAgo }, () => getCurrentUser()))?.id).toBe(customer.id);
  });
});
