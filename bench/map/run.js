/**
 * Map benchmark: how fast the web app's map draws a big landscape and redraws it after a filter,
 * in headless Chromium, against the compiled server in dist/ and the built app (run
 * `npm run build` first). See bench/README.md, section "Map benchmark".
 *
 *   npm run bench:map
 *   npm run bench:map -- --runs 3 --systems 2000 --integrations 5000 --elk-timeout 120
 *
 * Options: --systems N (2000)  --integrations N (5000)  --runs N (5)  --seed N
 *          --elk-timeout S (180: how long the fully expanded map may take with ELK forced; 0 skips it)
 * Environment: PATCHBAY_CHROMIUM (default /usr/bin/chromium), PATCHBAY_WEB_ROOT (default dist/web).
 *
 * Each run opens a fresh browser page. "Drawn" is the app's own ready signal: the `map-ready`
 * performance mark, set two animation frames after every element is added with its laid-out
 * position (data-state="ready" on the map). Navigation time is that mark's startTime (from the
 * start of navigation, so it includes loading the app and the 7,000 entities through the API).
 * Filter time runs from clicking the "messaging" checkbox of the Mechanism filter until the next
 * map-ready mark.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLandscape } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const webRoot = process.env.PATCHBAY_WEB_ROOT ?? join(dist, 'web');
for (const file of [join(dist, 'services', 'open-patchbay.js'), join(dist, 'server', 'app.js'), join(webRoot, 'index.html')]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first (the benchmark measures the compiled server and the built app).`);
    process.exit(1);
  }
}
const { openPatchbay } = await import('../../dist/services/open-patchbay.js');
const { buildServer } = await import('../../dist/server/app.js');
const { chromium } = await import('playwright-core');

const CHROMIUM_PATH = process.env.PATCHBAY_CHROMIUM ?? '/usr/bin/chromium';
// The same flags as the browser tests' harness (web/test-support/e2e.ts).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const TARGET_MS = 3000;

function parseArgs(argv) {
  const options = { systems: 2000, integrations: 5000, runs: 5, seed: 20261125, elkTimeout: 180 };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => Number(argv[++index]);
    if (arg === '--systems') options.systems = value();
    else if (arg === '--integrations') options.integrations = value();
    else if (arg === '--runs') options.runs = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--elk-timeout') options.elkTimeout = value();
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}
const options = parseArgs(process.argv.slice(2));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => (Number.isFinite(value) ? Math.round(value) : value);

// ---------------------------------------------------------------------------------------------
// The landscape and the server

const started = Date.now();
const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
const { files, manifest } = generateLandscape(options);
const folder = mkdtempSync(join(os.tmpdir(), 'patchbay-bench-map-'));
const patchbay = await openPatchbay({ url: join(folder, 'patchbay.db') });
let importMs = performance.now();
await patchbay.catalog.importFiles(files, {}, { name: 'bench' });
importMs = performance.now() - importMs;
const app = await buildServer({ services: patchbay, auth: false, rateLimitPerMinute: 0, webRoot, logger: false });
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
console.log(`Landscape: ${manifest.systems} systems, ${manifest.integrations} integrations, ${manifest.teams} teams, ${manifest.domains} domains (imported in ${(importMs / 1000).toFixed(1)} s). Load average ${load}.`);

/** The last map-ready mark: when, and what was drawn. */
async function lastReady(page) {
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('map-ready');
    const mark = marks[marks.length - 1];
    const stage = document.querySelector('[data-testid="map"]');
    return mark ? { at: mark.startTime, ...mark.detail, count: marks.length, systems: Number(stage?.dataset.systems), integrations: Number(stage?.dataset.integrations) } : null;
  });
}

async function waitReady(page, after, timeoutMs) {
  await page.waitForFunction((count) => performance.getEntriesByName('map-ready').length > count && document.querySelector('[data-testid="map"]')?.dataset.state === 'ready', after, { timeout: timeoutMs, polling: 50 });
  return lastReady(page);
}

