/**
 * Scan benchmark: `patchbay scan` over a generated polyglot monorepo (bench/scan/generate.js) at
 * three sizes, beside ripgrep searching the same tree for the same trigger words, in the same run.
 * Measures the compiled CLI in dist/ (the npm script runs `npm run build` first). See bench/README.md.
 *
 *   npm run bench:scan                                   # hundredth, tenth, full (smallest first)
 *   npm run bench:scan -- --size tenth                   # one size
 *   node bench/scan/run.js --size hundredth,tenth --repeat 3
 *
 * Options: --size full|tenth|hundredth[,…]  --seed N  --repeat N (scans per size; default 3 below
 *          full, 1 at full)  --rg-repeat N (default 5)  --timeout S (per scan, default 600)
 *          --force (regenerate the trees)  --workers N (PATCHBAY_SCAN_WORKERS for the scan: worker
 *          threads; 0 = none; default: the scanner's own choice, one per core)
 *
 * Per size: the tree is generated or reused; an untimed rg pass warms the page cache; then the
 * scan runs as `node bin/patchbay.js scan <tree> --format json` under `/usr/bin/time -v` (wall
 * time, peak RSS), its JSON saved to bench/out/scan-results/<size>.json for its stats and
 * findings; then `rg --no-messages -c -i -e <triggers> <tree>` is timed the same way, and
 * `rg --files` (ripgrep's walk alone). Results: a Markdown table on stdout and
 * bench/out/scan-results.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, OUT_DIR, SIZE_ORDER, ensureTree, treeDir } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const cli = join(root, 'bin', 'patchbay.js');
const resultsDir = join(OUT_DIR, 'scan-results');

/** The targets of the issue, for the full size. */
export const TARGETS = { seconds: 60, memoryBytes: 1e9, rgRatio: 10 };

// ---------------------------------------------------------------------------------------------
// Options and environment

function parseArgs(argv) {
  const options = { sizes: SIZE_ORDER, seed: DEFAULT_SEED, repeat: undefined, rgRepeat: 5, timeoutS: 600, force: false, workers: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => argv[(i += 1)];
    if (arg === '--size') options.sizes = value().split(',');
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--repeat') options.repeat = Number(value());
    else if (arg === '--rg-repeat') options.rgRepeat = Number(value());
    else if (arg === '--timeout') options.timeoutS = Number(value());
    else if (arg === '--force') options.force = true;
    else if (arg === '--workers') options.workers = Number(value());
    else throw new Error(`unknown option ${arg}`);
  }
  const unknown = options.sizes.filter((size) => !SIZE_ORDER.includes(size));
  if (unknown.length) throw new Error(`unknown size ${unknown.join(', ')} (full, tenth or hundredth)`);
  options.sizes = SIZE_ORDER.filter((size) => options.sizes.includes(size));
  return options;
}

