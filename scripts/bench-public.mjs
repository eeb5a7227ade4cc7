// npm run bench:public — the public site at 50,000 catalog items. Prepares its own embedded PostgreSQL
// (migrations, demo seed) and adds 50,000 generated goods and services (scripts/lib/catalog-bench-data.ts,
// batched inserts, realistic Indonesian names) before the app starts, so the build's prerendered pages
// show them; then builds Relasi (when sources changed) and starts it isolated like `npm run bench` (own
// data folder, build folder .next-bench-public, port), and measures beside the foundation bench's
// baseline (a node:http server replaying the bytes of `/`) in the same run:
//   - `/`, `/catalog`, a product page (all cached: served from the full-route cache, revalidated by
//     tag) and a search with a misspelt word (`/catalog/search?q=ruter`, rendered per request) at
//     50 connections with autocannon, and the search again with one connection;
//   - the search itself: searchCatalog() — what the search page runs — timed from a separate process
//     for a misspelt word, a broad word, two words, brand + model and a misspelt word with another,
//     with the EXPLAIN ANALYZE of the measured query's statement;
//   - first-load JavaScript of `/`, `/catalog` and the product page: the scripts their HTML loads
//     (not the noModule polyfills), read from the build folder and gzipped, split into the framework
//     runtime (the build manifest's rootMainFiles) and the route's chunks, named from the client
//     reference manifests;
//   - Lighthouse 12 (npm `lighthouse`, Debian Chromium, mobile defaults) on `/` and the product page:
//     performance, accessibility, best practices, SEO — the median of --lighthouse-runs runs.
// Prints a table, writes the section "Public site" of docs/benchmarks.md (raw figures in bench/results/)
// and exits 1 when a target is missed or a row had errors or non-2xx answers (2 when the run failed).
//
//   npm run bench:public
//   npm run bench:public -- --duration 5 --lighthouse-runs 1 --no-docs
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import {
  ROOT,
  fmt,
  freePort,
  loadRun,
  machine,
  markdownTable,
  memoryOf,
  percentile,
  replayHeaders,
  request,
  startBaseline,
  startIsolatedApp,
  table,
  textTable,
  writeDocs,
} from './lib/bench-utils.mjs';

const DIST = '.next-bench-public';
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';
const TARGETS = {
  cachedRatio: 0.06, // cached pages' req/s ≥ 0.06 × the baseline's (stock Next serving a trivial prerendered page here)
  searchP95Ms: 50, // searchCatalog() p95 at 50,000 items
  firstLoadKb: 110, // gzipped JavaScript a first visit loads
  lighthouse: { performance: 0.95, accessibility: 1, 'best-practices': 0.95, seo: 1 },
};
// Words people type: misspelt (trigram word similarity), broad (thousands of matches to rank), two
// words, brand + model, misspelt + another word. The first one is also the measured search page.
const SEARCHES = ['ruter', 'kamera', 'kabel utp', 'mikrotik hap', 'swich poe'];

function parseArgs(argv) {
  const opts = { section: 'Public site', duration: 10, warmup: 3, connections: 50, items: 50_000, docs: true, keep: false, lighthouse: true, lighthouseRuns: 5, searchRuns: 30, q: SEARCHES[0] };
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
    else if (a === '--items') opts.items = Number(next());
    else if (a === '--q') opts.q = next();
    else if (a === '--search-runs') opts.searchRuns = Number(next());
    else if (a === '--lighthouse-runs') opts.lighthouseRuns = Number(next());
    else if (a === '--no-lighthouse') opts.lighthouse = false;
    else if (a === '--no-docs') opts.docs = false;
    else if (a === '--keep-data') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench:public -- [--section NAME] [--duration S] [--warmup S] [--connections N] [--items N] [--q WORD] [--search-runs N] [--lighthouse-runs N] [--no-lighthouse] [--no-docs] [--keep-data]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['duration', 'connections', 'items', 'searchRuns', 'lighthouseRuns']) if (!(opts[k] > 0)) throw new Error(`--${k} must be > 0`);
  if (!(opts.warmup >= 0)) throw new Error('--warmup must be >= 0');
  return opts;
}

