// Shared pieces of the benchmarks (scripts/bench.mjs, scripts/bench-isp.mjs): an isolated app (its
// own temporary embedded PostgreSQL, build folder and port, torn down however the run ends), a
// node:http baseline serving captured bytes, autocannon runs with CPU accounting from /proc, the
// machine description, percentiles, tables and the writer of docs/benchmarks.md sections.
import { fork, spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, statSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
export const ROOT = path.resolve(path.dirname(SELF), '../..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A plain GET/POST with node:http (no Accept-Encoding, like autocannon), body as a Buffer. */
export function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, timeout: 60_000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

export function cookiesFrom(res) {
  const out = {};
  for (const line of [].concat(res.headers['set-cookie'] ?? [])) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

export const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');

/** One login per run (login is rate-limited): Auth.js credentials callback → session cookie. */
export async function login(base, email, password) {
  const csrf = await request(`${base}/api/auth/csrf`);
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body.toString('utf8'));
  const jar = cookiesFrom(csrf);
  const form = new URLSearchParams({ email, password, csrfToken, callbackUrl: '/staff' }).toString();
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(form), cookie: cookieHeader(jar) },
    body: form,
  });
  const session = cookiesFrom(res)['authjs.session-token'];
  if (!session) throw new Error(`login as ${email} failed: ${res.status} → ${res.headers.location ?? '(no redirect)'}`);
  return `authjs.session-token=${session}`;
}

/** Pids of every descendant of `pid`, read from /proc (Linux). */
export function descendants(pid) {
  const byParent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(d));
    } catch {
      // the process went away meanwhile
    }
  }
  const out = [];
  const stack = [pid];
  while (stack.length) {
    for (const c of byParent.get(stack.pop()) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

/** Pids whose process group is `pgid` (the app was started detached, as the leader of its own group). */
export function groupMembers(pgid) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid) out.push(Number(d));
    } catch {
      // the process went away meanwhile
    }
  }
  return out;
}

export function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU ms per pid for the given pids, to subtract later (pids that appear later count from 0). */
export const cpuSnapshot = (pids) => new Map(pids.map((p) => [p, cpuMs(p)]));
export const cpuSince = (snapshot, pids) => pids.reduce((sum, p) => sum + cpuMs(p) - (snapshot.get(p) ?? 0), 0);

/** VmRSS and VmHWM (peak) in MiB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(status.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

export function machine() {
  const cpus = os.cpus();
  let git = '';
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    git = `${sha}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    git = 'unknown';
  }
  let nproc = String(os.availableParallelism?.() ?? cpus.length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // keep Node's count
  }
  return {
    nproc,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    git,
  };
}

/** Percentile by nearest rank over the recorded 2xx latencies (ms). */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One autocannon run. `serverPid` is the process that answers; `appPid` the root of the app's tree
 * (server, worker, PostgreSQL and its backends), whose CPU time is counted too.
 */
export async function loadRun(autocannon, { title, url, connections, duration, headers, serverPid, appPid, requests }) {
  const latencies = [];
  const appPids = () => (appPid ? descendants(appPid) : [serverPid]);
  const serverCpu = cpuMs(serverPid);
  const appCpu = cpuSnapshot(appPids());
  const instance = autocannon({ url, connections, duration, headers, timeout: 20, ...(requests ? { requests } : {}) });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const r = await instance;
  const serverCpuMs = cpuMs(serverPid) - serverCpu;
  const appCpuMs = cpuSince(appCpu, appPids());
  // Requests cut off when the run ends are still being answered; let the server finish them before
  // the next run starts, so no run pays for the previous one.
  await sleep(2000);
  latencies.sort((a, b) => a - b);
  return {
    title,
    url,
    connections,
    duration,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: r.latency.mean,
    max: r.latency.max,
    // CPU time per answered request: moves far less with other work on the machine than req/s does.
    serverCpuMsPerReq: r.requests.total ? serverCpuMs / r.requests.total : NaN,
    appCpuMsPerReq: appPid && r.requests.total ? appCpuMs / r.requests.total : NaN,
    autocannon: { p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodeStats,
  };
}

export function fmt(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function table(rows, baselineRps) {
  const head = ['target', 'conns', 'req/s', 'ratio to baseline', 'p50 ms', 'p95 ms', 'p99 ms', 'server CPU ms/req', 'app CPU ms/req', 'non-2xx', 'errors (timeouts)'];
  const body = rows.map((r) => [
    r.title,
    String(r.connections),
    fmt(r.rps, 0),
    r.baseline ? '1' : fmt(r.rps / baselineRps, 3),
    fmt(r.p50, 1),
    fmt(r.p95, 1),
    fmt(r.p99, 1),
    fmt(r.serverCpuMsPerReq, 2),
    fmt(r.appCpuMsPerReq, 2),
    String(r.non2xx),
    `${r.errors} (${r.timeouts})`,
  ]);
  return { head, body };
}

export function markdownTable({ head, body }) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i < 1 ? '---' : '---:'))), ...body.map(line)].join('\n');
}