function tryRun(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** ripgrep, installed from Debian's package when missing (and we may). */
function ensureRipgrep() {
  let version = tryRun('rg', ['--version']);
  if (!version) {
    console.log('rg is missing: installing Debian\'s ripgrep (apt-get install -y ripgrep)…');
    try {
      execFileSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
    }
    version = tryRun('rg', ['--version']);
  }
  if (!version) throw new Error('ripgrep (rg) is not available; install it with `apt-get install -y ripgrep`');
  return version.split('\n')[0];
}

/**
 * One regex alternation of the trigger words the sources use: the code families' trigger words and
 * the words config and interface sources look for, case-insensitive. Since 2026-11-26 the code
 * families match their words on name boundaries with look-behinds (see
 * src/discovery/sources/code/prefilter.ts), which Rust's regex engine lacks, so rg searches the
 * plain alternation the families used before (134 alternatives): the same words, the same work for
 * rg, and rg's times stay comparable between runs.
 */
const RG_PATTERN = String.raw`fetch|axios|\bgot\b|https?\b|superagent|HttpClient|HttpService|graphql|apollo|urql|soap|grpc|kafka|amqp|nats|mqtt|service-bus|event-?hubs|eventgrid|eventbridge|aws-sdk|pubsub|redis|\bpg\b|postgres|mysql|mongo|sequelize|typeorm|knex|storage|sftp|nodemailer|process\.env|requests|httpx|aiohttp|urllib|gql|zeep|suds|pika|paho|servicebus|eventhub|boto|psycopg|asyncpg|sqlalchemy|motor|paramiko|smtp|environ|getenv|net/http|New\w+Client\(|Env\w*\(&|sarama|azservicebus|azeventhubs|database/sql|sqlx|pgx|gorm|azblob|gomail|lookupenv|resty|RestTemplate|RestOperations|WebClient|RestClient|HttpRequest|okhttp|Feign|retrofit|apache\.http|apache\.hc|openConnection|ktor|xml\.ws|springframework\.ws|rabbit|eventhubs|awssdk|amazonaws|DriverManager|jdbc|hikari|jedis|lettuce|jsch|mail|@Value|BaseAddress|Authority|MetadataAddress|HttpRequestMessage|RestSharp|Refit|GraphQL|ServiceModel|Web\.Services|Grpc|Kafka|RabbitMQ|MassTransit|NATS|MQTTnet|ServiceBus|EventHubs|EventGrid|Amazon\.|PubSub|SqlClient|Npgsql|MySql|Oracle|UseSqlServer|Cosmos|MongoDB|Redis|Storage|SshNet|Mail|GetEnvironmentVariable|GetConnectionString|depends_on|image:|kind:|openapi|asyncapi|backstage\.io|ConnectionStrings|jdbc:|bootstrap-servers|datasource|syntax = "proto3"`;

async function triggerPattern() {
  return RG_PATTERN;
}

function machine(rgVersion) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    model: cpus[0]?.model ?? 'unknown',
    memoryGB: Number((os.totalmem() / 1e9).toFixed(1)),
    node: process.version,
    rg: rgVersion,
    os: `${os.type()} ${os.release()}`,
    timeV: existsSync('/usr/bin/time'),
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}
function procReadBytes(pid) {
  try {
    return Number(/^rchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return undefined;
  }
}

/** Parses `/usr/bin/time -v` output. */
function parseTimeV(text) {
  const field = (label) => new RegExp(`${label}[^:]*:\\s*(.+)`).exec(text)?.[1]?.trim();
  const clock = field('Elapsed \\(wall clock\\) time');
  let wallS;
  if (clock) {
    const parts = clock.split(':').map(Number);
    wallS = parts.reduce((sum, part) => sum * 60 + part, 0);
  }
  const maxRssKb = Number(field('Maximum resident set size'));
  return {
    wallS,
    userS: Number(field('User time')),
    systemS: Number(field('System time')),
    cpuPercent: Number((field('Percent of CPU this job got') ?? '').replace('%', '')),
    maxRssBytes: Number.isFinite(maxRssKb) ? maxRssKb * 1024 : undefined,
    exitStatus: Number(field('Exit status')),
  };
}

/**
 * Runs a command with stdout to a file (or /dev/null), measuring wall time and peak memory;
 * kills its process group after `timeoutS`. Samples /proc every 250 ms for the measured process's
 * memory and bytes read (evidence of progress if it is killed).
 */
function measure(command, args, { stdoutFile = '/dev/null', timeoutS = 600, env = process.env } = {}) {
  const useTime = existsSync('/usr/bin/time');
  const argv = useTime ? ['/usr/bin/time', '-v', command, ...args] : [command, ...args];
  const out = openSync(stdoutFile, 'w');
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'], detached: true, cwd: root, env });
    let stderr = '';
    child.stderr.on('data', (data) => {
      stderr += data;
    });
    let timedOut = false;
    let polledHwm = 0;
    let lastRead;
    let lastReadAt;
    const samples = [];
    const poll = setInterval(() => {
      const target = useTime ? childrenOf(child.pid)[0] : child.pid;
      if (!target) return;
      const status = procStatus(target);
      const read = procReadBytes(target);
      if (status) polledHwm = Math.max(polledHwm, status.hwm);
      if (read !== undefined) {
        lastRead = read;
        lastReadAt = performance.now() - started;
      }
      samples.push({ ms: Math.round(performance.now() - started), rss: status?.rss, rchar: read });
    }, 250);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutS * 1000);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(poll);
      clearTimeout(timer);
      closeSync(out);
      const time = useTime ? parseTimeV(stderr) : {};
      resolve({
        wallMs,
        timedOut,
        code,
        signal,
        exitStatus: useTime ? time.exitStatus : code,
        maxRssBytes: time.maxRssBytes ?? polledHwm,
        userS: time.userS,
        systemS: time.systemS,
        cpuPercent: time.cpuPercent,
        readBytesAtEnd: lastRead,
        readBytesAtMs: lastReadAt,
        samples,
        stderr: useTime ? stderr.replace(/\tCommand being timed[\s\S]*$/, '').trim() : stderr.trim(),
      });
    });
  });
}