/** Runs scripts/lib/catalog-bench-data.ts and returns its JSON answer (its output is shown prefixed). */
function dataTool(env, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './lib/jobs/server-only-hook.mjs', 'scripts/lib/catalog-bench-data.ts', ...args], {
      cwd: ROOT,
      env: { ...env, LOG_LEVEL: 'error', DATABASE_POOL_MAX: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      for (const line of String(d).split('\n')) if (line && !line.startsWith('@@json ')) process.stdout.write(`  data| ${line}\n`);
    });
    child.stderr.on('data', (d) => process.stderr.write(String(d).replace(/^(?=.)/gm, '  data| ')));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@json '));
      if (code !== 0 || !line) return reject(new Error(`catalog-bench-data ${args[0]} failed (${code})`));
      resolve(JSON.parse(line.slice(7)));
    });
  });
}

/**
 * The build folder keeps `cache/` across builds, and a reused build keeps its prerendered pages and the
 * pages the server rendered and stored since (server/route-cache): all hold what an earlier run's
 * database showed (other item pictures, another port in absolute URLs). Remove the data cache
 * (unstable_cache entries), the stored pages and the prerendered public pages, so a build renders them
 * from this database, or the server renders them on their first request.
 */
function purgeCachedPages(distDir) {
  const dist = path.join(ROOT, distDir);
  rmSync(path.join(dist, 'cache/fetch-cache'), { recursive: true, force: true });
  rmSync(path.join(dist, 'server/route-cache'), { recursive: true, force: true });
  const app = path.join(dist, 'server/app');
  if (!existsSync(app)) return;
  const generated = /\.(html|rsc|meta|body)$|\.segments$/;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (generated.test(e.name)) rmSync(p, { recursive: true, force: true });
      else if (e.isDirectory()) walk(p);
    }
  };
  for (const locale of ['id', 'en']) {
    for (const e of existsSync(app) ? readdirSync(app) : []) if (e.startsWith(`${locale}.`)) rmSync(path.join(app, e), { recursive: true, force: true });
    if (existsSync(path.join(app, locale))) walk(path.join(app, locale));
  }
}

/**
 * Which client components each chunk defines: every client reference manifest of the build names the
 * client modules with their Turbopack module id; a chunk defines a module when its registration list
 * (`TURBOPACK.push([script, id, factory, id, factory, …])`) holds that id.
 */
