// npm run bench:helpdesk — the helpdesk at a million tickets. Prepares a database with the large seed
// (`npm run db:seed -- --scale=large`: 100,000 customers, 1,000,000 tickets), builds Relasi and starts
// it isolated (own build folder, data folder and port, like `npm run bench`), signs in as helpdesk and
// measures with autocannon at 20 connections, beside the trivial-page baseline of the foundation bench
// (a node:http server replaying the bytes of `/`) in the same run:
//   - the helpdesk queue: open tickets by SLA due (page 1 and page 500), a status filter, and two
//     searches (a word of ticket summaries, a word of customer names);
//   - the staff ticket page of an open ticket with its history;
// then EXPLAIN ANALYZE of the queue's queries at that size, and ticket creation throughput: the service
// openTicket() called directly (not through HTTP) by N concurrent callers in one Node process against
// the same database, each call its own transaction with number, SLA instants, audit row and outbox.
// Prints a table, writes the section "Helpdesk" of docs/benchmarks.md (raw figures in bench/results/)
// and exits 1 when a target is missed or a row had errors or non-2xx answers.
//
//   npm run bench:helpdesk                                   # fresh temporary database, seeded (~8 min)
//   npm run bench:helpdesk -- --data-dir .data/bench-helpdesk  # keep/reuse that embedded database
//   BENCH_DATABASE_URL=postgres://… npm run bench:helpdesk    # reuse a running database (seeded if needed)
//   npm run bench:helpdesk -- --duration 5 --no-docs
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ROOT,
  cmdline,
  descendants,
  fmt,
  freePort,
  groupMembers,
  loadRun,
  login,
  machine,
  markdownTable,
  memoryOf,
  percentile,
  replayHeaders,
  request,
  restoreTsconfig,
  sleep,
  startBaseline,
  table,
  textTable,
  writeDocs,
} from './lib/bench-utils.mjs';

const SELF = fileURLToPath(import.meta.url);
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const OPEN = ['new', 'assigned', 'accepted', 'dispatched', 'confirmed', 'in_progress', 'pending'];
const TARGETS = { queueP95Ms: 100, ticketP95Ms: 100, searchP95Ms: 150, createPerSec: 200 };

function parseArgs(argv) {
  const opts = {
    section: 'Helpdesk', duration: 10, warmup: 3, connections: 20, docs: true, keep: false, dataDir: null,
    user: 'helpdesk@relasi.test', password: 'Relasi#2026', createSeconds: 10, createConcurrency: 20,
    summaryTerm: 'printer', customerTerm: 'sentosa', status: 'in_progress', seedArgs: [],
  };
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
    else if (a === '--connections') opts.connections = Number(next());
    else if (a === '--create-seconds') opts.createSeconds = Number(next());
    else if (a === '--create-concurrency') opts.createConcurrency = Number(next());
    else if (a === '--data-dir') opts.dataDir = path.resolve(ROOT, next());
    else if (a === '--customers' || a === '--tickets') opts.seedArgs.push(`${a}=${next()}`);
    else if (a === '--no-docs') opts.docs = false;
    else if (a === '--keep-data') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench:helpdesk -- [--section NAME] [--duration S] [--warmup S] [--connections N] [--create-seconds S] [--create-concurrency N] [--data-dir DIR] [--customers N --tickets N] [--no-docs] [--keep-data]\n       BENCH_DATABASE_URL=postgres://… reuses a running database (seeded at scale first if it is not)');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['duration', 'connections', 'createSeconds', 'createConcurrency']) if (!(opts[k] > 0)) throw new Error(`--${k} must be > 0`);
  if (!(opts.warmup >= 0)) throw new Error('--warmup must be >= 0');
  return opts;
}