/** Opens a view in a fresh page and times it until drawn; optionally then times a filter. */
async function measure(path, { filter = false, timeoutMs = 120_000 } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(path);
    const open = await waitReady(page, 0, timeoutMs);
    const result = { open };
    if (filter) {
      const filters = page.getByRole('group', { name: 'Filters' });
      await filters.locator('summary', { hasText: 'Mechanism' }).click();
      const before = open.count;
      // Clicked inside the page so the start time is the click itself, not the driver's round trip.
      const clickedAt = await page.evaluate(() => {
        const box = [...document.querySelectorAll('fieldset input[type=checkbox]')].find((input) => input.parentElement?.textContent?.trim() === 'messaging');
        const at = performance.now();
        box.click();
        return at;
      });
      const redrawn = await waitReady(page, before, timeoutMs);
      result.filter = { ...redrawn, ms: redrawn.at - clickedAt };
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const scenarios = [
  { name: 'default view (grouped by domain, collapsed)', path: '/map', filter: true },
  { name: 'grouped by team, collapsed', path: '/map?group=team&collapsed=*', filter: true },
  { name: 'fully expanded, no groups (quick layout)', path: '/map?group=none', filter: true },
  { name: 'expanded in domain groups (quick layout)', path: '/map?group=domain&collapsed=', filter: true },
  { name: 'one team (ELK)', path: '/map?team=team-01', filter: true },
];

const results = [];
for (const scenario of scenarios) {
  const runs = [];
  // A first, unmeasured run warms the server's caches and Chromium's code cache, as a second visit would.
  await measure(scenario.path, { filter: scenario.filter });
  for (let run = 0; run < options.runs; run += 1) runs.push(await measure(scenario.path, { filter: scenario.filter }));
  const summary = {
    scenario: scenario.name,
    path: scenario.path,
    runs: runs.length,
    openMs: median(runs.map((run) => run.open.at)),
    openLayoutMs: median(runs.map((run) => run.open.layoutMs)),
    openRenderMs: median(runs.map((run) => run.open.renderMs)),
    engine: runs[0].open.engine,
    drawn: `${runs[0].open.nodes} nodes, ${runs[0].open.edges} edges`,
    filterMs: scenario.filter ? median(runs.map((run) => run.filter.ms)) : null,
    filterLayoutMs: scenario.filter ? median(runs.map((run) => run.filter.layoutMs)) : null,
    filterEngine: scenario.filter ? runs[0].filter.engine : null,
    filterDrawn: scenario.filter ? `${runs[0].filter.nodes} nodes, ${runs[0].filter.edges} edges` : null,
    all: runs,
  };
  results.push(summary);
  console.log(`  ${scenario.name}: open ${round(summary.openMs)} ms (layout ${round(summary.openLayoutMs)} ms ${summary.engine}), filter ${round(summary.filterMs)} ms`);
}

// ELK on the whole expanded landscape, once, to show why it is not the default there.
let elkFull = null;
if (options.elkTimeout > 0) {
  try {
    const run = await measure('/map?group=none&layout=elk', { timeoutMs: options.elkTimeout * 1000 });
    elkFull = { openMs: run.open.at, layoutMs: run.open.layoutMs, drawn: `${run.open.nodes} nodes, ${run.open.edges} edges` };
  } catch (error) {
    elkFull = { timedOut: true, seconds: options.elkTimeout, message: String(error.message).split('\n')[0] };
  }
}

await browser.close();
await app.close();
await patchbay.close();
rmSync(folder, { recursive: true, force: true });

const pass = (ms) => (ms < TARGET_MS ? 'pass' : '**FAIL**');
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium headless; ${manifest.systems} systems, ${manifest.integrations} integrations; median of ${options.runs} runs after one warm-up; load average ${load} at start, ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} at end; whole run ${Math.round((Date.now() - started) / 1000)} s.`,
  '',
  '| view | drawn | open → drawn (ms) | layout (engine, ms) | draw (ms) | filter → redrawn (ms) | layout after filter (ms) | drawn after filter | < 3 s |',
  '|---|---|---:|---:|---:|---:|---:|---|---|',
  ...results.map((r) => `| ${r.scenario} | ${r.drawn} | ${round(r.openMs)} | ${r.engine} ${round(r.openLayoutMs)} | ${round(r.openRenderMs)} | ${round(r.filterMs)} | ${r.filterEngine} ${round(r.filterLayoutMs)} | ${r.filterDrawn} | ${pass(r.openMs)} / ${pass(r.filterMs)} |`),
  '',
  elkFull
    ? elkFull.timedOut
      ? `ELK forced on the fully expanded map (\`/map?group=none&layout=elk\`): not drawn within ${elkFull.seconds} s.`
      : `ELK forced on the fully expanded map (\`/map?group=none&layout=elk\`): drawn after ${round(elkFull.openMs)} ms, of which layout ${round(elkFull.layoutMs)} ms (${elkFull.drawn}).`
    : 'ELK on the fully expanded map: skipped (--elk-timeout 0).',
];
console.log(`\n${lines.join('\n')}`);
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(join(root, 'bench', 'out', 'map-results.json'), `${JSON.stringify({ options, manifest, load, results, elkFull }, null, 2)}\n`);
