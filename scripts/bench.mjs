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
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ROOT,
  cmdline,
  descendants,
  fmt,
  loadRun,
  login,
  machine,
  markdownTable,
  memoryOf,
  replayHeaders,
  request,
  startBaseline,
  startIsolatedApp,
  table,
  textTable,
  writeDocs,
} from './lib/bench-utils.mjs';

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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: autocannon } = await import('autocannon');
  const started = new Date();
  const info = machine();
  const loadBefore = os.loadavg()[0];
  const log = (m) => console.log(`bench: ${m}`);
  const isolated = await startIsolatedApp({ log, keep: opts.keep });
  const { app, base } = isolated;
  const teardown = isolated.teardown;

  try {
    // 1. Build (when sources changed), migrate, seed, start; wait for the ready line.
    const serverPid = await isolated.ready();

    // 2. Capture `/` (bytes and headers) and start the baseline with them.
    const home = await request(`${base}/`);
    if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
    const headers = replayHeaders(home);
    const homeCache = ['x-nextjs-cache', 'x-nextjs-prerender', 'cache-control'].map((h) => (home.headers[h] ? `${h}: ${home.headers[h]}` : null)).filter(Boolean);
    log(`GET / → ${home.body.length} bytes; ${homeCache.join('; ') || 'no cache headers'}`);
    const baseline = await startBaseline({ headers, body: home.body });
    isolated.adopt(baseline.child);
    const baselinePort = baseline.port;

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
      { title: 'baseline (node:http, bytes of /)', url: `http://127.0.0.1:${baselinePort}/`, connections: 50, baseline: true, serverPid: baseline.child.pid },
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
      if (isolated.exited()) throw new Error('the app stopped during the run');
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
    if (isolated.interrupted()) return; // the signal handler tears down and exits
    console.error(`bench: ${err.message}`);
    if (isolated.exited()) console.error(isolated.appLog.slice(-40).join(''));
    await teardown();
    process.exit(2);
  }
}

await main();