const tsx = (script, args = []) => [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--import', './lib/jobs/server-only-hook.mjs', script, ...args];

/** Runs a child to completion, prefixing its output; resolves with its output lines. */
function runChild(args, env, prefix, onLine = () => {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    const onData = (stream) => (chunk) => {
      const text = chunk.toString();
      const fresh = text.split('\n').filter(Boolean);
      lines.push(...fresh);
      fresh.forEach(onLine);
      stream.write(text.replace(/^(?=.)/gm, prefix));
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('exit', (code, signal) => (code === 0 ? resolve(lines) : reject(new Error(`${path.basename(args[3] ?? args[0])} exited with ${code ?? signal}`))));
  });
}

/** Environment of the seed and the app: production build, own data folder, demo accounts allowed. */
function appEnv({ dataDir, port, databaseUrl, pgPort }) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    RELASI_DATA_DIR: dataDir,
    RELASI_DIST_DIR: '.next-bench-helpdesk',
    PORT: String(port),
    // '' (not unset) so a developer's .env cannot point the run elsewhere: prepare then starts the embedded one.
    DATABASE_URL: databaseUrl ?? '',
    APP_URL: `http://localhost:${port}`,
    AUTH_URL: `http://localhost:${port}`,
    RELASI_ALLOW_INSECURE: '1',
    RELASI_DEMO: '1',
    UPLOAD_DIR: path.join(dataDir, 'uploads'),
    TRUST_PROXY_HOPS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
    RESEND_API_KEY: '',
    RESEND_BASE_URL: '',
  };
  delete env.RELASI_PG_PORT;
  if (pgPort) env.RELASI_PG_PORT = String(pgPort);
  delete env.HOSTNAME; // see scripts/lib/bench-utils.mjs: a specific bind address makes the proxy loop
  delete env.AUTH_SECRET; // the data folder's own
  delete env.BENCH_DATABASE_URL;
  return env;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: autocannon } = await import('autocannon');
  const { default: postgres } = await import('postgres');
  const log = (m) => console.log(`bench:helpdesk: ${m}`);
  const started = new Date();
  const info = machine();
  const loadBefore = os.loadavg()[0];
  const external = process.env.BENCH_DATABASE_URL || null;
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'relasi-bench-helpdesk-'));
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach its folder
  const port = await freePort();
  const pgPort = external ? null : await freePort();
  const env = appEnv({ dataDir, port, databaseUrl: external, pgPort });
  const tsconfigFile = path.join(ROOT, 'tsconfig.json');
  const tsconfig = existsSync(tsconfigFile) ? { text: readFileSync(tsconfigFile, 'utf8'), mtimeNs: statSync(tsconfigFile, { bigint: true }).mtimeNs } : null;
  log(`${external ? 'database from BENCH_DATABASE_URL' : `embedded PostgreSQL in ${dataDir}`}, build folder .next-bench-helpdesk, port ${port}`);

  let app = null;
  let appExited = null;
  let exited = Promise.resolve();
  const children = [];
  let sql = null;
  let tearingDown = null;
  const teardown = () => (tearingDown ??= stopEverything());
  async function stopEverything() {
    for (const c of children) c.kill('SIGTERM');
    await sql?.end({ timeout: 5 }).catch(() => {});
    restoreTsconfig(tsconfig);
    if (app && !appExited) {
      log('stopping the app (server, worker, PostgreSQL) …');
      try {
        process.kill(app.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-app.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 60_000);
      await exited;
      clearTimeout(timer);
    }
    if (app) {
      for (let i = 0; i < 20 && groupMembers(app.pid).length; i++) await sleep(500);
      for (const sig of ['SIGTERM', 'SIGKILL']) {
        if (!groupMembers(app.pid).length) break;
        try {
          process.kill(-app.pid, sig);
        } catch {
          // already gone
        }
        for (let i = 0; i < 20 && groupMembers(app.pid).length; i++) await sleep(500);
      }
    }
    if (ownDir && !opts.keep) rmSync(dataDir, { recursive: true, force: true });
    else if (!external) log(`kept the data folder ${dataDir} (rerun with --data-dir ${path.relative(ROOT, dataDir)} to reuse it)`);
  }
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      interrupted = true;
      void teardown().then(() => process.exit(130));
    });
  }

  try {
    // 1. The data: the large seed (it does nothing on a database that already has it).
    let seedSeconds = null;
    let seededNow = false;
    if (external) {
      const probe = postgres(external, { max: 1, onnotice: () => {} });
      const [row] = await probe`select value from settings where key = 'demo-large'`.catch(() => []);
      await probe.end({ timeout: 5 });
      seedSeconds = row?.value?.seconds ?? null;
      if (!row) seededNow = true;
    } else seededNow = true;
    if (seededNow) {
      log('preparing the database: migrations, demo seed and npm run db:seed -- --scale=large (about 8 minutes on 2 busy cores) …');
      const t = Date.now();
      const lines = await runChild(tsx('scripts/seed.ts', ['--scale=large', ...opts.seedArgs]), env, '  seed| ');
      const done = lines.map((l) => /large seed: done in ([\d.]+) s/.exec(l)).find(Boolean);
      const already = lines.find((l) => l.includes('already seeded at scale'));
      if (done) seedSeconds = Number(done[1]);
      else if (already) seedSeconds = Number(/"seconds":(\d+)/.exec(already)?.[1] ?? NaN);
      log(`database ready after ${Math.round((Date.now() - t) / 1000)} s`);
    }

    // 2. The app, isolated (its own build folder; the build runs when sources changed).
    log('starting the app (a build into .next-bench-helpdesk takes a few minutes when sources changed) …');
    app = spawn(process.execPath, tsx('scripts/start.ts'), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    exited = new Promise((resolve) => app.on('exit', (code, signal) => resolve((appExited = { code, signal }))));
    const appLog = [];
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
      exited.then(({ code, signal }) => reject(new Error(`the app exited before it was ready (${code ?? signal})\n${appLog.slice(-20).join('')}`)));
      setTimeout(() => reject(new Error('the app was not ready within 20 minutes')), 20 * 60_000).unref();
    });
    restoreTsconfig(tsconfig);
    app.stdout.removeAllListeners('data');
    app.stdout.on('data', () => {});
    const serverPid = descendants(app.pid).find((p) => cmdline(p).includes('scripts/server.mjs'));
    if (!serverPid) throw new Error('could not find the scripts/server.mjs process');
    const base = `http://127.0.0.1:${port}`;
    const dbUrl = external ?? `postgres://postgres:${encodeURIComponent(readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/relasi`;
    sql = postgres(dbUrl, { max: 2, onnotice: () => {} });

    // 3. What is in the database, and the ticket whose page is measured: a recent open one with history.
    const [scale] = await sql`select (select count(*)::int from customers) as customers, (select count(*)::int from tickets where deleted_at is null) as tickets,
      (select count(*)::int from tickets where deleted_at is null and status in ${sql(OPEN)}) as open`;
    log(`${scale.customers.toLocaleString('en-US')} customers, ${scale.tickets.toLocaleString('en-US')} tickets (${scale.open.toLocaleString('en-US')} open)`);
    if (scale.tickets < 100_000) log('warning: fewer than 100,000 tickets; these are not the large-scale figures');
    const [ticket] = await sql`select t.id, t.number from tickets t where t.deleted_at is null and t.status = 'in_progress'
      and exists (select 1 from audit_log a where a.entity_type = 'ticket' and a.entity_id = t.id::text) order by t.created_at desc limit 1`;
    if (!ticket) throw new Error('no open ticket with history to measure');

    // 4. Sign in once; every measured URL must answer 200 with what it should show.
    const cookie = await login(base, opts.user, opts.password);
    const q = (params) => `/staff/tickets${params ? `?${new URLSearchParams(params)}` : ''}`;
    const pages = [
      { key: 'queue', title: 'queue: open, by SLA due, page 1', path: q(), kind: 'queue' },
      { key: 'queue500', title: 'queue: page 500', path: q({ page: '500' }), kind: 'queue' },
      { key: 'status', title: `queue: status ${opts.status}`, path: q({ status: opts.status }), kind: 'queue' },
      { key: 'searchSummary', title: `queue: search "${opts.summaryTerm}" (summaries)`, path: q({ q: opts.summaryTerm }), kind: 'search' },
      { key: 'searchCustomer', title: `queue: search "${opts.customerTerm}" (customers)`, path: q({ q: opts.customerTerm }), kind: 'search' },
      { key: 'ticket', title: `ticket page ${ticket.number}`, path: `/staff/tickets/${ticket.id}`, kind: 'ticket' },
    ];
    for (const p of pages) {
      const res = await request(`${base}${p.path}`, { headers: { cookie } });
      const body = res.body.toString('utf8');
      const rows = (body.match(/TKT-\d{4}-\d{6}/g) ?? []).length;
      if (res.status !== 200 || (p.kind === 'ticket' ? !body.includes(ticket.number) : rows === 0)) {
        throw new Error(`GET ${p.path} answered ${res.status} ${res.headers.location ?? ''} (${rows} ticket numbers in the page)`);
      }
      p.bytes = res.body.length;
      log(`${p.path} → 200, ${res.body.length} bytes`);
    }

    // 5. The baseline: the bytes of `/` from a bare node:http server.
    const home = await request(`${base}/`);
    if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
    const baseline = await startBaseline({ headers: replayHeaders(home), body: home.body });
    children.push(baseline.child);

    const idleMemory = memoryOf(serverPid);
    const loadAtRuns = os.loadavg()[0];
    if (loadAtRuns > Number(info.nproc) * 0.75) log(`warning: load average ${loadAtRuns.toFixed(2)} on ${info.nproc} CPUs before the load runs; other work on this machine skews the figures`);

    // 6. Load runs, each after an unrecorded warm-up at the same concurrency.
    const appTree = { serverPid, appPid: app.pid };
    const c = opts.connections;
    const plan = [
      { key: 'baseline', title: 'baseline (node:http, bytes of /)', url: `http://127.0.0.1:${baseline.port}/`, connections: c, baseline: true, serverPid: baseline.child.pid },
      { key: 'home', title: '/ (prerendered)', url: `${base}/`, connections: c, ...appTree },
      ...pages.map((p) => ({ key: p.key, kind: p.kind, title: p.title, url: `${base}${p.path}`, connections: c, headers: { cookie }, ...appTree })),
    ];
    const results = [];
    for (const p of plan) {
      if (opts.warmup > 0) await loadRun(autocannon, { ...p, duration: opts.warmup });
      log(`${p.title} · ${p.connections} connections · ${opts.duration} s …`);
      const r = await loadRun(autocannon, { ...p, duration: opts.duration });
      Object.assign(r, { key: p.key, kind: p.kind, baseline: !!p.baseline });
      results.push(r);
      log(`  ${fmt(r.rps, 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, server CPU ${fmt(r.serverCpuMsPerReq, 2)} ms/req, non-2xx ${r.non2xx}, errors ${r.errors}`);
      if (appExited) throw new Error('the app stopped during the run');
    }
    const afterMemory = memoryOf(serverPid);
    const loadAfterPages = os.loadavg()[0];

    // 7. The queue's statements at this size, as lib/tickets/queries.ts builds them.
    log('EXPLAIN ANALYZE of the queue queries …');
    const explained = await explainQueue(sql, opts);

    // 8. Ticket creation: openTicket() from one process with N concurrent callers.
    log(`ticket creation: openTicket() × ${opts.createConcurrency} concurrent callers for ${opts.createSeconds} s …`);
    // The app's CPU (PostgreSQL, the worker mailing) over the timed window only, which the child marks.
    const marks = {};
    const createLines = await runChild(tsx(SELF, ['--create-worker']), {
      ...env, DATABASE_URL: dbUrl, DATABASE_POOL_MAX: String(opts.createConcurrency), NODE_ENV: 'production', AUTH_SECRET: randomBytes(32).toString('base64url'),
      BENCH_CREATE: JSON.stringify({ seconds: opts.createSeconds, concurrency: opts.createConcurrency, user: opts.user }),
    }, '  create| ', (line) => {
      if (line === 'timed run: start' || line === 'timed run: end') marks[line.slice(11)] = treeCpuMs(app.pid);
    });
    const create = JSON.parse(createLines.findLast((l) => l.startsWith('{')));
    const appCpuDuring = marks.end - marks.start;
    create.appCpuMsPerTicket = external ? NaN : appCpuDuring / create.created;
    log(`  ${fmt(create.rate, 0)} tickets/s (${create.created} in ${fmt(create.seconds)} s), p50 ${fmt(create.p50)} ms, p95 ${fmt(create.p95)} ms, errors ${create.errors}; numbers ${create.gapFree ? 'gap-free' : 'NOT gap-free'}`);
    const loadAfter = os.loadavg()[0];

    // 9. Verdict.
    const by = Object.fromEntries(results.map((r) => [r.key, r]));
    const verdicts = [
      ...['queue', 'queue500', 'status'].map((k) => ({ name: `${by[k].title} p95 < ${TARGETS.queueP95Ms} ms`, met: by[k].p95 < TARGETS.queueP95Ms, value: `${fmt(by[k].p95)} ms` })),
      ...['searchSummary', 'searchCustomer'].map((k) => ({ name: `${by[k].title} p95 < ${TARGETS.searchP95Ms} ms`, met: by[k].p95 < TARGETS.searchP95Ms, value: `${fmt(by[k].p95)} ms` })),
      { name: `ticket page p95 < ${TARGETS.ticketP95Ms} ms`, met: by.ticket.p95 < TARGETS.ticketP95Ms, value: `${fmt(by.ticket.p95)} ms` },
      { name: `tickets created ≥ ${TARGETS.createPerSec}/s`, met: create.rate >= TARGETS.createPerSec && create.gapFree, value: `${fmt(create.rate, 0)}/s${create.gapFree ? '' : ' (numbers not gap-free)'}` },
    ];
    const invalid = results.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.requests === 0);
    if (create.errors > 0) invalid.push({ title: `ticket creation (${create.errors} errors: ${create.firstError})` });

    const t = table(results, results[0].rps);
    console.log(`\n${textTable(t)}\n`);
    for (const e of explained) console.log(`EXPLAIN ${e.name}: ${fmt(e.ms, 2)} ms (${e.plan})`);
    for (const v of verdicts) console.log(`${v.met ? 'MET   ' : 'MISSED'}  ${v.name}: ${v.value}`);
    for (const r of invalid) console.log(`INVALID  ${r.title}`);

    const finished = new Date();
    const md = [
      `- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} (${Math.round((finished - started) / 1000)} s including ${seededNow ? 'seeding, ' : ''}build and start)`,
      `- Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GiB memory, ${info.os}; Node ${info.node}`,
      `- Code: ${info.git}`,
      `- Load average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadAtRuns.toFixed(2)} before the load runs, ${loadAfterPages.toFixed(2)} after the page runs, ${loadAfter.toFixed(2)} at the end (well above ${info.nproc} means other work shared the CPUs)`,
      `- Data: ${scale.customers.toLocaleString('en-US')} customers, ${scale.tickets.toLocaleString('en-US')} tickets (${scale.open.toLocaleString('en-US')} open) from \`npm run db:seed -- --scale=large\`${seedSeconds ? ` (large seed ${Math.round(seedSeconds)} s${seededNow ? ' in this run' : ', when the database was prepared'})` : ''}; ${external ? 'PostgreSQL from BENCH_DATABASE_URL (its CPU is not in the "app" column)' : 'embedded PostgreSQL'}`,
      `- Command: \`npm run bench:helpdesk\` — autocannon ${opts.duration} s per row after a ${opts.warmup} s warm-up at ${c} connections, keep-alive, no compression, signed in as ${opts.user}; app, autocannon and baseline on the same machine`,
      '',
      markdownTable(t),
      '',
      'p50/p95/p99: nearest rank over every 2xx response of the row. CPU ms/req: CPU time used during the row over requests answered — "server" is scripts/server.mjs (or the baseline), "app" adds the worker and the embedded PostgreSQL.',
      '',
      `Pages as served (HTML, no compression): ${pages.map((p) => `${p.key === 'ticket' ? 'ticket page' : `\`${p.path}\``} ${fmt(p.bytes / 1024, 0)} KiB`).join(', ')}.`,
      '',
      `Server memory: ${fmt(idleMemory.rssMb, 0)} MiB RSS before the load, ${fmt(afterMemory.rssMb, 0)} MiB after the page runs (peak ${fmt(afterMemory.peakMb, 0)} MiB).`,
      '',
      `Queue statements at this size (EXPLAIN ANALYZE, median of 3, warm cache; the queue runs the capped count and the page of ids, then one read of those 20 rows):`,
      '',
      '| statement | ms | plan |',
      '| --- | ---: | --- |',
      ...explained.map((e) => `| ${e.name} | ${fmt(e.ms, 2)} | ${e.plan} |`),
      '',
      `Ticket creation: \`openTicket()\` (lib/tickets/service/create.ts) called directly, not over HTTP, by ${opts.createConcurrency} concurrent callers in one Node process for ${opts.createSeconds} s (after a short warm-up), as helpdesk for random customers: ${create.created.toLocaleString('en-US')} tickets, **${fmt(create.rate, 0)} tickets/s**, p50 ${fmt(create.p50)} ms, p95 ${fmt(create.p95)} ms per call, ${fmt(create.cpuMsPerTicket, 2)} ms of the caller's CPU per ticket${Number.isNaN(create.appCpuMsPerTicket) ? '' : ` and ${fmt(create.appCpuMsPerTicket, 2)} ms in the app's process tree, almost all PostgreSQL`}; ${create.errors} errors; numbers ${create.firstNumber} … ${create.lastNumber}, ${create.gapFree ? 'gap-free and matching ticket_counters' : '**not gap-free**'}. The bench's tickets are soft-deleted afterwards so a rerun sees the same queue.`,
      '',
      '| target | result | met |',
      '| --- | --- | --- |',
      ...verdicts.map((v) => `| ${v.name} | ${v.value} | ${v.met ? 'yes' : '**no**'} |`),
      ...(invalid.length ? ['', `**Invalid measurement:** ${invalid.map((r) => r.title).join(', ')} had errors or non-2xx answers.`] : []),
    ].join('\n');

    const json = { started, finished, machine: info, options: { ...opts, password: undefined }, scale, ticket, results, explained, create, memory: { idle: idleMemory, after: afterMemory }, loadavg: { start: loadBefore, beforeRuns: loadAtRuns, afterPages: loadAfterPages, after: loadAfter }, verdicts, invalid: invalid.map((r) => r.title) };
    const resultsDir = path.join(ROOT, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const jsonFile = path.join(resultsDir, `helpdesk-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`raw figures in ${path.relative(ROOT, jsonFile)}`);
    if (opts.docs) log(`wrote section "${opts.section}" of ${path.relative(ROOT, writeDocs(opts.section, md, 'npm run bench:helpdesk'))}`);

    await teardown();
    const ok = verdicts.every((v) => v.met) && invalid.length === 0;
    console.log(ok ? '\nbench:helpdesk: all targets met' : '\nbench:helpdesk: a target was missed or a measurement is invalid');
    process.exit(ok ? 0 : 1);
  } catch (err) {
    if (interrupted) return;
    console.error(`bench:helpdesk: ${err.message}`);
    await teardown();
    process.exit(2);
  }
}

