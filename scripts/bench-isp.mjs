// npm run bench:isp — the internet-provider module at scale. Builds Relasi and starts it isolated (like
// `npm run bench`: own temporary embedded PostgreSQL with the demo seed, which loads all of Indonesia's
// areas, own build folder and port), adds 200,000 subscribers straight into that database, then
// measures beside a trivial node:http baseline in the same run:
//   - the public coverage lookup API (/api/coverage/lookup?village=…), rotating over covered and
//     uncovered villages, with autocannon;
//   - the eligible-upgrade preview: the count query the staff page runs (lib/isp/upgrades/eligibility.ts,
//     timed in a separate process) with its EXPLAIN ANALYZE, and the signed-in rule page that shows it.
// Prints a table, writes the section "ISP module" of docs/benchmarks.md (raw figures in bench/results/)
// and exits 1 when a target is missed or a row had errors or non-2xx answers.
//
//   npm run bench:isp
//   npm run bench:isp -- --subscribers 50000 --duration 5 --no-docs
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ROOT,
  fmt,
  freePort,
  loadRun,
  login,
  machine,
  markdownTable,
  percentile,
  replayHeaders,
  request,
  startBaseline,
  startIsolatedApp,
  table,
  textTable,
  writeDocs,
} from './lib/bench-utils.mjs';

function parseArgs(argv) {
  const opts = { section: 'ISP module', duration: 10, warmup: 3, docs: true, subscribers: 200_000, user: 'helpdesk@relasi.test', password: 'Relasi#2026', keep: false, runs: 30 };
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
    else if (a === '--subscribers') opts.subscribers = Number(next());
    else if (a === '--runs') opts.runs = Number(next());
    else if (a === '--no-docs') opts.docs = false;
    else if (a === '--keep-data') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench:isp -- [--section NAME] [--subscribers N] [--duration SECONDS] [--warmup SECONDS] [--runs N] [--no-docs] [--keep-data]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(opts.duration > 0) || !(opts.warmup >= 0) || !(opts.subscribers >= 1) || !(opts.runs >= 1)) throw new Error('--duration, --subscribers and --runs must be positive');
  return opts;
}

const TARGETS = {
  coverageP95Ms: 30, // /api/coverage/lookup p95, one client at a time (latency; the 10-connection row shows throughput)
  previewMs: 500, // eligible-upgrade preview count over the full table (p95 of the timed runs)
};