function chunkModules(distDir) {
  const ids = new Map(); // module id → readable name
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('_client-reference-manifest.js')) {
        const sandbox = {};
        try {
          vm.runInNewContext(readFileSync(p, 'utf8'), sandbox);
        } catch {
          continue;
        }
        for (const m of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
          for (const [key, mod] of Object.entries(m.clientModules ?? {})) {
            const name = key.replace(/^\[project\]\//, '').replace(/ \[.*$/, '').replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 ($&)').replace(/\(node_modules\/(?:@[^/]+\/)?[^/]+\/(?:dist\/)?(?:esm\/)?/, '(');
            if (mod.id !== undefined) ids.set(String(mod.id), name);
          }
        }
      }
    }
  };
  walk(path.join(ROOT, distDir, 'server/app'));
  const cache = new Map();
  return {
    get(file) {
      if (!cache.has(file)) {
        const text = readFileSync(path.join(ROOT, distDir, file), 'utf8');
        const defined = new Set([...text.matchAll(/[,[](\d+),(?=\(|[A-Za-z_$][\w$]*=>|function\b|async\b)/g)].map((m) => m[1]));
        cache.set(file, new Set([...ids].filter(([id]) => defined.has(id)).map(([, name]) => name)));
      }
      return cache.get(file);
    },
  };
}

/** The JavaScript a first visit loads: the page's <script src> (without the noModule polyfills), gzipped. */
function firstLoadJs(html, distDir, framework, modules) {
  const srcs = [...new Set([...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s) => s?.startsWith('/_next/static/'))
    .map((s) => s.split('?')[0]))];
  const files = srcs.map((src) => {
    const rel = src.replace(/^\/_next\//, '');
    const bytes = readFileSync(path.join(ROOT, distDir, rel));
    const mods = [...(modules.get(rel) ?? [])];
    // Framework: the runtime every page loads, and chunks holding only Next.js's own client components
    // (layout router, error boundaries) that every App Router page needs.
    const nextOnly = mods.length > 0 && mods.every((m) => m.startsWith('next ('));
    return { file: rel, raw: bytes.length, gzip: gzipSync(bytes).length, framework: framework.has(rel) || nextOnly, modules: mods };
  });
  const sum = (xs) => xs.reduce((s, f) => s + f.gzip, 0);
  return { files, gzip: sum(files), frameworkGzip: sum(files.filter((f) => f.framework)), routeGzip: sum(files.filter((f) => !f.framework)), raw: files.reduce((s, f) => s + f.raw, 0) };
}

/** One Lighthouse run with the CLI (it launches Debian Chromium itself); returns the category scores. */
function lighthouseRun(url, outFile) {
  return new Promise((resolve, reject) => {
    const args = [
      'node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', `--output-path=${outFile}`,
      `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo',
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(outFile)) return reject(new Error(`lighthouse ${url} exited with ${code}: ${err.slice(-400)}`));
      const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
      if (lhr.runtimeError) return reject(new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`));
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score]));
      const m = lhr.audits.metrics?.details?.items?.[0] ?? {};
      const failing = Object.entries(lhr.categories)
        .filter(([k]) => k !== 'performance')
        .flatMap(([k, c]) => c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1).map((r) => `${k}: ${r.id}`));
      resolve({
        scores,
        metrics: { fcp: m.firstContentfulPaint, lcp: m.largestContentfulPaint, tbt: m.totalBlockingTime, cls: m.cumulativeLayoutShift, si: m.speedIndex },
        failing,
        benchmarkIndex: lhr.environment?.benchmarkIndex,
      });
    });
  });
}

