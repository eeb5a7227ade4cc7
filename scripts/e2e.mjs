// npm run test:e2e — the Playwright journeys against the app started exactly like `npm start`
// (migrations, demo seed, production build, server and outbox worker), but isolated: a throwaway data
// folder (embedded PostgreSQL) or a fresh database on TEST_DATABASE_URL, its own build folder and port.
// Everything is torn down at the end; the exit code is Playwright's.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 12 * 60 * 1000; // covers a cold production build on 2 cores
const log = (line) => console.log(`e2e: ${line}`);

async function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '0.0.0.0', () => srv.close(() => resolve(true)));
  });
}

async function pickPort() {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  if (await portIsFree(3100)) return 3100;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '0.0.0.0', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the TEST_DATABASE_URL server, dropped again at the end. */
async function freshDatabase(serverUrl) {
  const { default: postgres } = await import('postgres');
  const name = `relasi_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await c.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end({ timeout: 5 });
      }
    },
  };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'relasi-e2e-'));
// mkdtemp makes it 0700; when run as root, PostgreSQL runs as its own user and must reach pg/ inside.
chmodSync(tmp, 0o755);
const port = await pickPort();
const baseURL = `http://localhost:${port}`;
let database = null;

const env = { ...process.env };
delete env.NODE_ENV;
// Empty rather than deleted: a developer's .env never overrides a variable that is already set, so
// these keep the run on its own embedded database, URL, secret and dev mail transport.
for (const k of ['DATABASE_URL', 'APP_URL', 'AUTH_URL', 'AUTH_SECRET', 'RESEND_API_KEY', 'RESEND_BASE_URL', 'RELASI_PG_PORT', 'RELASI_NO_WORKER']) env[k] = '';
Object.assign(env, {
  // As behind one reverse proxy: each test sends its own X-Forwarded-For (e2e/support.ts), so the
  // per-IP login limit counts tests separately rather than the whole suite as 127.0.0.1.
  TRUST_PROXY_HOPS: '1',
  RELASI_DATA_DIR: tmp,
  // E2E_DIST_DIR lets two engineers run the suite at once on one checkout (each with its own E2E_PORT).
  RELASI_DIST_DIR: process.env.E2E_DIST_DIR || '.next-e2e',
  UPLOAD_DIR: path.join(tmp, 'uploads'),
  PORT: String(port),
  WORKER_POLL_MS: '200',
  NEXT_TELEMETRY_DISABLED: '1',
});
// Every run has a fresh database, but a build folder is reused while the sources are unchanged. Next's
// runtime caches in it (unstable_cache data, pages rendered on demand) belong to the previous run's
// database: a product page rendered now met a category tree cached with the old ids and answered 404.
for (const dir of ['cache/fetch-cache', 'server/route-cache']) rmSync(path.join(ROOT, env.RELASI_DIST_DIR, dir), { recursive: true, force: true });

if (process.env.TEST_DATABASE_URL) {
  database = await freshDatabase(process.env.TEST_DATABASE_URL);
  env.DATABASE_URL = database.url;
  log(`using a fresh database on the TEST_DATABASE_URL server`);
}

log(`data in ${tmp}, app on ${baseURL}`);
// Our own process group, so teardown also reaches a `next build` or PostgreSQL left behind.
const app = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--import', './lib/jobs/server-only-hook.mjs', 'scripts/start.ts'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let appExited = false;
const appExit = new Promise((resolve) => app.once('exit', (code, signal) => { appExited = true; resolve({ code, signal }); }));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const groupSignal = (sig) => {
  try {
    process.kill(-app.pid, sig);
  } catch {
    /* already gone */
  }
};

// One teardown, awaited by whoever asks (the signal handler and the normal end race otherwise).
let tornDown = null;
function teardown() {
  tornDown ??= stopEverything();
  return tornDown;
}

async function stopEverything() {
  log('stopping the app …');
  if (!appExited) {
    app.kill('SIGTERM'); // start.ts stops server, worker and PostgreSQL, then exits
    await Promise.race([appExit, sleep(30_000)]);
  }
  // Whatever is still in the group (a build cut short, an orphaned postgres) goes now.
  groupSignal('SIGTERM');
  await sleep(500);
  groupSignal('SIGKILL');
  if (database) await database.drop().catch((err) => log(`could not drop the test database: ${err.message}`));
  rmSync(tmp, { recursive: true, force: true });
}

let interrupted = false;
let playwright = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    interrupted = true;
    playwright?.kill(sig);
    void teardown().then(() => process.exit(130));
  });
}

async function waitForApp() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (appExited || interrupted) return false;
    try {
      const res = await fetch(`${baseURL}/login`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) return true;
    } catch {
      /* not listening yet */
    }
    await sleep(1000);
  }
  return false;
}

let code = 1;
try {
  const started = Date.now();
  if (!(await waitForApp())) {
    log(appExited ? 'the app exited before it was ready (see above)' : 'the app did not become ready in time');
  } else {
    log(`app ready after ${Math.round((Date.now() - started) / 1000)} s; running Playwright`);
    const pw = (playwright = spawn(process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)], {
      cwd: ROOT,
      // E2E_DATA_DIR: the app's data folder (its auth-secret), for the S30 leak crawler.
      env: { ...process.env, E2E_BASE_URL: baseURL, E2E_DATA_DIR: tmp },
      stdio: 'inherit',
    }));
    code = await new Promise((resolve) => pw.once('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
  }
} finally {
  await teardown();
}
process.exit(interrupted ? 130 : code);
