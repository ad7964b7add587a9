/**
 * Where a scan's time goes, at one size (default: tenth). Two views, both on the compiled code:
 *
 * 1. A V8 CPU profile of the real CLI (`node --cpu-prof bin/patchbay.js scan <tree> --format json`),
 *    written to bench/out/scan-profile/ (open it in Chrome DevTools) and summarised here: every
 *    sample is charged to the nearest frame that names a phase (walk, .gitignore matching, reading,
 *    YAML parsing, tree-sitter parsing, syntax-tree walking, value evaluation, resolution, output…).
 *    With worker threads (the default for large scans) there is one profile per thread; the
 *    phases are summed over them, and each thread is summarised too.
 * 2. The same loop as scanPaths (src/discovery/scan.ts) on one thread (`workers: 0`), replayed
 *    in-process with timers around each step: walk, choosing sources, reading, the binary/generated checks, each source's read()
 *    with tree-sitter parsing timed apart, resolution and the JSON output. It mirrors scan.ts at
 *    the time of writing; if scan.ts changes, this replay must follow.
 * Then two what-if measurements for the suggestions: a lean walk (one readdir per folder, one
 * stat per file, 64 in flight) and reading the accepted files 32 at a time instead of one by one.
 *
 *   npm run build && node bench/scan/profile.js [--size tenth] [--seed N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, OUT_DIR, ensureTree, treeDir } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');

const args = process.argv.slice(2);
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : 'tenth';
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : DEFAULT_SEED;
const { manifest } = ensureTree(size, { seed });
const tree = treeDir(size);
const profileDir = join(OUT_DIR, 'scan-profile', size);
const ms = (value) => Math.round(value);

// ---------------------------------------------------------------------------------------------
// 1. CPU profile of the CLI

function cpuProfile() {
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const started = performance.now();
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-interval', '250', join(root, 'bin', 'patchbay.js'), 'scan', tree, '--format', 'json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - started;
  // One profile per thread: the main thread (walk, dispatch, resolution, output) and each scan
  // worker (reading, sources, tree-sitter). They are summarised together, and each on its own.
  const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')).sort();
  const threads = files.map((name) => ({ file: join(profileDir, name), ...summarise(JSON.parse(readFileSync(join(profileDir, name), 'utf8'))) }));
  const phases = {};
  for (const thread of threads) for (const { phase, ms: value } of thread.phases) phases[phase] = (phases[phase] ?? 0) + value;
  const totalMs = threads.reduce((sum, thread) => sum + thread.totalMs, 0);
  const topSelf = new Map();
  for (const thread of threads) for (const { frame, ms: value } of thread.topSelf) topSelf.set(frame, (topSelf.get(frame) ?? 0) + value);
  return {
    wallMs,
    file: threads.map((thread) => thread.file).join(', '),
    totalMs,
    phases: Object.entries(phases).sort((a, b) => b[1] - a[1]).map(([phase, value]) => ({ phase, ms: ms(value), share: Number(((100 * value) / totalMs).toFixed(1)) })),
    topSelf: [...topSelf].sort((a, b) => b[1] - a[1]).map(([frame, value]) => ({ frame, ms: value })),
    threads: threads.map(({ file, totalMs: threadMs, phases: threadPhases }) => ({ file, totalMs: ms(threadMs), phases: threadPhases })),
  };
}

/** Phase markers, checked from the sampled frame outwards; the first that matches names the phase. */
const PHASES = [
  [(f) => f.functionName === '(garbage collector)', 'garbage collection'],
  [(f) => f.functionName === '(idle)', 'idle (waiting for file system I/O)'],
  [(f) => f.functionName === '(program)', 'native, unattributed ((program))'],
  [(f) => /\/dist\/discovery\/code-parser\.js/.test(f.url), 'tree-sitter: parsing (incl. grammar loading)'],
  [(f) => /\/dist\/discovery\/sources\/code\/file-model\.js/.test(f.url), 'code: walking the syntax tree (buildFileModel)'],
  [(f) => /\/dist\/discovery\/sources\/code\/(value-evaluation|fact-emission|targets|syntax-helpers|\w+-reader)\.js/.test(f.url), 'code: value evaluation and fact emission'],
  [(f) => /\/dist\/discovery\/sources\/code\/(?:code-source|prefilter)\.js/.test(f.url), 'code: trigger-word prefilter'],
  [(f) => /\/node_modules\/yaml\//.test(f.url), 'YAML parsing (yaml package)'],
  [(f) => /\/dist\/discovery\/sources\//.test(f.url), 'config and interface sources (own code)'],
  [(f) => /\/node_modules\/ignore\//.test(f.url), 'walk: .gitignore matching (ignore package)'],
  [(f) => /\/dist\/discovery\/walk\.js/.test(f.url) && /looksBinary|looksGenerated/.test(f.functionName), 'read: binary / generated checks'],
  [(f) => /\/dist\/discovery\/walk\.js/.test(f.url), 'walk (readdir, stat, realpath, sorting)'],
  [(f) => /\/dist\/discovery\/source\.js/.test(f.url), 'evidence lines'],
  [(f) => /\/dist\/discovery\/scan(-file|-pool|-worker)?\.js/.test(f.url), 'scan loop (read, choose sources, workers)'],
  [(f) => /\/dist\/core\/discovery\//.test(f.url), 'resolution (resolveFacts)'],
  [(f) => /\/dist\/cli\//.test(f.url), 'CLI and JSON output'],
  [(f) => /^node:internal\/(modules|bootstrap|main)/.test(f.url), 'startup and module loading'],
];
/** Frames that only say which library ran, not for what: used when no caller names a phase. */
const FALLBACKS = [
  [(f) => /node_modules\/web-tree-sitter|^wasm:/.test(f.url), 'tree-sitter (caller not on the stack)'],
  [(f) => /^node:internal\/fs|^node:fs/.test(f.url), 'node fs (JS side, async continuations)'],
  [(f) => /^node:internal\/process/.test(f.url), 'node internals (task queues)'],
];

function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOf = new Map();
  const classify = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    let phase;
    let fallback;
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current).callFrame;
      const hit = PHASES.find(([test]) => test(frame));
      if (hit) {
        phase = hit[1];
        break;
      }
      fallback ??= FALLBACKS.find(([test]) => test(frame))?.[1];
    }
    phase ??= fallback ?? 'other';
    phaseOf.set(id, phase);
    return phase;
  };
  const phases = {};
  const selfTime = new Map();
  let total = 0;
  for (const [index, id] of profile.samples.entries()) {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    total += delta;
    const phase = classify(id);
    phases[phase] = (phases[phase] ?? 0) + delta;
    const frame = byId.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${frame.lineNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + delta);
  }
  return {
    totalMs: total,
    phases: Object.entries(phases).sort((a, b) => b[1] - a[1]).map(([phase, value]) => ({ phase, ms: ms(value), share: Number(((100 * value) / total).toFixed(1)) })),
    topSelf: [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([frame, value]) => ({ frame, ms: ms(value) })),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. The scan loop, replayed with timers (mirrors src/discovery/scan.ts)

async function replay() {
  const { walkTree, looksBinary, looksGenerated } = await import(join(dist, 'discovery', 'walk.js'));
  const { ALL_SOURCES } = await import(join(dist, 'discovery', 'sources', 'index.js'));
  const { parseCode, languageOf } = await import(join(dist, 'discovery', 'code-parser.js'));
  const { evidenceFor } = await import(join(dist, 'discovery', 'source.js'));
  const { resolveFacts } = await import(join(dist, 'core', 'discovery', 'resolve.js'));
  const t = {};
  const time = async (key, fn) => {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      t[key] = (t[key] ?? 0) + performance.now() - started;
    }
  };

  // Grammar loading, apart from parsing: one empty parse per language.
  await time('grammar loading (wasm runtime + 8 grammars)', async () => {
    for (const language of ['typescript', 'tsx', 'javascript', 'python', 'go', 'java', 'kotlin', 'c_sharp']) (await parseCode(language, '')).delete();
  });
  const walked = await time('walk', () => walkTree(tree, ''));
  const perSource = {};
  const parsed = { files: 0, bytes: 0, withFacts: 0, byLanguage: {} };
  const readByKind = {};
  let parseMs = 0;
  const parse = async (language, text) => {
    const started = performance.now();
    try {
      return await parseCode(language, text);
    } finally {
      parseMs += performance.now() - started;
      parsed.files += 1;
      parsed.bytes += Buffer.byteLength(text);
      parsed.byLanguage[language] = (parsed.byLanguage[language] ?? 0) + 1;
    }
  };
  const facts = [];
  let filesRead = 0;
  let bytesRead = 0;
  for (const file of walked.files) {
    const readers = await time('choose sources (accepts)', () => ALL_SOURCES.filter((source) => source.accepts(file.path)));
    if (readers.length === 0) continue;
    const bytes = await time('read: readFile', () => readFile(file.absolute));
    if (await time('read: binary check', () => looksBinary(bytes))) continue;
    const text = await time('read: utf8 decode', () => bytes.toString('utf8'));
    if (await time('read: generated check', () => looksGenerated(text))) continue;
    filesRead += 1;
    bytesRead += bytes.length;
    const kind = languageOf(file.path) ? 'code' : /\.json$/i.test(file.path) ? 'json' : /\.ya?ml$/i.test(file.path) ? 'yaml' : 'other';
    const entry = (readByKind[kind] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += bytes.length;
    const sourceFile = { path: file.path, text };
    const context = { evidenceAt: evidenceFor(sourceFile), parse, rules: [] };
    const parsedBefore = parsed.files;
    const factsBefore = facts.length;
    for (const source of readers) {
      const before = parseMs;
      const started = performance.now();
      try {
        facts.push(...(await source.read(sourceFile, context)));
      } catch {
        // counted as skipped by the real scan
      }
      const spent = performance.now() - started;
      const stats = (perSource[source.name] ??= { files: 0, ms: 0, parseMs: 0 });
      stats.files += 1;
      stats.ms += spent - (parseMs - before);
      stats.parseMs += parseMs - before;
    }
    if (parsed.files > parsedBefore && facts.length > factsBefore) parsed.withFacts += 1;
  }
  const graph = await time('resolution (resolveFacts)', () => resolveFacts(facts));
  await time('JSON output (stringify)', () => JSON.stringify({ systems: graph.systems, integrations: graph.integrations, skipped: walked.skipped, stats: {} }, null, 2));
  t['tree-sitter parsing'] = parseMs;
  const sourcesMs = Object.values(perSource).reduce((sum, s) => sum + s.ms, 0);
  t['sources (own work, parsing excluded)'] = sourcesMs;
  return {
    phases: Object.fromEntries(Object.entries(t).map(([key, value]) => [key, ms(value)])),
    perSource: Object.fromEntries(Object.entries(perSource).sort((a, b) => b[1].ms + b[1].parseMs - (a[1].ms + a[1].parseMs)).map(([name, s]) => [name, { files: s.files, ms: ms(s.ms), parseMs: ms(s.parseMs) }])),
    walked: walked.files.length,
    filesRead,
    bytesRead,
    readByKind,
    parsed,
    parseMBps: parsed.bytes / 1e6 / (parseMs / 1000),
    facts: facts.length,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. What-ifs for the suggestions

async function leanWalk() {
  const started = performance.now();
  const files = [];
  const skip = new Set(['.git', 'node_modules', 'vendor', 'third_party', 'dist', 'build', 'target', 'bin', 'obj', '__pycache__', 'reports']);
  const queue = [tree];
  let active = 0;
  await new Promise((resolve) => {
    const pump = () => {
      while (active < 64 && queue.length) {
        const folder = queue.pop();
        active += 1;
        readdir(folder, { withFileTypes: true })
          .then(async (entries) => {
            const stats = [];
            for (const entry of entries) {
              const path = join(folder, entry.name);
              if (entry.isDirectory()) {
                if (!skip.has(entry.name)) queue.push(path);
              } else if (entry.isFile()) stats.push(stat(path).then((s) => files.push({ path, size: s.size })));
            }
            await Promise.all(stats);
          })
          .finally(() => {
            active -= 1;
            if (active === 0 && queue.length === 0) resolve();
            else pump();
          });
      }
    };
    pump();
  });
  return { files: files.length, ms: ms(performance.now() - started) };
}

async function readConcurrently(paths, concurrency) {
  const started = performance.now();
  let next = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const path = paths[next];
        next += 1;
        const data = await readFile(path);
        bytes += data.length;
      }
    }),
  );
  return { files: paths.length, bytes, ms: ms(performance.now() - started) };
}

async function whatIfs() {
  const { walkTree } = await import(join(dist, 'discovery', 'walk.js'));
  const { ALL_SOURCES } = await import(join(dist, 'discovery', 'sources', 'index.js'));
  const walkStarted = performance.now();
  const walked = await walkTree(tree, '');
  const walkMs = performance.now() - walkStarted;
  const accepted = walked.files.filter((file) => ALL_SOURCES.some((source) => source.accepts(file.path))).map((file) => file.absolute);
  return {
    walkTreeMs: ms(walkMs),
    leanWalk: await leanWalk(),
    readSequential: await readConcurrently(accepted, 1),
    readConcurrent32: await readConcurrently(accepted, 32),
  };
}

const profile = cpuProfile();
const replayed = await replay();
const whatIf = await whatIfs();
const report = { size, tree: { files: manifest.files, bytes: manifest.bytes }, cpuProfile: profile, replay: replayed, whatIf };
writeFileSync(join(OUT_DIR, `scan-profile-${size}.json`), `${JSON.stringify(report, null, 2)}\n`);

console.log(`# Scan profile, ${size} (${manifest.files.toLocaleString('en')} files, ${(manifest.bytes / 1e9).toFixed(3)} GB)\n`);
console.log(`CPU profile of the CLI: ${(profile.wallMs / 1000).toFixed(2)} s wall, ${(profile.totalMs / 1000).toFixed(2)} s sampled → ${profile.file}\n`);
console.log('| phase (nearest frame) | ms | share |\n|---|---:|---:|');
for (const { phase, ms: value, share } of profile.phases) console.log(`| ${phase} | ${value.toLocaleString('en')} | ${share}% |`);
console.log('\nTop self time:');
for (const { frame, ms: value } of profile.topSelf.slice(0, 15)) console.log(`  ${String(value).padStart(6)} ms  ${frame}`);
console.log('\nReplay of the scan loop with timers (ms):');
for (const [phase, value] of Object.entries(replayed.phases)) console.log(`  ${String(value).padStart(7)}  ${phase}`);
console.log('\nPer source (ms of own work, ms of tree-sitter parsing, files handed to it):');
for (const [name, s] of Object.entries(replayed.perSource)) console.log(`  ${name.padEnd(28)} ${String(s.ms).padStart(6)} ${String(s.parseMs).padStart(6)} ${String(s.files).padStart(6)}`);
console.log(`\nRead ${replayed.filesRead.toLocaleString('en')} of ${replayed.walked.toLocaleString('en')} walked files (${(replayed.bytesRead / 1e6).toFixed(1)} MB): ${Object.entries(replayed.readByKind).map(([kind, e]) => `${kind} ${e.files} files / ${(e.bytes / 1e6).toFixed(1)} MB`).join(', ')}`);
console.log(`Parsed with tree-sitter: ${replayed.parsed.files.toLocaleString('en')} of ${(replayed.readByKind.code?.files ?? 0).toLocaleString('en')} code files (${(replayed.parsed.bytes / 1e6).toFixed(1)} MB at ${replayed.parseMBps.toFixed(1)} MB/s); ${replayed.parsed.withFacts.toLocaleString('en')} of them gave facts; ${replayed.facts} facts in all`);
console.log(`\nWhat-ifs: walkTree ${whatIf.walkTreeMs} ms vs a lean walk ${whatIf.leanWalk.ms} ms (${whatIf.leanWalk.files} files); reading the accepted files one by one ${whatIf.readSequential.ms} ms vs 32 at a time ${whatIf.readConcurrent32.ms} ms (${whatIf.readSequential.files} files, ${(whatIf.readSequential.bytes / 1e6).toFixed(1)} MB)`);
console.log(`\nWrote ${join(OUT_DIR, `scan-profile-${size}.json`)}`);
