/**
 * Prioritisation benchmark: times `prioritise` over a synthetic catalog of 100,000 rated
 * integrations with prerequisites (mostly a DAG, with some planted cycles and unknown ids) and
 * reports time and memory. Runs against the compiled code in dist/ (run `npm run build` first).
 *
 *   node bench/prioritise/run.js                          # 100,000 integrations, 5 timed runs
 *   node bench/prioritise/run.js --integrations 20000 --runs 3 --seed 7
 *   node --expose-gc bench/prioritise/run.js              # steadier memory figures
 *   node bench/prioritise/run.js --json                   # one JSON object on stdout, nothing else
 *
 * The target is a median under 2 s on a 2-core machine. The same seed and size always give the
 * same catalog, so figures are comparable across commits.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist', 'core', 'prioritise');
if (!existsSync(join(dist, 'sequence.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the benchmark measures the compiled code).');
  process.exit(1);
}
const { prng } = await import('../catalog/generate.js');
const { prioritise } = await import('../../dist/core/prioritise/sequence.js');
const { matrixSvg } = await import('../../dist/core/prioritise/chart.js');

const TARGET_MS = 2_000;

/** Reads --integrations, --runs, --seed and --json. */
function parseArgs(argv) {
  const options = { integrations: 100_000, runs: 5, seed: 20240601, json: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      index += 1;
      return Number(next.replace(/_/g, ''));
    };
    if (arg === '--integrations') options.integrations = value();
    else if (arg === '--runs') options.runs = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--json') options.json = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.integrations) || options.integrations < 10) throw new Error('--integrations must be an integer of at least 10');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}


/**
 * A catalog of the given size: systems = N / 20 (half offering an API, a quarter not, a quarter
 * unknown); integrations with every value criterion rated (a tenth partly), complexity rated
 * about half the time (the rest derived), 0-3 prerequisites among the 2,000 integrations before
 * each (a DAG), a planted three-member cycle every 1,000 integrations, a few unknown ids, and
 * statuses spread as a real catalog's are.
 */
function generate(size, seed) {
  const random = prng(seed);
  const systemCount = Math.max(10, Math.floor(size / 20));
  const systems = [];
  for (let index = 0; index < systemCount; index += 1) {
    const system = { id: `sys-${index}`, name: `System ${index}`, kind: 'application' };
    const api = random.weighted([['yes', 2], ['no', 1], ['unknown', 1]]);
    if (api !== 'unknown') system.exposesApi = api === 'yes';
    if (random.chance(0.05)) system.lifecycle = 'planned';
    systems.push(system);
  }
  const rating = () => random.int(1, 5);
  const integrations = [];
  for (let index = 0; index < size; index += 1) {
    const id = `int-${String(index).padStart(6, '0')}`;
    const integration = {
      id,
      name: `Flow ${index} <${index % 7 === 0 ? 'EU & UK' : 'global'}>`,
      source: `sys-${random.int(0, systemCount - 1)}`,
      target: `sys-${random.int(0, systemCount - 1)}`,
      mechanism: 'rest',
      status: random.weighted([['active', 40], ['planned', 25], ['proposed', 25], ['deprecated', 7], ['retired', 3]]),
    };
    // Planted cycle members are all still to build: a loop through an active one blocks nothing, so it would not count.
    if (index % 1_000 < 3) integration.status = 'planned';
    const value = { revenue: rating(), cost: rating(), risk: rating(), speed: rating() };
    if (random.chance(0.1)) delete value.speed;
    const complexity = {};
    if (random.chance(0.5)) complexity.systemReadiness = rating();
    if (random.chance(0.8)) complexity.dataQuality = rating();
    if (random.chance(0.6)) complexity.security = rating();
    if (random.chance(0.2)) complexity.dependencyChain = rating();
    integration.ratings = { value, complexity };
    if (random.chance(0.1)) integration.data = [{ object: 'customer', fields: [{ name: 'email', pii: true }, { name: 'id' }] }];
    const prerequisites = new Set();
    const count = random.weighted([[0, 60], [1, 25], [2, 10], [3, 5]]);
    for (let link = 0; link < count && index > 0; link += 1) {
      prerequisites.add(`int-${String(index - random.int(1, Math.min(index, 2_000))).padStart(6, '0')}`);
    }
    if (random.chance(0.001)) prerequisites.add(`ghost-${index}`);
    // Every 1,000th integration closes a loop with the two after it: i → i+1 → i+2 → i.
    if (index % 1_000 === 0 && index + 2 < size) prerequisites.add(`int-${String(index + 1).padStart(6, '0')}`);
    if (index % 1_000 === 1 && index + 1 < size) prerequisites.add(`int-${String(index + 1).padStart(6, '0')}`);
    if (index % 1_000 === 2) prerequisites.add(`int-${String(index - 2).padStart(6, '0')}`);
    if (prerequisites.size > 0) integration.dependsOn = [...prerequisites];
    integrations.push(integration);
  }
  return { systems, integrations };
}

/** Megabytes with one decimal. */
function mb(bytes) {
  return Math.round(bytes / 1e5) / 10;
}

/** Collects garbage when node was started with --expose-gc, so heap figures mean something. */
function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

const options = parseArgs(process.argv.slice(2));
const log = options.json ? () => {} : (line) => console.log(line);
log(`Generating ${options.integrations.toLocaleString('en')} integrations (seed ${options.seed})...`);
const catalog = generate(options.integrations, options.seed);
collect();
const heapBefore = process.memoryUsage().heapUsed;

const times = [];
let result;
for (let run = 0; run < options.runs; run += 1) {
  result = undefined;
  collect();
  const start = performance.now();
  result = prioritise(catalog);
  times.push(performance.now() - start);
  log(`  run ${run + 1}: ${times[run].toFixed(0)} ms`);
}
collect();
const heapAfter = process.memoryUsage().heapUsed;

const svgStart = performance.now();
const svg = matrixSvg(result);
const svgMs = performance.now() - svgStart;

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const report = {
  integrations: options.integrations,
  considered: result.summary.considered,
  retired: result.summary.retired,
  cycles: result.cycles.length,
  unknownDependencies: result.unknownDependencies.length,
  needingRatings: result.summary.needingRatings,
  byQuadrant: result.summary.byQuadrant,
  topThree: result.topThree,
  runs: options.runs,
  firstMs: Math.round(times[0]),
  medianMs: Math.round(median),
  minMs: Math.round(sorted[0]),
  maxMs: Math.round(sorted[sorted.length - 1]),
  targetMs: TARGET_MS,
  targetMet: median < TARGET_MS,
  resultHeapMb: typeof globalThis.gc === 'function' ? mb(heapAfter - heapBefore) : null,
  peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  svgMs: Math.round(svgMs),
  svgMb: mb(Buffer.byteLength(svg)),
  node: process.version,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
};

if (options.json) {
  console.log(JSON.stringify(report));
} else {
  log('');
  log(`prioritise(${report.considered.toLocaleString('en')} considered, ${report.retired} retired, ${report.cycles} cycles, ${report.unknownDependencies} unknown dependencies)`);
  log(`  time     first ${report.firstMs} ms, median ${report.medianMs} ms (min ${report.minMs}, max ${report.maxMs}) over ${report.runs} runs; target < ${TARGET_MS} ms: ${report.targetMet ? 'met' : 'MISSED'}`);
  log(`  memory   result ${report.resultHeapMb === null ? 'n/a (run with node --expose-gc)' : `${report.resultHeapMb} MB of heap`}, peak RSS ${report.peakRssMb} MB`);
  log(`  chart    matrixSvg ${report.svgMs} ms, ${report.svgMb} MB of SVG`);
  log(`  quadrants ${Object.entries(report.byQuadrant).map(([id, count]) => `${id} ${count}`).join(', ')}; ${report.needingRatings} need ratings`);
  log(`  machine  node ${report.node}, ${report.cpus} CPUs, load ${report.loadAverage.join(' ')}`);
}