/** Runs scripts/lib/isp-bench-data.ts against the bench database and returns its JSON answer. */
function dataTool(url, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './lib/jobs/server-only-hook.mjs', 'scripts/lib/isp-bench-data.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, AUTH_SECRET: 'bench-isp-not-a-real-secret-0123456789abcdef', RELASI_ALLOW_INSECURE: '1', LOG_LEVEL: 'error', DATABASE_POOL_MAX: '2' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@json '));
      if (code !== 0 || !line) return reject(new Error(`isp-bench-data ${args[0]} failed (${code}): ${out.slice(-500)}`));
      resolve(JSON.parse(line.slice(7)));
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: autocannon } = await import('autocannon');
  const started = new Date();
  const info = machine();
  const loadBefore = os.loadavg()[0];
  const log = (m) => console.log(`bench:isp: ${m}`);
  const pgPort = await freePort();
  const isolated = await startIsolatedApp({ log, keep: opts.keep, tmpPrefix: 'relasi-bench-isp-', pgPort });
  const { app, base } = isolated;
  const dbUrl = () => `postgres://postgres:${encodeURIComponent(readFileSync(path.join(isolated.dataDir, 'pg-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/relasi`;

  try {
    const serverPid = await isolated.ready();

    // 1. 200,000 subscribers on top of the demo (all areas are loaded by the demo seed).
    log(`adding ${opts.subscribers.toLocaleString('en-US')} subscribers …`);
    const loaded = await dataTool(dbUrl(), ['load', String(opts.subscribers)]);
    log(`  ${loaded.subscriptions.toLocaleString('en-US')} subscriptions over ${loaded.villages} covered villages in ${fmt(loaded.ms / 1000)} s`);

    // 2. Villages to look up: a spread of covered ones and of villages elsewhere in the country.
    const covered = await request(`${base}/api/coverage/lookup?village=${loaded.sample[0]}`);
    if (covered.status !== 200) throw new Error(`coverage lookup answered ${covered.status}: ${covered.body.toString('utf8').slice(0, 200)}`);
    if (!JSON.parse(covered.body.toString('utf8')).covered) throw new Error(`${loaded.sample[0]} should be covered in the demo data`);
    const requests = loaded.sample.map((v) => ({ method: 'GET', path: `/api/coverage/lookup?village=${v}` }));
    log(`coverage lookups rotate over ${requests.length} villages (${loaded.villages} covered in all)`);

    // 3. The baseline serves the bytes of a coverage answer.
    const baseline = await startBaseline({ headers: replayHeaders(covered), body: covered.body });
    isolated.adopt(baseline.child);

    // 4. Signed in as customer support for the rule page.
    const cookie = await login(base, opts.user, opts.password);
    if (!loaded.ruleId) throw new Error('the demo rule “Pelanggan setia 12 bulan” is missing');
    const rulePath = `/staff/isp/upgrades/${loaded.ruleId}`;
    const page = await request(`${base}${rulePath}`, { headers: { cookie } });
    if (page.status !== 200) throw new Error(`GET ${rulePath} answered ${page.status}`);

    const loadAtRuns = os.loadavg()[0];
    if (loadAtRuns > Number(info.nproc) * 0.75) log(`warning: load average ${loadAtRuns.toFixed(2)} on ${info.nproc} CPUs before the load runs; other work on this machine skews the figures`);
    const appTree = { serverPid, appPid: app.pid };
    const plan = [
      { title: 'baseline (node:http, bytes of a coverage answer)', url: `http://127.0.0.1:${baseline.port}/`, connections: 10, baseline: true, serverPid: baseline.child.pid },
      { title: '/api/coverage/lookup', url: base, requests, connections: 10, ...appTree },
      { title: '/api/coverage/lookup', url: base, requests, connections: 1, ...appTree },
      { title: 'rule page /staff/isp/upgrades/[id] (eligible preview)', url: `${base}${rulePath}`, connections: 2, headers: { cookie }, ...appTree },
    ];
    const results = [];
    for (const p of plan) {
      if (opts.warmup > 0) await loadRun(autocannon, { ...p, duration: opts.warmup });
      log(`${p.title} · ${p.connections} connections · ${opts.duration} s …`);
      const r = await loadRun(autocannon, { ...p, duration: opts.duration });
      r.baseline = !!p.baseline;
      results.push(r);
      log(`  ${fmt(r.rps, 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, non-2xx ${r.non2xx}, errors ${r.errors} (timeouts ${r.timeouts})`);
      if (isolated.exited()) throw new Error('the app stopped during the run');
    }

    // 5. The preview query itself, timed over the full table, and its plan.
    log(`timing the eligible-upgrade preview count ${opts.runs}× …`);
    const preview = await dataTool(dbUrl(), ['preview', 'Pelanggan setia 12 bulan: +10 Mbps selama 3 bulan', String(opts.runs)]);
    const sorted = [...preview.timings].sort((a, b) => a - b);
    const previewP50 = percentile(sorted, 50);
    const previewP95 = percentile(sorted, 95);
    log(`  ${preview.count.toLocaleString('en-US')} eligible of ${loaded.subscriptions.toLocaleString('en-US')}; p50 ${fmt(previewP50)} ms, p95 ${fmt(previewP95)} ms`);
    log('timing the coverage lookup statement over the same villages …');
    const cov = await dataTool(dbUrl(), ['coverage', loaded.sample.join(','), '3']);
    const covSorted = [...cov.timings].sort((a, b) => a - b);
    log(`  ${cov.lookups} lookups; p50 ${fmt(percentile(covSorted, 50), 2)} ms, p95 ${fmt(percentile(covSorted, 95), 2)} ms`);
    const loadAfter = os.loadavg()[0];

    const coverage1 = results[2];
    const verdicts = [
      { name: `coverage lookup API p95 < ${TARGETS.coverageP95Ms} ms (one client)`, met: coverage1.p95 < TARGETS.coverageP95Ms, value: `${fmt(coverage1.p95)} ms (p50 ${fmt(coverage1.p50)} ms; at 10 connections p95 ${fmt(results[1].p95)} ms)` },
      { name: `eligible-upgrade preview over ${loaded.subscriptions.toLocaleString('en-US')} subscriptions < ${TARGETS.previewMs} ms`, met: previewP95 < TARGETS.previewMs, value: `p95 ${fmt(previewP95)} ms (p50 ${fmt(previewP50)} ms, ${opts.runs} runs)` },
    ];
    const invalid = results.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.requests === 0);

    const t = table(results, results[0].rps);
    console.log(`\n${textTable(t)}\n`);
    for (const v of verdicts) console.log(`${v.met ? 'MET   ' : 'MISSED'}  ${v.name}: ${v.value}`);
    for (const r of invalid) console.log(`INVALID  ${r.title} (${r.connections} conns): non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);

    const finished = new Date();
    const md = [
      `- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} (${Math.round((finished - started) / 1000)} s including build, start and loading)`,
      `- Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GiB memory, ${info.os}; Node ${info.node}`,
      `- Code: ${info.git}`,
      `- Load average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadAtRuns.toFixed(2)} before the load runs, ${loadAfter.toFixed(2)} after them`,
      `- Command: \`npm run bench:isp${opts.section !== 'ISP module' ? ` -- --section ${JSON.stringify(opts.section)}` : ''}\` — autocannon ${opts.duration} s per row after a ${opts.warmup} s warm-up; app, autocannon and baseline on the same machine`,
      `- Data: the demo seed (all of Indonesia's areas from idn-area-data, plans, coverage) plus ${loaded.added.toLocaleString('en-US')} subscribers loaded in ${fmt(loaded.ms / 1000)} s — ${loaded.subscriptions.toLocaleString('en-US')} subscriptions in ${loaded.villages} covered villages, tenure up to four years, 4 % suspended and 2 % terminated, 3 % with a running upgrade, 5 % with an ended upgrade of the rule`,
      `- Coverage lookups rotate over ${requests.length} villages, covered and not; the baseline serves the ${covered.body.length} bytes of one answer`,
      '',
      markdownTable(t),
      '',
      `**Coverage lookup statement** (lib/isp/coverage/lookup.ts, timed ${cov.lookups}× over the same ${loaded.sample.length} villages, ${cov.covered} of them covered, from a separate process): p50 ${fmt(percentile(covSorted, 50), 2)} ms, p95 ${fmt(percentile(covSorted, 95), 2)} ms — the rest of the API's time is the web server.`,
      '',
      `**Eligible-upgrade preview** (“${preview.rule.name}” on ${preview.today}): ${preview.count.toLocaleString('en-US')} eligible of ${loaded.subscriptions.toLocaleString('en-US')}; the count query of lib/isp/upgrades/eligibility.ts timed ${opts.runs}× from a separate process: p50 ${fmt(previewP50)} ms, p95 ${fmt(previewP95)} ms, max ${fmt(sorted.at(-1))} ms. The rule page above renders that count, one page of 50 eligible subscribers (same WHERE clause) and the rule's latest upgrades.`,
      '',
      '<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the preview count</summary>',
      '',
      '```',
      ...preview.explain,
      '```',
      '',
      '</details>',
      '',
      '| target | result | met |',
      '| --- | --- | --- |',
      ...verdicts.map((v) => `| ${v.name} | ${v.value} | ${v.met ? 'yes' : '**no**'} |`),
      ...(invalid.length ? ['', `**Invalid measurement:** ${invalid.map((r) => r.title).join(', ')} had errors or non-2xx answers.`] : []),
    ].join('\n');

    const json = { started, finished, machine: info, options: { ...opts, password: undefined }, loaded, results, preview: { ...preview, p50: previewP50, p95: previewP95 }, coverage: { ...cov, p50: percentile(covSorted, 50), p95: percentile(covSorted, 95) }, loadavg: { start: loadBefore, beforeRuns: loadAtRuns, after: loadAfter }, verdicts, invalid: invalid.map((r) => r.title) };
    const resultsDir = path.join(ROOT, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const jsonFile = path.join(resultsDir, `isp-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`raw figures in ${path.relative(ROOT, jsonFile)}`);
    if (opts.docs) log(`wrote section "${opts.section}" of ${path.relative(ROOT, writeDocs(opts.section, md, 'npm run bench:isp'))}`);

    await isolated.teardown();
    const ok = verdicts.every((v) => v.met) && invalid.length === 0;
    console.log(ok ? '\nbench:isp: all targets met' : '\nbench:isp: a target was missed or a measurement is invalid');
    process.exit(ok ? 0 : 1);
  } catch (err) {
    if (isolated.interrupted()) return;
    console.error(`bench:isp: ${err.message}`);
    if (isolated.exited()) console.error(isolated.appLog.slice(-40).join(''));
    await isolated.teardown();
    process.exit(2);
  }
}

await main();
