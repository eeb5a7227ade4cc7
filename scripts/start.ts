// npm start — one command from a fresh clone to a running Relasi:
// database (embedded unless DATABASE_URL is set) → migrations → demo data on an empty database →
// production build when sources changed → web server and worker. Ctrl+C stops all of it cleanly.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareDatabase, ROOT, fail } from './lib/prepare';

const args = new Set(process.argv.slice(2));
const withWorker = !args.has('--no-worker') && process.env.RELASI_NO_WORKER !== '1';

const prepared = await prepareDatabase({ seed: 'if-empty' });
(process.env as Record<string, string>).NODE_ENV = "production";

/** A fingerprint of everything that goes into the build, so `npm start` rebuilds only after a change. */
function sourceFingerprint(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${path.relative(ROOT, p)}:${statSync(p).size}:${statSync(p).mtimeMs}\n`);
    }
  };
  for (const d of ['app', 'components', 'lib', 'db/schema', 'messages', 'public']) walk(path.join(ROOT, d));
  for (const f of ['next.config.ts', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']) {
    const p = path.join(ROOT, f);
    if (existsSync(p)) h.update(`${f}:${statSync(p).mtimeMs}\n`);
  }
  return h.digest('hex');
}

const distDir = path.join(ROOT, process.env.RELASI_DIST_DIR || '.next');
const stamp = path.join(distDir, 'relasi-build-fingerprint');
const fingerprint = sourceFingerprint();
const built = existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
if (!built || args.has('--build')) {
  console.log('Relasi: building the production bundle (first start or sources changed; this takes a few minutes) …');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    await prepared.stop();
    fail('the production build failed (see above)');
  }
  writeFileSync(stamp, fingerprint);
}

const childEnv = { ...process.env, RELASI_CHILD: '1' };
// RELASI_SERVER_NODE_ARGS: extra Node flags for the web server only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
// to profile it (NODE_OPTIONS refuses --cpu-prof).
const serverNodeArgs = (process.env.RELASI_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
// The web server's old generation is capped (RELASI_SERVER_HEAP_MB, default 320): left alone, V8 grows
// the heap to ~450 MB under 50 concurrent renders and keeps it, although the live data after a
// collection is a fraction of that. With the cap it collects earlier and stays within its budget.
const heapMb = Number(process.env.RELASI_SERVER_HEAP_MB ?? 320);
if (heapMb > 0 && !serverNodeArgs.some((a) => a.startsWith('--max-old-space-size'))) serverNodeArgs.push(`--max-old-space-size=${heapMb}`);
type Child = { name: string; proc: ChildProcess; spawn: () => ChildProcess; ready: boolean; crashes: number[] };
const children: Child[] = [];
let shuttingDown = false;
let announced = false;

/**
 * A child that dies on its own (a crash, the heap budget exceeded) is started again after a short pause,
 * so one bad request cannot take Relasi down; five deaths within a minute, or a web server that never
 * came up, stop everything with an error instead of looping.
 */
function supervise(name: string, start: () => ChildProcess, needsReady: boolean) {
  const child: Child = { name, proc: start(), spawn: start, ready: !needsReady, crashes: [] };
  const watch = () => {
    child.proc.on('message', (m: { ready?: boolean }) => {
      if (!m?.ready) return;
      child.ready = true;
      if (name === 'server' && !announced) {
        announced = true;
        void announce();
      }
    });
    child.proc.on('exit', (code, signal) => {
      if (shuttingDown) return;
      const now = Date.now();
      child.crashes = [...child.crashes.filter((t) => now - t < 60_000), now];
      if (!child.ready || child.crashes.length >= 5) {
        console.error(`Relasi: the ${name} process exited (${code ?? signal})${child.ready ? ' five times within a minute' : ' before it was ready'}; stopping`);
        void shutdown(code || 1);
        return;
      }
      console.error(`Relasi: the ${name} process exited (${code ?? signal}); starting it again`);
      setTimeout(() => {
        if (shuttingDown) return;
        child.proc = child.spawn();
        watch();
      }, 1000 * child.crashes.length);
    });
  };
  watch();
  children.push(child);
}

supervise('server', () => spawn(process.execPath, [...serverNodeArgs, path.join(ROOT, 'scripts/server.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: childEnv }), true);
if (withWorker) {
  supervise(
    'worker',
    () =>
      spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--import', './lib/jobs/server-only-hook.mjs', 'scripts/worker.ts'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: childEnv,
      }),
    false,
  );
}

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('Relasi: stopping …');
  await Promise.all(
    children.map(
      ({ proc: c }) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 8000).unref();
        }),
    ),
  );
  await prepared.stop();
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(0));

async function announce() {
  console.log(`\nRelasi is running at ${process.env.APP_URL}`);
  if (prepared.demo) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../db/seed/demo');
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(14)} ${a.email}`);
  }
  console.log('Press Ctrl+C to stop.\n');
}
