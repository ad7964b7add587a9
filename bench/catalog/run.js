/**
 * Catalog benchmark: import, filtered lists over HTTP, transitive impact and memory, on SQLite
 * and PostgreSQL, at several catalog sizes. Runs against the compiled code in dist/ (run
 * `npm run build` first). See bench/README.md.
 *
 *   npm run bench:catalog                                  # 1k, 10k, 100k integrations, both engines
 *   npm run bench:catalog -- --integrations 10000 --engine sqlite
 *   npm run bench:catalog -- --readme                      # also rewrite the results in bench/README.md
 *
 * Options: --integrations N[,N...]  --engine sqlite|postgres|both  --requests 300  --warmup 30
 *          --impact 20  --seed N  --readme  --keep (keep the databases)
 * PostgreSQL: PATCHBAY_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); each
 * run uses a fresh schema bench_<random> and drops it afterwards.
 */
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prng, writeCatalog } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'bench', 'out');
const dist = join(root, 'dist');

if (!existsSync(join(dist, 'services', 'open-patchbay.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the benchmark measures the compiled code).');
  process.exit(1);
}
const { openPatchbay } = await import('../../dist/services/open-patchbay.js');
const { readCatalogPaths } = await import('../../dist/files/catalog-files.js');
const pg = (await import('pg')).default;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = {
    sizes: [1_000, 10_000, 100_000],
    engines: ['sqlite', 'postgres'],
    requests: 300,
    warmup: 30,
    impact: 20,
    seed: 20240601,
    readme: false,
    keep: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--integrations') options.sizes = value().split(',').map((text) => Number(text.replace(/[_k]/gi, (m) => (m.toLowerCase() === 'k' ? '000' : ''))));
    else if (arg === '--engine') {
      const engine = value();
      if (!['sqlite', 'postgres', 'both'].includes(engine)) throw new Error('--engine is sqlite, postgres or both');
      options.engines = engine === 'both' ? ['sqlite', 'postgres'] : [engine];
    } else if (arg === '--requests') options.requests = Number(value());
    else if (arg === '--warmup') options.warmup = Number(value());
    else if (arg === '--impact') options.impact = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--readme') options.readme = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}; see --help`);
  }
  for (const size of options.sizes) if (!Number.isInteger(size) || size < 100) throw new Error(`--integrations must be whole numbers >= 100 (got ${size})`);
  return options;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const PG_URL = process.env.PATCHBAY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGETS = { importSeconds100k: 30, listP95Ms: 20, impactMs: 50, serverRssMb: 500 };

// ---------------------------------------------------------------------------------------------
// Memory: a worker thread samples the process's RSS every 50 ms into shared memory, so peaks are
// seen even while the main thread is busy in a long synchronous parse.

const shared = new SharedArrayBuffer(16);
const peak = new Float64Array(shared); // [0] peak since last reset, [1] peak of the whole run
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const peak = new Float64Array(workerData);
   setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; if (rss > peak[1]) peak[1] = rss; }, 50);`,
  { eval: true, workerData: shared },
);
sampler.unref();
const resetPeak = () => {
  peak[0] = process.memoryUsage.rss();
};
const peakSinceReset = () => Math.max(peak[0], process.memoryUsage.rss());
const mb = (bytes) => Math.round(bytes / 1_048_576);
const gc = () => globalThis.gc?.();

// ---------------------------------------------------------------------------------------------
// Statistics

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value) => Math.round(value * 100) / 100;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}

// ---------------------------------------------------------------------------------------------
// Databases

async function prepareTarget(engine, size) {
  if (engine === 'sqlite') {
    const folder = join(outDir, 'db');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `catalog-${size}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return {
      url: file,
      label: relative(root, file),
      dispose: async () => {
        if (!options.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      },
    };
  }
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  return {
    url: PG_URL,
    schema,
    label: `${PG_URL.replace(/:[^:@/]*@/, ':***@')} schema ${schema}`,
    dispose: async () => {
      if (options.keep) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error.message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Import

/** Wraps a method of an object to add its time to a counter (the code path stays the same). */
function timeMethod(object, name, counters, key = name) {
  const original = object[name];
  object[name] = async function timed(...args) {
    const started = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      counters[key] = (counters[key] ?? 0) + (performance.now() - started);
    }
  };
}

/**
 * Imports the generated folder the way the CLI does: read the files from disk, then
 * service.importFiles. Returns the wall time and a breakdown of where it went.
 */
async function timedImport(patchbay, folder) {
  const counters = {};
  const catalog = patchbay.catalog;
  const repository = catalog.repository;
  timeMethod(catalog, 'importEntities', counters);
  timeMethod(repository, 'snapshot', counters);
  timeMethod(repository, 'bulkUpsert', counters, 'writes');
  timeMethod(repository, 'bulkRemove', counters, 'writes');
  gc();
  resetPeak();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const files = readCatalogPaths([folder]);
  const readMs = performance.now() - started;
  const outcome = await catalog.importFiles(files, {}, { name: 'bench' });
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRss = peakSinceReset();
  // The wrappers are own properties; removing them brings back the class's methods.
  delete catalog.importEntities;
  delete repository.snapshot;
  delete repository.bulkUpsert;
  delete repository.bulkRemove;
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  const applyMs = counters.importEntities ?? 0;
  return {
    seconds: Math.round(totalMs) / 1000,
    // CPU time of this process (all its threads, GC helpers included); it suffers less than wall
    // time when other work shares the machine. PostgreSQL's own CPU is not in it.
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
    changed: outcome.changed,
    summary: outcome.summary,
    peakRssMb: mb(peakRss),
    megabytes: Math.round(bytes / 10_485.76) / 100,
    breakdownMs: {
      readFiles: Math.round(readMs),
      parseAndValidate: Math.round(totalMs - readMs - applyMs),
      snapshot: Math.round(counters.snapshot ?? 0),
      writes: Math.round(counters.writes ?? 0),
      planAndCommit: Math.round(applyMs - (counters.snapshot ?? 0) - (counters.writes ?? 0)),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The API, in a child process

function startServer(target) {
  return new Promise((resolveStart, rejectStart) => {
    const child = fork(join(here, 'serve-child.js'), [JSON.stringify({ url: target.url, schema: target.schema })], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [],
    });
    const pending = [];
    child.on('message', (message) => {
      if (message.type === 'listening') {
        resolveStart({
          child,
          port: message.port,
          startupMs: Math.round(message.startupMs),
          startupRssMb: mb(message.rss),
          memory: () =>
            new Promise((resolveMemory) => {
              pending.push(resolveMemory);
              child.send({ type: 'memory' });
            }),
          stop: () =>
            new Promise((resolveStop) => {
              if (child.exitCode !== null) return resolveStop();
              child.once('exit', () => resolveStop());
              child.kill('SIGTERM');
            }),
        });
      } else if (message.type === 'memory') pending.shift()?.(message);
    });
    child.once('exit', (code) => rejectStart(new Error(`the server child exited (code ${code}) before listening`)));
    child.once('error', rejectStart);
  });
}

async function timedGet(base, path) {
  const started = performance.now();
  const response = await fetch(base + path);
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { ms, body: JSON.parse(text) };
}

/** The filtered-list requests, chosen deterministically from what the catalog holds. */
function listRequestPlan(manifest, count, seed) {
  const random = prng(seed + 99);
  const enc = encodeURIComponent;
  const categories = [
    ['health=fragile', () => '/api/v1/integrations?health=fragile'],
    ['mechanism=api&status=active', () => '/api/v1/integrations?mechanism=api&status=active'],
    ['owner=<team>', () => `/api/v1/integrations?owner=${enc(random.pick(manifest.teams))}`],
    ['tag=<tag>', () => `/api/v1/integrations?tag=${enc(random.pick(manifest.integrationTags))}`],
    ['q=<word>', () => `/api/v1/integrations?q=${enc(random.pick(manifest.words))}`],
    ['carries=customer.email', () => '/api/v1/integrations?carries=customer.email'],
    ['system=<id>', () => `/api/v1/integrations?system=${enc(random.pick(manifest.querySystems))}`],
    ['sort=name', () => '/api/v1/integrations?sort=name'],
    ['next page (cursor)', () => null],
    ['systems?domain&kind', () => `/api/v1/systems?domain=${enc(random.pick(manifest.domains))}&kind=${enc(random.pick(['application', 'saas', 'database']))}`],
    ['systems?q=<word>', () => `/api/v1/systems?q=${enc(random.pick(['ledger', 'crm', 'billing', 'legacy', 'gateway']))}`],
  ];
  const plan = [];
  for (let index = 0; index < count; index += 1) {
    const [category, make] = categories[index % categories.length];
    plan.push({ category, path: make() });
  }
  return plan;
}

/** Lists paged through with cursors, one after another, deeper and deeper. */
const CURSOR_CHAINS = ['/api/v1/integrations?sort=name', '/api/v1/integrations?health=fragile', '/api/v1/integrations?mechanism=api&status=active&sort=-updatedAt', '/api/v1/systems?sort=name'];

async function measureLists(base, manifest) {
  const chains = CURSOR_CHAINS.map((path) => ({ path, cursor: null, depth: 0 }));
  let chainIndex = 0;
  const nextPagePath = async () => {
    const chain = chains[chainIndex % chains.length];
    chainIndex += 1;
    if (!chain.cursor) {
      const first = await timedGet(base, chain.path); // page 1, not timed as a cursor request
      chain.cursor = first.body.nextCursor;
      chain.depth = 1;
      if (!chain.cursor) return null;
    }
    return { chain, path: `${chain.path}${chain.path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(chain.cursor)}` };
  };
  const run = async (plan, record) => {
    for (const request of plan) {
      let path = request.path;
      let chain = null;
      let category = request.category;
      if (path === null) {
        const next = await nextPagePath();
        if (!next) continue;
        ({ path, chain } = next);
        category = `next page of ${chain.path.replace('/api/v1/', '')}`;
      }
      const { ms, body } = await timedGet(base, path);
      if (chain) {
        chain.cursor = body.nextCursor;
        chain.depth += 1;
        if (record) chain.maxDepth = Math.max(chain.maxDepth ?? 0, chain.depth);
      }
      if (record) record(category, ms, body.items.length);
    }
  };
  await run(listRequestPlan(manifest, options.warmup, options.seed + 1), null);
  const samples = [];
  const byCategory = {};
  await run(listRequestPlan(manifest, options.requests, options.seed), (category, ms, items) => {
    samples.push(ms);
    (byCategory[category] ??= { ms: [], items: 0 }).ms.push(ms);
    byCategory[category].items += items;
  });
  return {
    ...stats(samples),
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([category, data]) => [category, { ...stats(data.ms), avgItems: Math.round(data.items / data.ms.length) }])),
    deepestPage: Object.fromEntries(chains.map((chain) => [chain.path, chain.maxDepth ?? 0])),
  };
}

async function measureImpact(base, manifest) {
  const systems = manifest.impactSystems.slice(0, options.impact);
  // The first walk after the server starts (or after any change to the catalog) may pay for
  // loading the graph; it is reported apart as `coldMs` and not counted in the percentiles.
  let coldMs = null;
  for (const id of systems.slice(0, 2)) {
    const first = await timedGet(base, `/api/v1/systems/${id}/dependents`);
    coldMs ??= Math.round(first.ms * 100) / 100;
    await timedGet(base, `/api/v1/systems/${id}/dependencies`);
  }
  const result = {};
  const all = [];
  for (const [path, way] of [['dependents', 'downstream'], ['dependencies', 'upstream']]) {
    const times = [];
    const reached = [];
    for (const id of systems) {
      const { ms, body } = await timedGet(base, `/api/v1/systems/${id}/${path}`);
      times.push(ms);
      all.push(ms);
      reached.push(body.items.length);
    }
    result[path] = {
      way,
      ...stats(times),
      avgReached: Math.round(reached.reduce((a, b) => a + b, 0) / reached.length),
      maxReached: Math.max(...reached),
      minReached: Math.min(...reached),
    };
  }
  // For contrast (no target): the same walks stopped after two hops.
  const bounded = [];
  const boundedReached = [];
  for (const id of systems) {
    for (const path of ['dependents', 'dependencies']) {
      const { ms, body } = await timedGet(base, `/api/v1/systems/${id}/${path}?depth=2`);
      bounded.push(ms);
      boundedReached.push(body.items.length);
    }
  }
  const depth2 = { ...stats(bounded), avgReached: Math.round(boundedReached.reduce((a, b) => a + b, 0) / boundedReached.length) };
  return { systems: systems.length, coldMs, ...stats(all), ...result, depth2 };
}

// ---------------------------------------------------------------------------------------------
// One engine at one size

async function runOne(engine, size, generated) {
  const target = await prepareTarget(engine, size);
  const result = { engine, integrations: size, systems: generated.manifest.counts.systems, database: target.label };
  try {
    const patchbay = await openPatchbay({ url: target.url, ...(target.schema ? { schema: target.schema } : {}) });
    try {
      process.stdout.write(`  ${engine}: import... `);
      result.import = await timedImport(patchbay, generated.folder);
      const counts = await patchbay.catalog.counts();
      for (const [kind, expected] of Object.entries({ team: 'teams', domain: 'domains', system: 'systems', integration: 'integrations' })) {
        if (counts[kind] !== generated.manifest.counts[expected]) throw new Error(`after the import the catalog holds ${counts[kind]} ${expected}, expected ${generated.manifest.counts[expected]}`);
      }
      process.stdout.write(`${result.import.seconds} s; re-import... `);
      result.reimport = await timedImport(patchbay, generated.folder);
      if (result.reimport.changed) throw new Error('re-importing the same files changed the catalog; the import is not idempotent');
      process.stdout.write(`${result.reimport.seconds} s; `);
    } finally {
      await patchbay.close();
    }
    gc();
    const server = await startServer(target);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      process.stdout.write('lists... ');
      result.list = await measureLists(base, generated.manifest);
      process.stdout.write(`p95 ${result.list.p95} ms; impact... `);
      result.impact = await measureImpact(base, generated.manifest);
      process.stdout.write(`p95 ${result.impact.p95} ms; `);
      const memory = await server.memory();
      result.server = {
        startupMs: server.startupMs,
        startupRssMb: server.startupRssMb,
        peakRssMb: mb(Math.max(memory.peakRssSampled, memory.maxRss)),
        peakRssSampledMb: mb(memory.peakRssSampled),
        maxRssMb: mb(memory.maxRss),
        endRssMb: mb(memory.rss),
      };
      console.log(`server peak RSS ${result.server.peakRssMb} MB`);
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function verdict(ok) {
  return ok ? 'pass' : '**FAIL**';
}

function markdownTables(report) {
  const lines = [];
  lines.push('| integrations / systems | engine | import (s) | re-import (s) | list p50 / p95 / p99 (ms) | impact p50 / p95 / max (ms) | first walk, cold (ms) | reached avg (down / up) | depth=2 walk p50 / p95 (ms) | server peak RSS (MB) | bench peak RSS (MB) |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of report.results) {
    if (r.error) {
      lines.push(`| ${r.integrations.toLocaleString('en')} / ${r.systems?.toLocaleString('en') ?? '?'} | ${r.engine} | error: ${r.error.replace(/\|/g, '\\|').slice(0, 120)} | | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.integrations.toLocaleString('en')} / ${r.systems.toLocaleString('en')} | ${r.engine} | ${r.import.seconds.toFixed(1)} | ${r.reimport.seconds.toFixed(1)} | ${r.list.p50} / ${r.list.p95} / ${r.list.p99} | ${r.impact.p50} / ${r.impact.p95} / ${r.impact.max} | ${r.impact.coldMs} | ${r.impact.dependents.avgReached} / ${r.impact.dependencies.avgReached} | ${r.impact.depth2.p50} / ${r.impact.depth2.p95} | ${r.server.peakRssMb} | ${r.import.peakRssMb > r.reimport.peakRssMb ? r.import.peakRssMb : r.reimport.peakRssMb} |`,
    );
  }
  lines.push('');
  lines.push('Targets (import applies to 100k integrations on SQLite only):');
  lines.push('');
  lines.push('| integrations | engine | import < 30 s | list p95 < 20 ms | impact < 50 ms (p95 / max) | server < 500 MB |');
  lines.push('|---|---|---|---|---|---|');
  for (const r of report.results) {
    if (r.error) continue;
    const importCell = r.integrations >= 100_000 && r.engine === 'sqlite' ? `${verdict(r.import.seconds < TARGETS.importSeconds100k)} (${r.import.seconds.toFixed(1)} s)` : `n/a (${r.import.seconds.toFixed(1)} s)`;
    lines.push(
      `| ${r.integrations.toLocaleString('en')} | ${r.engine} | ${importCell} | ${verdict(r.list.p95 < TARGETS.listP95Ms)} (${r.list.p95}) | ${verdict(r.impact.p95 < TARGETS.impactMs)} / ${verdict(r.impact.max < TARGETS.impactMs)} (${r.impact.p95} / ${r.impact.max}) | ${verdict(r.server.peakRssMb < TARGETS.serverRssMb)} (${r.server.peakRssMb} MB) |`,
    );
  }
  lines.push('');
  lines.push('Where the import time goes (ms; first import / re-import):');
  lines.push('');
  lines.push('| integrations | engine | YAML MB | wall s | CPU s (bench process) | read files | parse + validate | snapshot | plan + commit | writes |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of report.results) {
    if (r.error) continue;
    const a = r.import.breakdownMs;
    const b = r.reimport.breakdownMs;
    lines.push(`| ${r.integrations.toLocaleString('en')} | ${r.engine} | ${r.import.megabytes} | ${r.import.seconds.toFixed(1)} / ${r.reimport.seconds.toFixed(1)} | ${r.import.cpuSeconds.toFixed(1)} / ${r.reimport.cpuSeconds.toFixed(1)} | ${a.readFiles} / ${b.readFiles} | ${a.parseAndValidate} / ${b.parseAndValidate} | ${a.snapshot} / ${b.snapshot} | ${a.planAndCommit} / ${b.planAndCommit} | ${a.writes} / ${b.writes} |`);
  }
  const largest = [...report.results].filter((r) => !r.error).sort((a, b) => b.integrations - a.integrations)[0];
  if (largest) {
    const size = largest.integrations;
    const rows = report.results.filter((r) => !r.error && r.integrations === size);
    lines.push('');
    lines.push(`List latency by filter at ${size.toLocaleString('en')} integrations (ms, p50 / p95; avg items per page):`);
    lines.push('');
    lines.push(`| request | ${rows.map((r) => r.engine).join(' | ')} |`);
    lines.push(`|---|${rows.map(() => '---:').join('|')}|`);
    const categories = [...new Set(rows.flatMap((r) => Object.keys(r.list.byCategory)))];
    for (const category of categories) {
      lines.push(`| \`${category}\` | ${rows.map((r) => { const c = r.list.byCategory[category]; return c ? `${c.p50} / ${c.p95} (${c.avgItems})` : ''; }).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

/** The commit measured, and whether the sources differed from it (others may be editing). */
function sourceVersion() {
  try {
    const run = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: run(['rev-parse', '--short', 'HEAD']), srcDirty: run(['status', '--porcelain', '--', 'src']).length > 0 };
  } catch {
    return { commit: 'unknown', srcDirty: null };
  }
}

const startedAt = performance.now();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  totalMemoryGb: Math.round((os.totalmem() / 1_073_741_824) * 10) / 10,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
};
console.log(`Patchbay catalog benchmark — ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);

if (options.engines.includes('postgres')) {
  const problem = await postgresReachable();
  if (problem) {
    console.error(`PostgreSQL at ${PG_URL} is not reachable (${problem}); skipping it. Set PATCHBAY_BENCH_DATABASE_URL or use --engine sqlite.`);
    options.engines = options.engines.filter((engine) => engine !== 'postgres');
  }
}

const report = { startedAt: new Date().toISOString(), source: sourceVersion(), machine, options: { ...options }, targets: TARGETS, results: [] };
let failed = false;
for (const size of options.sizes) {
  const generatedStarted = performance.now();
  const generated = writeCatalog(outDir, size, options.seed);
  const { counts } = generated.manifest;
  console.log(
    `\n${size.toLocaleString('en')} integrations: ${counts.systems.toLocaleString('en')} systems, ${counts.teams} teams, ${counts.domains} domains, ${(generated.manifest.bytes / 1_048_576).toFixed(1)} MB of YAML in ${generated.manifest.files} files (${generated.reused ? 'reused' : `generated in ${Math.round(performance.now() - generatedStarted)} ms`}, sha256 ${generated.manifest.sha256.slice(0, 12)})`,
  );
  for (const engine of options.engines) {
    try {
      report.results.push({ ...(await runOne(engine, size, generated)), catalog: { ...counts, yamlBytes: generated.manifest.bytes, sha256: generated.manifest.sha256, carryingCustomerEmail: generated.manifest.integrationsCarryingCustomerEmail } });
    } catch (error) {
      failed = true;
      console.log(`\n  ${engine} at ${size} failed: ${error.stack ?? error}`);
      report.results.push({ engine, integrations: size, systems: counts.systems, error: String(error.message ?? error) });
    }
    gc();
  }
}

report.machine.loadAverageAtEnd = os.loadavg().map((value) => Math.round(value * 100) / 100);
report.benchProcess = { peakRssMb: mb(Math.max(peak[1], process.memoryUsage.rss())), maxRssMb: mb(process.resourceUsage().maxRSS * 1024) };
report.totalSeconds = Math.round(performance.now() - startedAt) / 1000;
const tables = markdownTables(report);
report.markdown = tables;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'catalog-results.json'), `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${tables}\n`);
console.log(
  `Benchmark process: peak RSS ${report.benchProcess.peakRssMb} MB (sampled every 50 ms), maxRSS ${report.benchProcess.maxRssMb} MB. Total ${report.totalSeconds} s. Load average at end ${report.machine.loadAverageAtEnd.join(' ')}.`,
);
console.log(`Results written to ${relative(root, join(outDir, 'catalog-results.json'))}`);

if (options.readme) {
  const readmePath = join(root, 'bench', 'README.md');
  const begin = '<!-- results:begin -->';
  const end = '<!-- results:end -->';
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  if (!readme.includes(begin) || !readme.includes(end)) {
    console.error(`bench/README.md has no ${begin} … ${end} block; not updated.`);
  } else {
    const block = [
      begin,
      `Measured ${report.startedAt.slice(0, 10)} at commit ${report.source.commit}${report.source.srcDirty ? ' (with uncommitted changes in src/)' : ''} on ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB RAM, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${report.machine.loadAverageAtEnd.join(' ')} at end. Whole run ${Math.round(report.totalSeconds)} s; benchmark process peak RSS ${report.benchProcess.peakRssMb} MB.`,
      '',
      tables,
      end,
    ].join('\n');
    writeFileSync(readmePath, readme.slice(0, readme.indexOf(begin)) + block + readme.slice(readme.indexOf(end) + end.length));
    console.log('bench/README.md results updated.');
  }
}
await sampler.terminate();
process.exitCode = failed ? 1 : 0;
