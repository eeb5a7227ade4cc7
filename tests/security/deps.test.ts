// S46: what is installed meets the floors of SECURITY.md §1, and a production boot refuses a short
// AUTH_SECRET, an http APP_URL and demo accounts (C30). `npm audit` needs the network and runs in CI,
// not here.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sqlClient } from '@/db/client';
import { databaseUrl } from '../helpers/db-url';
import { spawnWorker, waitFor } from './helpers/workers';

const ROOT = path.resolve(__dirname, '../..');

/** SECURITY.md §1 "floor" column. dompurify only counts when it is installed at all. */
const FLOORS: Record<string, string> = {
  next: '16.3.3',
  react: '19.2.6',
  'react-dom': '19.2.6',
  'next-auth': '5.0.0-beta.32',
  '@auth/core': '0.41.3',
  'drizzle-orm': '0.45.2',
  sharp: '0.35.4',
  'sanitize-html': '2.17.5',
  dompurify: '3.4.0',
};
const REQUIRED = Object.keys(FLOORS).filter((p) => p !== 'dompurify');

/** Semver order, pre-releases included (5.0.0-beta.32 < 5.0.0-beta.100 < 5.0.0). */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [main, pre] = v.replace(/\+.*$/, '').split(/-(.*)/s, 2);
    return { main: main.split('.').map(Number), pre: pre ? pre.split('.') : [] };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if ((x.main[i] ?? 0) !== (y.main[i] ?? 0)) return (x.main[i] ?? 0) - (y.main[i] ?? 0);
  if (!x.pre.length || !y.pre.length) return (x.pre.length ? -1 : 0) + (y.pre.length ? 1 : 0);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const np = /^\d+$/.test(p);
    const nq = /^\d+$/.test(q);
    if (np && nq) return Number(p) - Number(q);
    if (np !== nq) return np ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** Every installed copy of `pkg` in node_modules, nested ones included: [folder, version]. */
function installedCopies(pkg: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (modules: string, depth: number) => {
    if (!existsSync(modules) || depth > 6) return;
    const own = path.join(modules, pkg, 'package.json');
    if (existsSync(own)) found.push([path.relative(ROOT, path.dirname(own)), JSON.parse(readFileSync(own, 'utf8')).version]);
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dirs = entry.name.startsWith('@') ? readdirSync(path.join(modules, entry.name)).map((n) => path.join(modules, entry.name, n)) : [path.join(modules, entry.name)];
      for (const d of dirs) walk(path.join(d, 'node_modules'), depth + 1);
    }
  };
  walk(path.join(ROOT, 'node_modules'), 0);
  return found;
}

describe('S46 installed versions are at or above the SECURITY.md §1 floors', () => {
  it('compares versions the way npm does, pre-releases included', () => {
    expect(compareVersions('16.4.6', '16.3.3')).toBeGreaterThan(0);
    expect(compareVersions('16.3.2', '16.3.3')).toBeLessThan(0);
    expect(compareVersions('16.10.0', '16.9.9')).toBeGreaterThan(0);
    expect(compareVersions('5.0.0-beta.32', '5.0.0-beta.32')).toBe(0);
    expect(compareVersions('5.0.0-beta.31', '5.0.0-beta.32')).toBeLessThan(0);
    expect(compareVersions('5.0.0-beta.100', '5.0.0-beta.32')).toBeGreaterThan(0);
    expect(compareVersions('5.0.0', '5.0.0-beta.32')).toBeGreaterThan(0);
    expect(compareVersions('4.24.15', '5.0.0-beta.32')).toBeLessThan(0);
  });

  it.each(Object.entries(FLOORS))('S46 every installed copy of %s is ≥ %s', (pkg, floor) => {
    const copies = installedCopies(pkg);
    if (REQUIRED.includes(pkg)) expect(copies.length, `${pkg} is not installed`).toBeGreaterThan(0);
    for (const [where, version] of copies) expect(compareVersions(version, floor), `${where}@${version} is below ${floor}`).toBeGreaterThanOrEqual(0);
  });

  it('S46 the lock file (what npm ci installs in CI) holds no copy below a floor', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    const seen = new Set<string>();
    for (const [where, meta] of Object.entries(lock.packages)) {
      const pkg = Object.keys(FLOORS).find((p) => where === `node_modules/${p}` || where.endsWith(`/node_modules/${p}`));
      if (!pkg || !meta.version) continue;
      seen.add(pkg);
      expect(compareVersions(meta.version, FLOORS[pkg]), `${where}@${meta.version} is below ${FLOORS[pkg]}`).toBeGreaterThanOrEqual(0);
    }
    for (const pkg of REQUIRED) expect(seen, pkg).toContain(pkg);
  });

  it('S46 dependencies are exact pins (no ^, ~ or ranges), as §1 requires', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(v));
    expect(loose).toEqual([]);
  });

  it('S46 the PostgreSQL server is at or above the May 2026 minor of its major', async () => {
    const floors: Record<number, number> = { 15: 150018, 16: 160014, 17: 170010, 18: 180004 };
    const [{ v }] = await sqlClient<{ v: string }[]>`select current_setting('server_version_num') as v`;
    const num = Number(v);
    const major = Math.floor(num / 10000);
    expect(major, 'PostgreSQL 15 or newer').toBeGreaterThanOrEqual(15);
    if (floors[major]) expect(num, `server_version_num ${num}`).toBeGreaterThanOrEqual(floors[major]);
  });
});

type Run = { code: number | null; output: string };