/**
 * A fixed CPU-bound loop, timed: the machine's speed at that moment. This 2-core VM's speed drifts
 * (neighbours on the host), so each size records it beside its figures to tell drift from change.
 */
function speedProbe() {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 150_000_000; i += 1) sum += i % 7;
  if (sum < 0) console.log(sum);
  return Math.round(performance.now() - started);
}

/** Microseconds per sequential `await stat()` (a round trip through libuv's thread pool), median of 5 × 2,000. */
async function fsRoundTripProbe() {
  const { stat } = await import('node:fs/promises');
  const rounds = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    for (let i = 0; i < 2000; i += 1) await stat(cli);
    rounds.push(((performance.now() - started) * 1000) / 2000);
  }
  return Number(median(rounds).toFixed(1));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

// ---------------------------------------------------------------------------------------------
// One size

async function benchSize(size, options, pattern) {
  const tree = treeDir(size);
  const generated = ensureTree(size, { seed: options.seed, force: options.force, log: (line) => console.log(line) });
  const manifest = generated.manifest;
  console.log(`\n## ${size}: ${manifest.services} services, ${manifest.files.toLocaleString('en')} files, ${(manifest.bytes / 1e9).toFixed(3)} GB — ${generated.reused ? 'reused' : `generated in ${(manifest.generationMs / 1000).toFixed(1)} s`}`);

  const loadBefore = os.loadavg();
  const probeBeforeMs = speedProbe();
  const fsProbeBeforeUs = await fsRoundTripProbe();
  // Warm the page cache the same way for both tools (untimed): stat everything, read what rg reads.
  await measure('rg', ['--files', '--no-ignore', '--hidden', tree]);
  await measure('rg', ['--no-messages', '-c', '-i', '-e', pattern, tree]);

  const repeat = options.repeat ?? (size === 'full' ? 1 : 3);
  const scans = [];
  mkdirSync(resultsDir, { recursive: true });
  const jsonFile = join(resultsDir, `${size}.json`);
  for (let i = 0; i < repeat; i += 1) {
    const env = options.workers === undefined ? process.env : { ...process.env, PATCHBAY_SCAN_WORKERS: String(options.workers) };
    const run = await measure(process.execPath, [cli, 'scan', tree, '--format', 'json'], { stdoutFile: jsonFile, timeoutS: options.timeoutS, env });
    console.log(`  scan ${i + 1}/${repeat}: ${run.timedOut ? `killed after ${options.timeoutS} s` : `${(run.wallMs / 1000).toFixed(2)} s`}, peak RSS ${(run.maxRssBytes / 1e6).toFixed(0)} MB${run.exitStatus ? `, exit ${run.exitStatus}: ${run.stderr.slice(0, 300)}` : ''}`);
    scans.push(run);
    if (run.timedOut || run.exitStatus) break;
  }
  const completed = scans.filter((run) => !run.timedOut && !run.exitStatus);
  let document;
  if (completed.length) {
    document = JSON.parse(readFileSync(jsonFile, 'utf8'));
  }
  const skippedReasons = {};
  for (const item of document?.skipped ?? []) skippedReasons[item.reason] = (skippedReasons[item.reason] ?? 0) + 1;

  const rgRuns = [];
  let rgOutput = '';
  const rgFile = join(resultsDir, `${size}.rg.txt`);
  for (let i = 0; i < options.rgRepeat; i += 1) rgRuns.push(await measure('rg', ['--no-messages', '-c', '-i', '-e', pattern, tree], { stdoutFile: rgFile }));
  rgOutput = readFileSync(rgFile, 'utf8');
  const rgMatchedFiles = rgOutput.split('\n').filter(Boolean);
  const rgMatchingLines = rgMatchedFiles.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(':') + 1)), 0);
  const rgSingleRuns = [];
  for (let i = 0; i < options.rgRepeat; i += 1) rgSingleRuns.push(await measure('rg', ['-j1', '--no-messages', '-c', '-i', '-e', pattern, tree]));
  const rgFilesRuns = [];
  const rgListFile = join(resultsDir, `${size}.rg-files.txt`);
  for (let i = 0; i < options.rgRepeat; i += 1) rgFilesRuns.push(await measure('rg', ['--files', tree], { stdoutFile: rgListFile }));
  const rgFilesSearched = readFileSync(rgListFile, 'utf8').split('\n').filter(Boolean).length;

  const scanWallMs = completed.length ? median(completed.map((run) => run.wallMs)) : undefined;
  const rgWallMs = median(rgRuns.map((run) => run.wallMs));
  const scanPeak = Math.max(...scans.map((run) => run.maxRssBytes ?? 0));
  const stats = document?.stats;
  const result = {
    size,
    tree: { path: tree, services: manifest.services, languages: manifest.languages, files: manifest.files, bytes: manifest.bytes, integrationFilesPlanted: manifest.integrationFilesPlanted, byCategory: manifest.byCategory, generationMs: manifest.generationMs, reused: generated.reused },
    scan: {
      runs: scans.map(({ samples, ...run }) => ({ ...run, samples: samples.filter((_, index) => index % 4 === 0) })),
      timedOut: scans.some((run) => run.timedOut),
      wallMs: scanWallMs,
      internalElapsedMs: stats?.elapsedMs,
      peakRssBytes: scanPeak,
      filesPerS: scanWallMs ? manifest.files / (scanWallMs / 1000) : undefined,
      mbPerS: scanWallMs ? manifest.bytes / 1e6 / (scanWallMs / 1000) : undefined,
      stats,
      readMbPerS: scanWallMs && stats ? stats.bytesRead / 1e6 / (scanWallMs / 1000) : undefined,
      systems: document?.systems.length,
      integrations: document?.integrations.length,
      skipped: skippedReasons,
      partial: scans.some((run) => run.timedOut) ? { bytesReadByKill: scans.at(-1).readBytesAtEnd, atMs: scans.at(-1).readBytesAtMs } : undefined,
    },
    rg: {
      wallMs: rgWallMs,
      wallMsAll: rgRuns.map((run) => Math.round(run.wallMs)),
      peakRssBytes: Math.max(...rgRuns.map((run) => run.maxRssBytes ?? 0)),
      cpuPercent: median(rgRuns.map((run) => run.cpuPercent ?? 0)),
      filesSearched: rgFilesSearched,
      filesMatched: rgMatchedFiles.length,
      matchingLines: rgMatchingLines,
      filesOnlyWallMs: median(rgFilesRuns.map((run) => run.wallMs)),
      singleThreadWallMs: median(rgSingleRuns.map((run) => run.wallMs)),
    },
  };
  result.ratio = scanWallMs ? scanWallMs / rgWallMs : undefined;
  result.loadAverage = { before: loadBefore.map((value) => Number(value.toFixed(2))), after: os.loadavg().map((value) => Number(value.toFixed(2))) };
  console.log(`  load average (1, 5, 15 min): ${result.loadAverage.before.join(' ')} before, ${result.loadAverage.after.join(' ')} after`);
  result.speedProbeMs = { before: probeBeforeMs, after: speedProbe() };
  result.fsRoundTripUs = { before: fsProbeBeforeUs, after: await fsRoundTripProbe() };
  result.targets = {
    appliesTo: 'full',
    underSeconds: scanWallMs !== undefined && scanWallMs < TARGETS.seconds * 1000,
    underMemory: scanPeak < TARGETS.memoryBytes,
    withinRgRatio: result.ratio !== undefined && result.ratio <= TARGETS.rgRatio,
  };
  console.log(`  machine probes (lower is faster): CPU loop ${result.speedProbeMs.before} ms before, ${result.speedProbeMs.after} ms after; one awaited stat() ${result.fsRoundTripUs.before} µs before, ${result.fsRoundTripUs.after} µs after`);
  console.log(`  rg: ${(rgWallMs / 1000).toFixed(3)} s (median of ${rgRuns.length}), ${rgFilesSearched.toLocaleString('en')} files searched, ${rgMatchedFiles.length.toLocaleString('en')} with matches; rg -j1 ${(result.rg.singleThreadWallMs / 1000).toFixed(3)} s; rg --files alone ${(result.rg.filesOnlyWallMs / 1000).toFixed(3)} s`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mark = (ok) => (ok ? 'pass' : 'FAIL');

export function markdownTable(results) {
  const lines = [
    '| size | files | GB | scan wall | files/s | MB/s (tree) | read: files / MB (MB/s) | peak RSS | rg | scan / rg | rg -j1 | findings (systems / integrations) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const s = r.scan;
    const wall = s.timedOut ? `> ${fmt(r.timeoutS, 0)} s (killed)` : `${fmt(s.wallMs / 1000, 2)} s`;
    lines.push(
      `| ${r.size} | ${r.tree.files.toLocaleString('en')} | ${fmt(r.tree.bytes / 1e9, 3)} | ${wall} | ${fmt(s.filesPerS, 0)} | ${fmt(s.mbPerS, 1)} | ${s.stats ? `${s.stats.filesRead.toLocaleString('en')} / ${fmt(s.stats.bytesRead / 1e6, 0)} (${fmt(s.readMbPerS, 1)})` : '–'} | ${fmt(s.peakRssBytes / 1e6, 0)} MB | ${fmt(r.rg.wallMs / 1000, 3)} s | ${r.ratio ? `${fmt(r.ratio, 0)}×` : '–'} | ${fmt(r.rg.singleThreadWallMs / 1000, 3)} s | ${s.systems ?? '–'} / ${s.integrations ?? '–'} |`,
    );
  }
  const full = results.find((r) => r.size === 'full');
  if (full) {
    lines.push('', `Targets at full size: under ${TARGETS.seconds} s: ${mark(full.targets.underSeconds)}; under 1 GB of memory: ${mark(full.targets.underMemory)}; within ${TARGETS.rgRatio}× of rg: ${mark(full.targets.withinRgRatio)}.`);
  }
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(dist, 'discovery', 'scan.js'))) {
    console.error('dist/ is missing: run `npm run build` first (the benchmark measures the compiled code).');
    process.exit(1);
  }
  const rgVersion = ensureRipgrep();
  const pattern = await triggerPattern();
  const info = machine(rgVersion);
  console.log(`Machine: ${info.cores} cores, ${info.model}, ${info.memoryGB} GB, node ${info.node}, ${info.rg}`);
  console.log(`rg pattern: ${pattern.length} characters, ${pattern.split('|').length} alternatives, case-insensitive`);
  const results = [];
  for (const size of options.sizes) {
    const result = await benchSize(size, options, pattern);
    result.timeoutS = options.timeoutS;
    results.push(result);
  }
  const table = markdownTable(results);
  console.log(`\n${table}`);
  writeFileSync(join(OUT_DIR, 'scan-results.json'), `${JSON.stringify({ when: new Date().toISOString(), machine: info, targets: TARGETS, pattern, options, results, table }, null, 2)}\n`);
  console.log(`\nWrote ${join(OUT_DIR, 'scan-results.json')}`);
}

await main();
