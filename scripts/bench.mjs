// npm run bench — builds Relasi, starts it on its own seeded database and measures, with autocannon,
// `/`, `/login` and the signed-in `/staff` dashboard against a minimal node:http server that serves
// the same bytes as `/` (the baseline). Prints a table, writes the figures and the machine into
// docs/benchmarks.md (and the raw numbers into bench/results/, git-ignored) and exits non-zero when
// a target is missed or a measurement is invalid (errors or non-2xx answers).
//
//   npm run bench                              # section "Latest run" in docs/benchmarks.md
//   npm run bench -- --section Foundation      # writes/replaces the section "Foundation"
//   npm run bench -- --duration 5 --no-docs    # quick look, nothing written to docs/
//
// All traffic goes to 127.0.0.1 on this machine, every load run is bounded in time, and the app is
// isolated from a developer's: its own temporary data folder (embedded PostgreSQL), its own build
// folder (.next-bench) and a free port. SIGTERM to `scripts/start.ts` stops server, worker and database.
import { fork, spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, statSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

function parseArgs(argv) {
  const opts = { section: 'Latest run', duration: 10, warmup: 3, docs: true, user: 'helpdesk@relasi.test', password: 'Relasi#2026', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--section') opts.section = next();
    else if (a === '--duration') opts.duration = Number(next());
    else if (a === '--warmup') opts.warmup = Number(next());
    else if (a === '--user') opts.user = next();
    else if (a === '--no-docs') opts.docs = false;
    else if (a === '--keep-data') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--section NAME] [--duration SECONDS] [--warmup SECONDS] [--user EMAIL] [--no-docs] [--keep-data]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(opts.duration > 0) || !(opts.warmup >= 0)) throw new Error('--duration must be > 0 and --warmup >= 0');
  return opts;
}

const TARGETS = {
  homeRatio: 0.06, // `/` requests/s ≥ 0.06 × baseline requests/s
  staffP95Ms: 150, // `/staff` p95 at 20 connections
  serverRssMb: 400, // server process RSS after the run
};