export function textTable({ head, body }) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** tsconfig.json without the generated type folders that `next build` adds to "include" (null if unparsable). */
export function withoutDistTypes(text) {
  try {
    const json = JSON.parse(text);
    if (Array.isArray(json.include)) json.include = json.include.filter((p) => !/^\.next[^/]*\/(dev\/)?types\//.test(p));
    return JSON.stringify(json);
  } catch {
    return null;
  }
}

/**
 * `next build` with distDir .next-bench rewrites tsconfig.json (its format, and .next-bench/types in
 * "include"). Put the file back exactly (content and mtime, so `npm start` sees no changed source)
 * when that was the only change; anything else someone edited meanwhile is left alone.
 */
export function restoreTsconfig(saved) {
  const file = path.join(ROOT, 'tsconfig.json');
  if (!saved || !existsSync(file)) return;
  const now = readFileSync(file, 'utf8');
  if (now === saved.text) return;
  const a = withoutDistTypes(now);
  if (a === null || a !== withoutDistTypes(saved.text)) return;
  writeFileSync(file, saved.text);
  // Nanosecond mtime (Date and float seconds lose digits that `npm start`'s fingerprint keeps).
  const ns = saved.mtimeNs;
  execFileSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, file]);
}

export function writeDocs(section, markdown, writer = 'npm run bench') {
  const file = path.join(ROOT, 'docs/benchmarks.md');
  const begin = `<!-- bench:${section}:begin (written by ${writer}; edit outside these markers) -->`;
  const end = `<!-- bench:${section}:end -->`;
  const block = `${begin}\n${markdown}\n${end}`;
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\n`npm run bench` (scripts/bench.mjs) writes its figures here; see the notes under each section for how to read them.\n';
  const re = new RegExp(`<!-- bench:${section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:begin[^>]*-->[\\s\\S]*?<!-- bench:${section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:end -->`);
  if (re.test(text)) text = text.replace(re, () => block);
  else text = `${text.trimEnd()}\n\n## ${section}\n\n${block}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/**
 * Starts Relasi isolated from a developer's copy: a fresh temporary data folder (embedded PostgreSQL,
 * demo seed, uploads), its own build folder and a free port; `ready()` waits for the ready line and
 * returns the pid of the process that answers (scripts/server.mjs). `teardown()` stops server, worker
 * and PostgreSQL (SIGTERM, then the process group), restores tsconfig.json and removes the folder;
 * SIGINT/SIGTERM to the bench run it too. `pgPort` pins the embedded PostgreSQL's port so the bench
 * can load data straight into it (password in `${dataDir}/pg-password`, database `relasi`).
 * `prepare({ env, dataDir, distDir })`, when given, runs before the app starts (e.g. to load data the
 * build's prerendered pages should already show); if it throws, the data folder is removed.
 */
export async function startIsolatedApp({ log, keep = false, distDir = '.next-bench', tmpPrefix = 'relasi-bench-', pgPort = null, prepare = null } = {}) {
  const port = await freePort();
  const tsconfigFile = path.join(ROOT, 'tsconfig.json');
  const tsconfig = existsSync(tsconfigFile) ? { text: readFileSync(tsconfigFile, 'utf8'), mtimeNs: statSync(tsconfigFile, { bigint: true }).mtimeNs } : null;
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach its folder
  log(`data folder ${dataDir}, build folder ${distDir}, port ${port}`);

  // The app, isolated: its own embedded PostgreSQL, build folder and port. `.env` may not point it
  // elsewhere: DATABASE_URL='' makes prepare start the embedded database (loadEnvFile keeps set vars).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    RELASI_DATA_DIR: dataDir,
    RELASI_DIST_DIR: distDir,
    PORT: String(port),
    DATABASE_URL: '',
    APP_URL: `http://localhost:${port}`,
    AUTH_URL: `http://localhost:${port}`,
    RELASI_ALLOW_INSECURE: '1',
    RELASI_DEMO: '1',
    UPLOAD_DIR: path.join(dataDir, 'uploads'),
    TRUST_PROXY_HOPS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.RELASI_PG_PORT;
  if (pgPort) env.RELASI_PG_PORT = String(pgPort);
  // scripts/server.mjs binds to HOSTNAME (default 0.0.0.0, like `npm start`). A specific address makes
  // Next treat the proxy's rewrites to http://localhost:PORT/… as external and proxy them in a loop.
  delete env.HOSTNAME;
  delete env.AUTH_SECRET; // a fresh one in the temporary data folder
  if (prepare) {
    try {
      await prepare({ env, dataDir, distDir });
    } catch (err) {
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }
  const app = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './lib/jobs/server-only-hook.mjs', 'scripts/start.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a last-resort cleanup can reach every child
  });
  const appLog = [];
  let appExited = null;
  const exited = new Promise((resolve) => app.on('exit', (code, signal) => resolve((appExited = { code, signal }))));
  const children = [];

  // One teardown, however many paths ask for it (a signal, an error, the normal end): all await it.
  let tearingDown = null;
  const teardown = () => (tearingDown ??= stopEverything());
  async function stopEverything() {
    for (const c of children) c.kill('SIGTERM');
    restoreTsconfig(tsconfig);
    if (!appExited) {
      log('stopping the app (server, worker, PostgreSQL) …');
      try {
        process.kill(app.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        log('the app did not stop within 60 s; killing its process group');
        try {
          process.kill(-app.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 60_000);
      await exited;
      clearTimeout(timer);
    }
    // Stopped before its own handlers were installed (e.g. during the build), start.ts can leave a
    // build or PostgreSQL behind in its process group: give them a moment, then stop them too.
    for (let i = 0; i < 20 && groupMembers(app.pid).length; i++) await sleep(500);
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      if (!groupMembers(app.pid).length) break;
      log(`stopping what is left of the app's process group with ${sig}`);
      try {
        process.kill(-app.pid, sig);
      } catch {
        // already gone
      }
      for (let i = 0; i < 20 && groupMembers(app.pid).length; i++) await sleep(500);
    }
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      interrupted = true;
      void teardown().then(() => process.exit(130));
    });
  }

  async function ready() {
    // Build (when sources changed), migrate, seed, start; wait for the ready line.
    log(`starting the app (a build into ${distDir} takes a few minutes when sources changed) …`);
    await new Promise((resolve, reject) => {
      const onLine = (chunk, stream) => {
        const text = chunk.toString();
        stream.write(text.replace(/^(?=.)/gm, '  app| '));
        appLog.push(text);
        if (appLog.length > 400) appLog.shift();
        if (text.includes('Relasi is running')) resolve();
      };
      app.stdout.on('data', (c) => onLine(c, process.stdout));
      app.stderr.on('data', (c) => onLine(c, process.stderr));
      exited.then(({ code, signal }) => reject(new Error(`the app exited before it was ready (${code ?? signal})`)));
      setTimeout(() => reject(new Error('the app was not ready within 20 minutes')), 20 * 60_000).unref();
    });
    restoreTsconfig(tsconfig);
    // After the ready line forward only stderr: the table should not drown in request logs.
    app.stdout.removeAllListeners('data');
    app.stdout.on('data', () => {});
    const serverPid = descendants(app.pid).find((p) => cmdline(p).includes('scripts/server.mjs'));
    if (!serverPid) throw new Error('could not find the scripts/server.mjs process');
    log(`server process ${serverPid}`);
    return serverPid;
  }

  return {
    app,
    base,
    port,
    dataDir,
    appLog,
    ready,
    teardown,
    /** Child processes (baselines) to stop with the app. */
    adopt: (child) => children.push(child),
    exited: () => appExited,
    interrupted: () => interrupted,
  };
}