/** One process: node + tsx with the server-only hook, evaluating `code` from the repository root. */
function runNode(code: string, env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--import', './lib/jobs/server-only-hook.mjs', '-e', code], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${output}`));
    }, timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve({ code: c, output });
    });
  });
}

const STRONG_SECRET = randomBytes(32).toString('base64url');
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: process.env.DATABASE_URL,
  APP_URL: 'https://relasi.example.co.id',
  AUTH_URL: 'https://relasi.example.co.id',
  AUTH_SECRET: STRONG_SECRET,
  RELASI_CHILD: '1',
};

describe('S46 / C30 a production boot refuses unsafe settings', () => {
  it.each([
    ['a missing AUTH_SECRET', { AUTH_SECRET: undefined }, /AUTH_SECRET/],
    ['a 31-character AUTH_SECRET', { AUTH_SECRET: 'x'.repeat(31) }, /AUTH_SECRET: must be at least 32/],
    ['an http APP_URL', { APP_URL: 'http://relasi.example.co.id' }, /APP_URL: must be https/],
    ['demo accounts (RELASI_DEMO=1)', { RELASI_DEMO: '1' }, /RELASI_DEMO: demo accounts are not allowed in production/],
  ] as [string, Record<string, string | undefined>, RegExp][])('S46 the worker, started as `npm start` starts it, refuses %s and exits', async (_what, change, message) => {
    const worker = spawnWorker({ ...PRODUCTION, ...change } as Record<string, string>);
    try {
      const code = await Promise.race([worker.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 30_000))]);
      expect(code, worker.output()).not.toBe('running');
      expect(code).not.toBe(0);
      expect(worker.output()).toMatch(/Relasi: invalid environment configuration/);
      expect(worker.output()).toMatch(message);
      // The refusal names the setting, never its value.
      if (typeof change.AUTH_SECRET === 'string') expect(worker.output()).not.toContain(change.AUTH_SECRET);
    } finally {
      await worker.stop('SIGKILL');
    }
  });

  it('S46 the same worker boots with a production configuration that is safe (the refusals above are not noise)', async () => {
    const worker = spawnWorker(PRODUCTION as Record<string, string>);
    try {
      await waitFor(async () => /Relasi worker \S+ started/.test(worker.output()) || worker.proc.exitCode !== null, 30_000, 'the worker to start');
      expect(worker.output()).toMatch(/Relasi worker \S+ started/);
      expect(worker.proc.exitCode).toBeNull();
    } finally {
      await worker.stop();
    }
  });

  it('S46 the web server’s environment module refuses the same settings (lib/env.ts is what every route imports)', async () => {
    const load = `await import('./lib/env.ts').then(() => console.log('env ok'))`;
    expect((await runNode(load, PRODUCTION)).output).toContain('env ok');
    for (const change of [{ AUTH_SECRET: 'kurang-panjang' }, { APP_URL: 'http://relasi.example.co.id' }, { RELASI_DEMO: 'true' }]) {
      const run = await runNode(load, { ...PRODUCTION, ...change });
      expect(run.code, JSON.stringify(change)).not.toBe(0);
      expect(run.output).toMatch(/invalid environment configuration/);
      expect(run.output).not.toContain('env ok');
    }
    // RELASI_ALLOW_INSECURE is the one escape, for local production builds (npm start without APP_URL).
    const local = await runNode(load, { ...PRODUCTION, APP_URL: 'http://localhost:3999', RELASI_DEMO: '1', RELASI_ALLOW_INSECURE: '1' });
    expect(local.output).toContain('env ok');
  });

  describe('demo accounts on a production database', () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `t_boot_${randomBytes(5).toString('hex')}`;
    const url = databaseUrl(adminUrl, name);
    const dataDir = path.join(process.env.TMPDIR ?? '/tmp', name);
    const prepare = `const { prepareDatabase } = await import('./scripts/lib/prepare.ts');
      const r = await prepareDatabase({ seed: 'if-empty', quiet: true });
      console.log('prepared demo=' + r.demo);
      process.exit(0);`;
    const demoUsers = async () => {
      const c = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const [row] = await c<{ users: number; demo: number }[]>`
          select (select count(*)::int from users where email like '%@relasi.test') as users,
                 (select count(*)::int from settings where key = 'demo') as demo`;
        return row;
      } finally {
        await c.end({ timeout: 5 });
      }
    };

    afterAll(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${name}" with (force)`).finally(() => admin.end({ timeout: 5 }));
    });

    it('S46 `npm start` on an empty database configured for production (https APP_URL) seeds no demo accounts; a demo database is refused', async () => {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}" template "${inject('pgTemplate')}"`).finally(() => admin.end({ timeout: 5 }));
      const env = { ...PRODUCTION, NODE_ENV: undefined, RELASI_CHILD: undefined, DATABASE_URL: url, RELASI_DATA_DIR: dataDir };

      // The demo password is printed in the README: on a production database it would be an open door.
      const first = await runNode(prepare, env, 120_000);
      expect(first.output).toContain('prepared demo=false');
      expect(await demoUsers()).toEqual({ users: 0, demo: 0 });

      // The same database seeded as a demo (a local run allows that) is refused at the next production start.
      const local = await runNode(prepare, { ...env, APP_URL: undefined, AUTH_URL: undefined, RELASI_ALLOW_INSECURE: '1' }, 180_000);
      expect(local.output, local.output).toContain('prepared demo=true');
      expect((await demoUsers()).users).toBeGreaterThan(0);
      const refused = await runNode(prepare, env, 120_000);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/demo accounts/);
      expect(refused.output).not.toContain('prepared demo');
    }, 300_000);
  });
});