/**
 * CPU ms of a process tree, including children that already exited: the PostgreSQL backends serving
 * the creation run end with its connections, and their time moves into the postmaster's cutime/cstime.
 */
function treeCpuMs(root) {
  let total = 0;
  for (const pid of descendants(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // gone meanwhile
    }
  }
  return (total * 1000) / CLK_TCK;
}

/**
 * The statements of listTickets() for each measured queue, with literals as the app sends them (the
 * status list is inlined there too, so the partial indexes apply). Median execution time of three
 * runs, and the indexes the plan used.
 */
async function explainQueue(sql, opts) {
  const open = `status in (${OPEN.map((s) => `'${s}'`).join(',')})`;
  const live = 'deleted_at is null';
  const customersFor = async (term) => (await sql`select id from customers where lower(name) like ${`%${term}%`} limit 200`).map((r) => r.id);
  const search = async (term) => {
    const ids = await customersFor(term);
    const cond = ids.length ? `(lower(summary) like $1 or customer_id in (${ids.map((_, i) => `$${i + 2}`).join(',')}))` : 'lower(summary) like $1';
    return { cond, params: [`%${term}%`, ...ids] };
  };
  const sSummary = await search(opts.summaryTerm);
  const sCustomer = await search(opts.customerTerm);
  const capped = (where) => `select count(*) from (select 1 from tickets where ${where} limit 10001) c`;
  const statements = [
    ['open queue: capped count', capped(`${live} and ${open}`), []],
    ['open queue: page 1 ids', `select id from tickets where ${live} and ${open} order by sla_due_at, id limit 20`, []],
    ['open queue: page 500 ids', `select id from tickets where ${live} and ${open} order by sla_due_at, id limit 20 offset 9980`, []],
    [`status ${opts.status}: capped count`, capped(`${live} and status in ('${opts.status}')`), []],
    [`status ${opts.status}: page 1 ids`, `select id from tickets where ${live} and status in ('${opts.status}') order by created_at desc, id desc limit 20`, []],
    [`search "${opts.summaryTerm}": capped count`, capped(`${live} and ${open} and ${sSummary.cond}`), sSummary.params],
    [`search "${opts.summaryTerm}": page 1 ids`, `select id from tickets where ${live} and ${open} and ${sSummary.cond} order by sla_due_at, id limit 20`, sSummary.params],
    [`search "${opts.customerTerm}": customers (≤ 200)`, `select id from customers where lower(name) like $1 limit 200`, [`%${opts.customerTerm}%`]],
    [`search "${opts.customerTerm}": capped count`, capped(`${live} and ${open} and ${sCustomer.cond}`), sCustomer.params],
    [`search "${opts.customerTerm}": page 1 ids`, `select id from tickets where ${live} and ${open} and ${sCustomer.cond} order by sla_due_at, id limit 20`, sCustomer.params],
  ];
  const out = [];
  for (const [name, text, params] of statements) {
    const times = [];
    let lines = [];
    for (let i = 0; i < 3; i++) {
      const rows = await sql.unsafe(`explain (analyze, buffers) ${text}`, params);
      lines = rows.map((r) => r['QUERY PLAN']);
      times.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? NaN));
    }
    times.sort((a, b) => a - b);
    const used = [...new Set(lines.flatMap((l) => [...l.matchAll(/(?:Index Only Scan|Index Scan|Bitmap Index Scan|Index Scan Backward) (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1])))];
    const seq = lines.some((l) => /Seq Scan on tickets/.test(l));
    out.push({ name, ms: times[1], plan: [used.length ? used.map((u) => `\`${u}\``).join(', ') : null, seq ? '**seq scan on tickets**' : null].filter(Boolean).join('; ') || '–', lines });
  }
  return out;
}