/** Text as React writes it into HTML. */
const htmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const kb = (n) => `${fmt(n / 1024, 1)} KB`;
const score = (s) => (s === null || s === undefined || Number.isNaN(s) ? '–' : String(Math.round(s * 100)));

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: autocannon } = await import('autocannon');
  const started = new Date();
  const info = machine();
  const loadBefore = os.loadavg()[0];
  const log = (m) => console.log(`bench:public: ${m}`);
  const pgPort = await freePort();
  let loaded = null;
  let prepareSeconds = NaN;
  const isolated = await startIsolatedApp({
    log,
    keep: opts.keep,
    distDir: DIST,
    tmpPrefix: 'relasi-bench-public-',
    pgPort,
    // Before the app starts (and builds): the database with the demo and the 50,000 items, and no
    // cached page or data from an earlier run.
    prepare: async ({ env }) => {
      log(`preparing the database (migrations, demo seed) and adding ${opts.items.toLocaleString('en-US')} catalog items …`);
      const t = Date.now();
      loaded = await dataTool(env, ['prepare', String(opts.items)]);
      prepareSeconds = (Date.now() - t) / 1000;
      log(`  ${loaded.total.toLocaleString('en-US')} items (${loaded.active.toLocaleString('en-US')} active), ${loaded.added.toLocaleString('en-US')} added in ${fmt(loaded.ms / 1000)} s; database ready after ${fmt(prepareSeconds, 0)} s`);
      purgeCachedPages(DIST);
    },
  }).catch((err) => {
    console.error(`bench:public: ${err.message}`);
    process.exit(2);
  });
  const { app, base } = isolated;
  const dbEnv = () => ({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `postgres://postgres:${encodeURIComponent(readFileSync(path.join(isolated.dataDir, 'pg-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/relasi`,
    AUTH_SECRET: 'bench-public-not-a-real-secret-0123456789abcdef',
    RELASI_ALLOW_INSECURE: '1',
  });

  try {
    const buildStarted = Date.now();
    const serverPid = await isolated.ready();
    const startSeconds = (Date.now() - buildStarted) / 1000;
    const built = isolated.appLog.some((l) => l.includes('building the production bundle'));

    // 1. The measured pages answer 200 with this database's data; the cached ones come from the cache.
    const productPath = `/products/${loaded.product.slug}`;
    const searchPath = `/catalog/search?q=${encodeURIComponent(opts.q)}`;
    const pages = [
      { key: 'home', title: '/', path: '/', cached: true },
      { key: 'catalog', title: '/catalog', path: '/catalog', cached: true, expect: loaded.firstListed },
      { key: 'product', title: 'product page', path: productPath, cached: true, expect: [loaded.product.name] },
      { key: 'search', title: `search ${searchPath}`, path: searchPath, cached: false },
    ];
    for (const p of pages) {
      const first = await request(`${base}${p.path}`);
      const res = await request(`${base}${p.path}`); // the second answer: from the cache when the page is cached
      const body = res.body.toString('utf8');
      if (first.status !== 200 || res.status !== 200) throw new Error(`GET ${p.path} answered ${first.status}, then ${res.status}`);
      if (p.expect?.length && !p.expect.some((name) => body.includes(htmlText(name)))) throw new Error(`GET ${p.path} shows none of ${p.expect.map((n) => `“${n}”`).join(', ')}: not this run's data`);
      // Absolute URLs (canonical, Open Graph) carry this run's port: not a page stored by an earlier run.
      if (!body.includes(`//localhost:${isolated.port}`)) throw new Error(`GET ${p.path} has no URL of this run (localhost:${isolated.port}): a page cached by an earlier run`);
      p.bytes = res.body.length;
      p.html = body;
      p.cache = res.headers['x-nextjs-cache'] ?? null;
      p.cacheControl = res.headers['cache-control'] ?? null;
      p.ok = !p.cached || p.cache === 'HIT';
      log(`${p.path} → 200, ${res.body.length} bytes, x-nextjs-cache: ${p.cache ?? '–'}, cache-control: ${p.cacheControl ?? '–'}`);
    }
    const searchBody = pages[3].html;
    if (!/<article|href="\/products\//.test(searchBody)) throw new Error(`${searchPath} shows no product`);

    // 2. The baseline: the bytes and headers of `/`, from a bare node:http server.
    const home = await request(`${base}/`);
    const baseline = await startBaseline({ headers: replayHeaders(home), body: home.body });
    isolated.adopt(baseline.child);

    // 3. Load runs.
    const idleMemory = memoryOf(serverPid);
    const loadAtRuns = os.loadavg()[0];
    if (loadAtRuns > Number(info.nproc) * 0.75) log(`warning: load average ${loadAtRuns.toFixed(2)} on ${info.nproc} CPUs before the load runs; other work on this machine skews the figures`);
    const appTree = { serverPid, appPid: app.pid };
    const c = opts.connections;
    const plan = [
      { key: 'baseline', title: 'baseline (node:http, bytes of /)', url: `http://127.0.0.1:${baseline.port}/`, connections: c, baseline: true, serverPid: baseline.child.pid },
      { key: 'home', title: '/ (cached)', url: `${base}/`, connections: c, ...appTree },
      { key: 'catalog', title: '/catalog (cached)', url: `${base}/catalog`, connections: c, ...appTree },
      { key: 'product', title: 'product page (cached)', url: `${base}${productPath}`, connections: c, ...appTree },
      { key: 'search', title: `search ?q=${opts.q} (per request)`, url: `${base}${searchPath}`, connections: c, ...appTree },
      { key: 'search1', title: `search ?q=${opts.q} (per request)`, url: `${base}${searchPath}`, connections: 1, ...appTree },
    ];
    const results = [];
    for (const p of plan) {
      if (opts.warmup > 0) await loadRun(autocannon, { ...p, duration: opts.warmup });
      log(`${p.title} · ${p.connections} connections · ${opts.duration} s …`);
      const r = await loadRun(autocannon, { ...p, duration: opts.duration });
      r.key = p.key;
      r.baseline = !!p.baseline;
      results.push(r);
      log(`  ${fmt(r.rps, 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, server CPU ${fmt(r.serverCpuMsPerReq, 2)} ms/req, non-2xx ${r.non2xx}, errors ${r.errors} (timeouts ${r.timeouts})`);
      if (isolated.exited()) throw new Error('the app stopped during the run');
    }
    const afterMemory = memoryOf(serverPid);
    const loadAfterRuns = os.loadavg()[0];

    // 4. The search itself, from a separate process, with the plan of the measured query.
    const queries = [...new Set([opts.q, ...SEARCHES])];
    log(`timing searchCatalog() ${opts.searchRuns}× for ${queries.map((q) => `“${q}”`).join(', ')} …`);
    const searches = await dataTool(dbEnv(), ['search', String(opts.searchRuns), ...queries]);
    for (const s of searches) {
      const t = [...s.timings].sort((a, b) => a - b);
      Object.assign(s, { p50: percentile(t, 50), p95: percentile(t, 95), max: t.at(-1) });
      log(`  “${s.q}”${s.fuzzy ? ' (misspelt)' : ''}: ${s.totalCapped ? `${s.total}+` : s.total} results, p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms; listing statement ${fmt(s.plans[0]?.ms, 2)} ms`);
    }
    const pooled = searches.flatMap((s) => s.timings).sort((a, b) => a - b);
    const searchP95 = percentile(pooled, 95);

    // 5. First-load JavaScript, from the build folder.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST, 'build-manifest.json'), 'utf8'));
    const framework = new Set(manifest.rootMainFiles ?? []);
    const modules = chunkModules(DIST);
    const js = Object.fromEntries(pages.filter((p) => p.cached).map((p) => [p.key, firstLoadJs(p.html, DIST, framework, modules)]));
    for (const [k, v] of Object.entries(js)) log(`first-load JS ${k}: ${kb(v.gzip)} gzipped (framework ${kb(v.frameworkGzip)}, route chunks ${kb(v.routeGzip)}), ${v.files.length} files, ${kb(v.raw)} uncompressed`);

    // 6. Lighthouse on `/` and the product page (the app is idle again).
    const lighthouse = {};
    if (opts.lighthouse) {
      const lhDir = path.join(isolated.dataDir, 'lighthouse');
      mkdirSync(lhDir, { recursive: true });
      // localhost, not 127.0.0.1: the app's own address (canonical URLs, APP_URL).
      const origin = `http://localhost:${isolated.port}`;
      for (const p of [pages[0], pages[2]]) {
        const runs = [];
        for (let i = 0; i < opts.lighthouseRuns; i++) {
          log(`lighthouse ${p.path} (${i + 1}/${opts.lighthouseRuns}) …`);
          // Lighthouse 12.2 with a newer Chromium now and then fails to read the trace (NO_NAVSTART,
          // NO_FCP): such a run measured nothing, so it is repeated (at most twice).
          for (let attempt = 1; ; attempt++) {
            try {
              runs.push(await lighthouseRun(`${origin}${p.path}`, path.join(lhDir, `${p.key}-${i}-${attempt}.json`)));
              break;
            } catch (err) {
              if (attempt >= 3) throw err;
              log(`  ${err.message.split('\n')[0]}; running it again`);
            }
          }
          const r = runs.at(-1);
          log(`  ${Object.entries(r.scores).map(([k, v]) => `${k} ${score(v)}`).join(', ')}; LCP ${fmt(r.metrics.lcp, 0)} ms, TBT ${fmt(r.metrics.tbt, 0)} ms, CLS ${fmt(r.metrics.cls, 3)}${r.failing.length ? `; failing: ${r.failing.join(', ')}` : ''}`);
        }
        const cats = Object.keys(TARGETS.lighthouse);
        lighthouse[p.key] = {
          path: p.path,
          runs,
          scores: Object.fromEntries(cats.map((k) => [k, median(runs.map((r) => r.scores[k]))])),
          metrics: Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'si'].map((k) => [k, median(runs.map((r) => r.metrics[k]))])),
          failing: [...new Set(runs.flatMap((r) => r.failing))],
          benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
        };
      }
    }
    const loadAfter = os.loadavg()[0];

    // 7. Verdict.
    const by = Object.fromEntries(results.map((r) => [r.key, r]));
    const baseRps = by.baseline.rps;
    const verdicts = [
      ...['home', 'catalog', 'product'].map((k) => {
        const p = pages.find((x) => x.key === k);
        return {
          name: `${by[k].title} req/s ≥ ${TARGETS.cachedRatio} × baseline`,
          met: by[k].rps / baseRps >= TARGETS.cachedRatio && p.ok,
          value: `${fmt(by[k].rps / baseRps, 3)} × (${fmt(by[k].rps, 0)} / ${fmt(baseRps, 0)})${p.ok ? '' : `, **not served from the cache** (x-nextjs-cache: ${p.cache ?? 'none'})`}`,
        };
      }),
      { name: `search p95 < ${TARGETS.searchP95Ms} ms at ${loaded.total.toLocaleString('en-US')} items (searchCatalog, ${queries.length} queries × ${opts.searchRuns})`, met: searchP95 < TARGETS.searchP95Ms, value: `${fmt(searchP95)} ms (p50 ${fmt(percentile(pooled, 50))} ms; slowest query “${[...searches].sort((a, b) => b.p95 - a.p95)[0].q}” p95 ${fmt(Math.max(...searches.map((s) => s.p95)))} ms)` },
      ...Object.entries(js).map(([k, v]) => ({ name: `first-load JS of ${pages.find((p) => p.key === k).title} ≤ ${TARGETS.firstLoadKb} KB gzipped`, met: v.gzip <= TARGETS.firstLoadKb * 1024, value: `${kb(v.gzip)} (framework ${kb(v.frameworkGzip)}, route chunks ${kb(v.routeGzip)})` })),
      ...Object.entries(lighthouse).flatMap(([k, l]) =>
        Object.entries(TARGETS.lighthouse).map(([cat, min]) => ({
          name: `Lighthouse ${pages.find((p) => p.key === k).title} ${cat} ≥ ${Math.round(min * 100)}`,
          met: l.scores[cat] >= min,
          value: `${score(l.scores[cat])}${opts.lighthouseRuns > 1 ? ` (runs: ${l.runs.map((r) => score(r.scores[cat])).join(', ')})` : ''}`,
        })),
      ),
    ];
    const invalid = results.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.requests === 0);

    const t = table(results, baseRps);
    console.log(`\n${textTable(t)}\n`);
    for (const v of verdicts) console.log(`${v.met ? 'MET   ' : 'MISSED'}  ${v.name}: ${v.value}`);
    for (const r of invalid) console.log(`INVALID  ${r.title} (${r.connections} conns): non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);

    const finished = new Date();
    const measured = searches.find((s) => s.q === opts.q);
    const jsRows = Object.entries(js).map(([k, v]) => {
      const route = v.files.filter((f) => !f.framework).sort((a, b) => b.gzip - a.gzip);
      const named = route.map((f) => `${path.basename(f.file)} ${kb(f.gzip)}${f.modules.length ? ` (${f.modules.slice(0, 4).join(', ')}${f.modules.length > 4 ? ', …' : ''})` : ''}`).join('; ');
      return `| ${pages.find((p) => p.key === k).title} | ${kb(v.gzip)} | ${kb(v.frameworkGzip)} | ${kb(v.routeGzip)} | ${named} |`;
    });
    const lhRows = Object.entries(lighthouse).map(([k, l]) => `| ${pages.find((p) => p.key === k).title} | ${Object.keys(TARGETS.lighthouse).map((c) => score(l.scores[c])).join(' | ')} | ${fmt(l.metrics.fcp, 0)} | ${fmt(l.metrics.lcp, 0)} | ${fmt(l.metrics.tbt, 0)} | ${fmt(l.metrics.cls, 3)} | ${l.runs.map((r) => score(r.scores.performance)).join(', ')} | ${fmt(l.benchmarkIndex, 0)} |`);
    const md = [
      `- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} (${Math.round((finished - started) / 1000)} s: database and items ${fmt(prepareSeconds, 0)} s, ${built ? 'build and ' : ''}start ${fmt(startSeconds, 0)} s)`,
      `- Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GiB memory, ${info.os}; Node ${info.node}`,
      `- Code: ${info.git}`,
      `- Load average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadAtRuns.toFixed(2)} before the load runs, ${loadAfterRuns.toFixed(2)} after them, ${loadAfter.toFixed(2)} at the end (well above ${info.nproc} means other work shared the CPUs)`,
      `- Data: the demo seed plus ${loaded.added ? loaded.added.toLocaleString('en-US') : 'no'} generated items${loaded.added ? ` (${fmt(loaded.ms / 1000)} s)` : ''} — ${loaded.total.toLocaleString('en-US')} catalog items, ${loaded.active.toLocaleString('en-US')} active, in 11 categories; product page \`${productPath}\``,
      `- Command: \`npm run bench:public${opts.section !== 'Public site' ? ` -- --section ${JSON.stringify(opts.section)}` : ''}\` — autocannon ${opts.duration} s per row after a ${opts.warmup} s warm-up, keep-alive, no compression; app, autocannon and baseline on the same machine`,
      `- Pages as served (HTML, no compression; the second request after start): ${pages.map((p) => `${p.key === 'product' ? 'product page' : p.key === 'search' ? 'search' : `\`${p.path}\``} ${fmt(p.bytes / 1024, 0)} KiB${p.cache ? ` (\`x-nextjs-cache: ${p.cache}\`)` : ' (rendered per request)'}`).join(', ')}`,
      '',
      markdownTable(t),
      '',
      'p50/p95/p99: nearest rank over every 2xx response of the row. CPU ms/req: CPU time used during the row over requests answered — "server" is scripts/server.mjs (or the baseline), "app" adds the worker and the embedded PostgreSQL. At 50 connections a page rendered per request queues: latency ≈ connections ÷ throughput.',
      '',
      `Server memory: ${fmt(idleMemory.rssMb, 0)} MiB RSS before the load runs, ${fmt(afterMemory.rssMb, 0)} MiB after them (peak ${fmt(afterMemory.peakMb, 0)} MiB).`,
      '',
      `**Search** — \`searchCatalog()\` (lib/catalog/public.ts, what the search page runs: word classification, then one statement for the page of ids with the capped count, then the cards) timed ${opts.searchRuns}× per query after a warm-up, from a separate process, over ${loaded.total.toLocaleString('en-US')} items:`,
      '',
      '| query | matches | p50 ms | p95 ms | max ms | listing statement (EXPLAIN ANALYZE) ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...searches.map((s) => `| “${s.q}”${s.fuzzy ? ' (misspelt: trigram word similarity)' : ''} | ${s.totalCapped ? `${s.total.toLocaleString('en-US')}+` : s.total.toLocaleString('en-US')} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.max)} | ${fmt(s.plans[0]?.ms, 2)} |`),
      `| all queries | | ${fmt(percentile(pooled, 50))} | ${fmt(searchP95)} | ${fmt(pooled.at(-1))} | |`,
      '',
      `<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the listing statement for “${measured.q}”</summary>`,
      '',
      '```',
      ...(measured.plans[0]?.lines ?? ['(no statement captured)']).map((l) => l.replace(/'\{[0-9a-f,-]{200,}\}'/g, "'{…}'")),
      '```',
      '',
      '</details>',
      '',
      `**First-load JavaScript** — the scripts each page's HTML loads (the noModule polyfills left out: modern browsers skip them), read from ${DIST}/ and gzipped (zlib level 6, what the server sends). "Framework" is the build manifest's rootMainFiles (React, React DOM, the Next.js router, the Turbopack runtime) plus chunks holding only Next.js's own client components, shared by every page; the other route chunks are named by the client components they carry:`,
      '',
      '| page | total gzipped | framework | route chunks | route chunks: file, size (client components) |',
      '| --- | ---: | ---: | ---: | --- |',
      ...jsRows,
      '',
      ...(opts.lighthouse
        ? [
            `**Lighthouse** ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version} with ${execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()} (${CHROME_FLAGS}), default mobile emulation and simulated throttling; median of ${opts.lighthouseRuns} run${opts.lighthouseRuns > 1 ? 's' : ''} per page, after the load runs. Metrics in ms (CLS unitless); "benchmark index" is Lighthouse's measure of this machine's CPU speed during the run (lower = slower or busier):`,
            '',
            '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | performance per run | benchmark index |',
            '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
            ...lhRows,
            ...Object.values(lighthouse).flatMap((l) => (l.failing.length ? ['', `Audits below 1 on ${l.path}: ${l.failing.join(', ')}.`] : [])),
            '',
          ]
        : ['Lighthouse: not run (`--no-lighthouse`).', '']),
      '| target | result | met |',
      '| --- | --- | --- |',
      ...verdicts.map((v) => `| ${v.name} | ${v.value} | ${v.met ? 'yes' : '**no**'} |`),
      ...(invalid.length ? ['', `**Invalid measurement:** ${invalid.map((r) => `${r.title} (${r.connections} conns)`).join(', ')} had errors or non-2xx answers.`] : []),
    ].join('\n');

    const json = {
      started, finished, machine: info, options: opts, loaded, prepareSeconds, startSeconds, built,
      pages: pages.map(({ html: _html, ...p }) => p), results, searches, firstLoadJs: js, lighthouse,
      memory: { idle: idleMemory, after: afterMemory }, loadavg: { start: loadBefore, beforeRuns: loadAtRuns, afterRuns: loadAfterRuns, end: loadAfter }, verdicts, invalid: invalid.map((r) => r.title),
    };
    const resultsDir = path.join(ROOT, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const jsonFile = path.join(resultsDir, `public-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`raw figures in ${path.relative(ROOT, jsonFile)}`);
    if (opts.docs) log(`wrote section "${opts.section}" of ${path.relative(ROOT, writeDocs(opts.section, md, 'npm run bench:public'))}`);

    await isolated.teardown();
    const ok = verdicts.every((v) => v.met) && invalid.length === 0;
    console.log(ok ? '\nbench:public: all targets met' : '\nbench:public: a target was missed or a measurement is invalid');
    process.exit(ok ? 0 : 1);
  } catch (err) {
    if (isolated.interrupted()) return;
    console.error(`bench:public: ${err.message}`);
    if (isolated.exited()) console.error(isolated.appLog.slice(-40).join(''));
    await isolated.teardown();
    process.exit(2);
  }
}

await main();
