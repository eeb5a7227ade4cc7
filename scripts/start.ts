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

const children: ChildProcess[] = [];
const childEnv = { ...process.env, RELASI_CHILD: '1' };
// RELASI_SERVER_NODE_ARGS: extra Node flags for the web server only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
// to profile it (NODE_OPTIONS refuses --cpu-prof).
const serverNodeArgs = (process.env.RELASI_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
// The web server's old generation is capped (RELASI_SERVER_HEAP_MB, default 320): left alone, V8 grows
// the heap to ~450 MB under 50 concurrent renders and keeps it, although the live data after a
// collection is a fraction of that. With the cap it collects earlier and stays within its budget.
const heapMb = Number(process.env.RELASI_SERVER_HEAP_MB ?? 320);
if (heapMb > 0 && !serverNodeArgs.some((a) => a.startsWith('--max-old-space-size'))) serverNodeArgs.push(`--max-old-space-size=${heapMb}`);
const server = spawn(process.execPath, [...serverNodeArgs, path.join(ROOT, 'scripts/server.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: childEnv });
children.push(server);
if (withWorker) {
  const worker = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--import', './lib/jobs/server-only-hook.mjs', 'scripts/worker.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: childEnv,
  });
  children.push(worker);
}

let shuttingDown = false;
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('Relasi: stopping …');
  await Promise.all(
    children.map(
      (c) =>
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
for (const c of children) c.on('exit', (code) => { if (!shuttingDown) { console.error(`Relasi: a child process exited (${code}); stopping`); void shutdown(code || 1); } });

server.on('message', async (m: { ready?: boolean }) => {
  if (!m?.ready) return;
  console.log(`\nRelasi is running at ${process.env.APP_URL}`);
  if (prepared.demo) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../db/seed/demo');
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(14)} ${a.email}`);
  }
  console.log('Press Ctrl+C to stop.\n');
});