/** A node:http server in a child process that answers every request with the given headers and bytes. */
export async function startBaseline({ headers, body }) {
  const child = fork(SELF, ['--baseline-server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (c) => reject(new Error(`the baseline server exited (${c})`)));
    child.send({ headers, body: Buffer.from(body).toString('base64') });
  });
  const check = await request(`http://127.0.0.1:${port}/`);
  if (!check.body.equals(Buffer.from(body))) throw new Error('the baseline does not serve the bytes it was given');
  return { child, port };
}

/** Response headers worth replaying in a baseline (hop-by-hop and length ones dropped). */
export function replayHeaders(res) {
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
  const headers = {};
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const k = res.rawHeaders[i];
    if (!skip.has(k.toLowerCase())) headers[k] = res.rawHeaders[i + 1];
  }
  return headers;
}

// Baseline mode: a child process that serves one captured response, as cheaply as node:http can.
if (process.argv[1] === SELF && process.argv[2] === '--baseline-server') {
  process.once('message', ({ headers, body }) => {
    const bytes = Buffer.from(body, 'base64');
    const head = { ...headers, 'content-length': String(bytes.length) };
    const server = http.createServer((req, res) => {
      res.writeHead(200, head);
      res.end(bytes);
    });
    server.keepAliveTimeout = 65_000;
    server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
    process.on('disconnect', () => process.exit(0));
    process.on('SIGTERM', () => process.exit(0));
  });
}