/**
 * Worker mode (run under tsx by the bench): calls openTicket() with `concurrency` callers for `seconds`
 * and prints one JSON line with the figures. Runs the real service with its real transaction.
 */
async function createWorker() {
  const { seconds, concurrency, user } = JSON.parse(process.env.BENCH_CREATE);
  const { openTicket } = await import('../lib/tickets/service/create.ts');
  const { db, sqlClient, closeDb } = await import('../db/client.ts');
  void db;
  const [me] = await sqlClient`select id, role, name, email, customer_id as "customerId", locale from users where email = ${user}`;
  const actor = { ...me, servicePointId: null };
  const pool = (await sqlClient`select id from customers where email like '%@pelanggan.test' order by random() limit 2000`).map((r) => r.id);
  if (!pool.length) pool.push(...(await sqlClient`select id from customers where archived_at is null limit 50`).map((r) => r.id));
  const marker = `bench-${randomUUID().slice(0, 8)}`; // tells this run's tickets apart in the queue
  const one = async (i) => {
    const t = performance.now();
    const r = await openTicket(actor, {
      customerId: pool[i % pool.length], projectId: null, category: 'incident', priority: 'normal',
      summary: `Uji kinerja ${marker}: koneksi internet putus`, detail: 'Tiket dibuat oleh npm run bench:helpdesk untuk mengukur kecepatan pembuatan tiket.',
      reporterName: 'Penguji Kinerja', reporterPhone: null, reporterEmail: null, idempotencyKey: randomUUID(),
    });
    made.push(r);
    return { ms: performance.now() - t, number: r.number };
  };
  const made = [];
  // Warm-up: connections, prepared statements, the JIT.
  await Promise.all(Array.from({ length: concurrency }, (_, i) => one(i)));
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let i = 0;
  console.log('timed run: start');
  const cpu = process.cpuUsage();
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        try {
          latencies.push((await one(i++)).ms);
        } catch (err) {
          errors++;
          firstError ??= err.message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  const used = process.cpuUsage(cpu);
  console.log('timed run: end');
  latencies.sort((a, b) => a - b);
  // Gap-free: this run's numbers per year are consecutive, and the counter ends at the last of them.
  const byYear = new Map();
  for (const r of made) {
    const [, year, n] = /^TKT-(\d{4})-(\d{6})$/.exec(r.number);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year).push(Number(n));
  }
  const counters = new Map((await sqlClient`select year, last from ticket_counters`).map((c) => [String(c.year), c.last]));
  const gapFree = byYear.size > 0 && [...byYear].every(([year, ns]) => {
    ns.sort((a, b) => a - b);
    return ns.every((n, i) => i === 0 || n === ns[i - 1] + 1) && ns.at(-1) === counters.get(year);
  });
  const sortedNumbers = made.map((r) => r.number).sort();
  const numbers = [{ first: sortedNumbers[0], last: sortedNumbers.at(-1) }];
  // Out of the queues again, so reruns on the same database measure the same data.
  await sqlClient`update tickets set deleted_at = now() where id = any(${made.map((r) => r.id)}::uuid[])`;
  console.log(JSON.stringify({
    created: latencies.length, seconds: elapsed, rate: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95),
    cpuMsPerTicket: (used.user + used.system) / 1000 / Math.max(1, latencies.length), errors, firstError, gapFree, firstNumber: numbers[0]?.first, lastNumber: numbers[0]?.last,
  }));
  await closeDb();
  process.exit(0);
}

if (process.argv.includes('--create-worker')) await createWorker();
else await main();