function freePort() {
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
function request(url, { method = 'GET', headers = {}, body } = {}) {
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

function cookiesFrom(res) {
  const out = {};
  for (const line of [].concat(res.headers['set-cookie'] ?? [])) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');

/** One login per run (login is rate-limited): Auth.js credentials callback → session cookie. */
async function login(base, email, password) {
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
function descendants(pid) {
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
function groupMembers(pgid) {
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

function cmdline(pid) {
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
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU ms per pid for the given pids, to subtract later (pids that appear later count from 0). */
const cpuSnapshot = (pids) => new Map(pids.map((p) => [p, cpuMs(p)]));
const cpuSince = (snapshot, pids) => pids.reduce((sum, p) => sum + cpuMs(p) - (snapshot.get(p) ?? 0), 0);

/** VmRSS and VmHWM (peak) in MiB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(status.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function machine() {
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
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One autocannon run. `serverPid` is the process that answers; `appPid` the root of the app's tree
 * (server, worker, PostgreSQL and its backends), whose CPU time is counted too.
 */
async function loadRun(autocannon, { title, url, connections, duration, headers, serverPid, appPid }) {
  const latencies = [];
  const appPids = () => (appPid ? descendants(appPid) : [serverPid]);
  const serverCpu = cpuMs(serverPid);
  const appCpu = cpuSnapshot(appPids());
  const instance = autocannon({ url, connections, duration, headers, timeout: 20 });
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

function fmt(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows, baselineRps) {
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

function markdownTable({ head, body }) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i < 1 ? '---' : '---:'))), ...body.map(line)].join('\n');
}

function textTable({ head, body }) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** tsconfig.json without the generated type folders that `next build` adds to "include" (null if unparsable). */
function withoutDistTypes(text) {
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
function restoreTsconfig(saved) {
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

function writeDocs(section, markdown) {
  const file = path.join(ROOT, 'docs/benchmarks.md');
  const begin = `<!-- bench:${section}:begin (written by npm run bench; edit outside these markers) -->`;
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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: autocannon } = await import('autocannon');
  const started = new Date();
  const info = machine();
  const port = await freePort();
  const tsconfigFile = path.join(ROOT, 'tsconfig.json');
  const tsconfig = existsSync(tsconfigFile) ? { text: readFileSync(tsconfigFile, 'utf8'), mtimeNs: statSync(tsconfigFile, { bigint: true }).mtimeNs } : null;
  const loadBefore = os.loadavg()[0];
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relasi-bench-'));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach its folder
  const log = (m) => console.log(`bench: ${m}`);
  log(`data folder ${dataDir}, build folder .next-bench, port ${port}`);

  // The app, isolated: its own embedded PostgreSQL, build folder and port. `.env` may not point it
  // elsewhere: DATABASE_URL='' makes prepare start the embedded database (loadEnvFile keeps set vars).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    RELASI_DATA_DIR: dataDir,
    RELASI_DIST_DIR: '.next-bench',
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
  // scripts/server.mjs binds to HOSTNAME (default 0.0.0.0, like `npm start`). A specific address makes
  // Next treat the proxy's rewrites to http://localhost:PORT/… as external and proxy them in a loop.
  delete env.HOSTNAME;
  delete env.AUTH_SECRET; // a fresh one in the temporary data folder
  const app = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './lib/jobs/server-only-hook.mjs', 'scripts/start.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a last-resort cleanup can reach every child
  });
  const appLog = [];
  let appExited = null;
  const exited = new Promise((resolve) => app.on('exit', (code, signal) => resolve((appExited = { code, signal }))));
  let baseline = null;

  // One teardown, however many paths ask for it (a signal, an error, the normal end): all await it.
  let tearingDown = null;
  const teardown = () => (tearingDown ??= stopEverything());
  async function stopEverything() {
    baseline?.kill('SIGTERM');
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
    if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });
  }
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      interrupted = true;
      void teardown().then(() => process.exit(130));
    });
  }

  try {
    // 1. Build (when sources changed), migrate, seed, start; wait for the ready line.
    log('starting the app (a build into .next-bench takes a few minutes when sources changed) …');
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

    // 2. Capture `/` (bytes and headers) and start the baseline with them.
    const home = await request(`${base}/`);
    if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
    const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
    const headers = {};
    for (let i = 0; i < home.rawHeaders.length; i += 2) {
      const k = home.rawHeaders[i];
      if (!skip.has(k.toLowerCase())) headers[k] = home.rawHeaders[i + 1];
    }
    const homeCache = ['x-nextjs-cache', 'x-nextjs-prerender', 'cache-control'].map((h) => (home.headers[h] ? `${h}: ${home.headers[h]}` : null)).filter(Boolean);
    log(`GET / → ${home.body.length} bytes; ${homeCache.join('; ') || 'no cache headers'}`);
    baseline = fork(SELF, ['--baseline-server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const baselinePort = await new Promise((resolve, reject) => {
      baseline.once('message', (m) => resolve(m.port));
      baseline.once('exit', (c) => reject(new Error(`the baseline server exited (${c})`)));
      baseline.send({ headers, body: home.body.toString('base64') });
    });
    const check = await request(`http://127.0.0.1:${baselinePort}/`);
    if (!check.body.equals(home.body)) throw new Error('the baseline does not serve the same bytes as /');

    // 3. One login; the cookie must open the dashboard (200, not a redirect to /login).
    const cookie = await login(base, opts.user, opts.password);
    const staff = await request(`${base}/staff`, { headers: { cookie } });
    if (staff.status !== 200 || !staff.body.toString('utf8').includes('data-shell')) {
      throw new Error(`GET /staff with the session cookie answered ${staff.status} ${staff.headers.location ?? ''}`);
    }
    log(`signed in as ${opts.user}; /staff answers 200 (${staff.body.length} bytes)`);
    const loginPage = await request(`${base}/login`);
    if (loginPage.status !== 200) throw new Error(`GET /login answered ${loginPage.status}`);

    const idleMemory = memoryOf(serverPid);
    const loadAtRuns = os.loadavg()[0];
    if (loadAtRuns > Number(info.nproc) * 0.75) log(`warning: load average ${loadAtRuns.toFixed(2)} on ${info.nproc} CPUs before the load runs; other work on this machine skews the figures`);

    // 4. Load runs. Each target gets a short unrecorded warm-up at the same concurrency first.
    const appTree = { serverPid, appPid: app.pid };
    const plan = [
      { title: 'baseline (node:http, bytes of /)', url: `http://127.0.0.1:${baselinePort}/`, connections: 50, baseline: true, serverPid: baseline.pid },
      { title: '/', url: `${base}/`, connections: 50, ...appTree },
      { title: '/login', url: `${base}/login`, connections: 50, ...appTree },
      { title: '/staff', url: `${base}/staff`, connections: 50, headers: { cookie }, ...appTree },
      { title: '/staff', url: `${base}/staff`, connections: 20, headers: { cookie }, ...appTree },
    ];
    const results = [];
    for (const p of plan) {
      if (opts.warmup > 0) await loadRun(autocannon, { ...p, duration: opts.warmup });
      log(`${p.title} · ${p.connections} connections · ${opts.duration} s …`);
      const r = await loadRun(autocannon, { ...p, duration: opts.duration });
      r.baseline = !!p.baseline;
      results.push(r);
      log(`  ${fmt(r.rps, 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, server CPU ${fmt(r.serverCpuMsPerReq, 2)} ms/req, non-2xx ${r.non2xx}, errors ${r.errors} (timeouts ${r.timeouts})`);
      if (appExited) throw new Error('the app stopped during the run');
    }

    // 5. Memory after the run (give the collector a moment; RSS rarely shrinks much anyway).
    await new Promise((r) => setTimeout(r, 2000));
    const afterMemory = memoryOf(serverPid);
    const loadAfter = os.loadavg()[0];
    const others = descendants(app.pid)
      .filter((p) => p !== serverPid)
      .map((p) => ({ pid: p, cmd: cmdline(p) }))
      .filter((p) => p.cmd);
    const workerPid = others.find((p) => p.cmd.includes('scripts/worker.ts') && !p.cmd.includes('tsx/dist/cli.mjs'))?.pid ?? others.find((p) => p.cmd.includes('scripts/worker.ts'))?.pid;
    const workerMemory = workerPid ? memoryOf(workerPid) : null;
    // Still signed in after the run (the session was not invalidated by the load)?
    const staffAfter = await request(`${base}/staff`, { headers: { cookie } });

    // 6. Verdict.
    const baseRun = results[0];
    const homeRun = results[1];
    const staff20 = results[4];
    const homeRatio = homeRun.rps / baseRun.rps;
    const verdicts = [
      { name: `/ req/s ≥ ${TARGETS.homeRatio} × baseline`, met: homeRatio >= TARGETS.homeRatio, value: `${fmt(homeRatio, 3)} × (${fmt(homeRun.rps, 0)} / ${fmt(baseRun.rps, 0)})` },
      { name: `/staff p95 < ${TARGETS.staffP95Ms} ms at 20 connections`, met: staff20.p95 < TARGETS.staffP95Ms, value: `${fmt(staff20.p95)} ms` },
      { name: `server RSS < ${TARGETS.serverRssMb} MB after the run`, met: afterMemory.rssMb < TARGETS.serverRssMb, value: `${fmt(afterMemory.rssMb, 0)} MiB (peak ${fmt(afterMemory.peakMb, 0)} MiB)` },
    ];
    const invalid = results.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.requests === 0);
    if (staffAfter.status !== 200) invalid.push({ title: `/staff after the run answered ${staffAfter.status}` });

    const t = table(results, baseRun.rps);
    console.log(`\n${textTable(t)}\n`);
    console.log(`server RSS: ${fmt(idleMemory.rssMb, 0)} MiB before the load, ${fmt(afterMemory.rssMb, 0)} MiB after (peak ${fmt(afterMemory.peakMb, 0)} MiB)${workerMemory ? `; worker ${fmt(workerMemory.rssMb, 0)} MiB` : ''}`);
    for (const v of verdicts) console.log(`${v.met ? 'MET   ' : 'MISSED'}  ${v.name}: ${v.value}`);
    for (const r of invalid) console.log(`INVALID  ${r.title}${r.connections ? ` (${r.connections} conns)` : ''}: non-2xx ${r.non2xx ?? '?'}, errors ${r.errors ?? '?'}, timeouts ${r.timeouts ?? '?'}`);

    const finished = new Date();
    const md = [
      `- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} (${Math.round((finished - started) / 1000)} s including build and start)`,
      `- Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GiB memory, ${info.os}; Node ${info.node}`,
      `- Code: ${info.git}`,
      `- Load average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadAtRuns.toFixed(2)} before the load runs, ${loadAfter.toFixed(2)} after them (the bench's own processes count too; well above ${info.nproc} means other work shared the CPUs)`,
      `- Command: \`npm run bench${opts.section !== 'Latest run' ? ` -- --section ${JSON.stringify(opts.section)}` : ''}\` — autocannon ${opts.duration} s per row after a ${opts.warmup} s warm-up, keep-alive, no compression; app, autocannon and baseline on the same machine`,
      `- \`/\` as served: ${home.body.length} bytes${homeCache.length ? `, ${homeCache.map((h) => `\`${h}\``).join(', ')}` : ''}; \`/staff\` signed in as ${opts.user}`,
      '',
      markdownTable(t),
      '',
      'p50/p95/p99 are nearest-rank percentiles over every 2xx response of the row (autocannon’s own p90/p97.5 are in bench/results/). CPU ms/req is the CPU time (user + system) used during the row divided by the requests answered: “server” is the process that answers (scripts/server.mjs, or the baseline), “app” adds the worker and PostgreSQL. It depends far less on other work on the machine than req/s and latencies do (contention still raises it somewhat).',
      '',
      `Server (scripts/server.mjs) memory: ${fmt(idleMemory.rssMb, 0)} MiB RSS before the load, ${fmt(afterMemory.rssMb, 0)} MiB after it (peak ${fmt(afterMemory.peakMb, 0)} MiB)${workerMemory ? `; the worker ${fmt(workerMemory.rssMb, 0)} MiB` : ''}.`,
      '',
      '| target | result | met |',
      '| --- | --- | --- |',
      ...verdicts.map((v) => `| ${v.name} | ${v.value} | ${v.met ? 'yes' : '**no**'} |`),
      ...(invalid.length ? ['', `**Invalid measurement:** ${invalid.map((r) => r.title).join(', ')} had errors or non-2xx answers.`] : []),
    ].join('\n');

    const json = { started, finished, machine: info, options: { ...opts, password: undefined }, home: { bytes: home.body.length, headers: home.headers }, results, memory: { idle: idleMemory, after: afterMemory, worker: workerMemory }, loadavg: { start: loadBefore, beforeRuns: loadAtRuns, after: loadAfter }, verdicts, invalid: invalid.map((r) => r.title) };
    const resultsDir = path.join(ROOT, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const jsonFile = path.join(resultsDir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`raw figures in ${path.relative(ROOT, jsonFile)}`);
    if (opts.docs) log(`wrote section "${opts.section}" of ${path.relative(ROOT, writeDocs(opts.section, md))}`);

    await teardown();
    const ok = verdicts.every((v) => v.met) && invalid.length === 0;
    console.log(ok ? '\nbench: all targets met' : '\nbench: a target was missed or a measurement is invalid');
    process.exit(ok ? 0 : 1);
  } catch (err) {
    if (interrupted) return; // the signal handler tears down and exits
    console.error(`bench: ${err.message}`);
    if (appExited) console.error(appLog.slice(-40).join(''));
    await teardown();
    process.exit(2);
  }
}

// Baseline mode: a child process that serves one captured response, as cheaply as node:http can.
if (process.argv[2] === '--baseline-server') {
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
} else {
  await main();
}
