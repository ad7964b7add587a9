#!/usr/bin/env node
// Held-out evaluation of `patchbay scan`.
//
// For every folder under bench/discovery/held-out/ that has an expected.yaml, runs
//   node bin/patchbay.js scan <folder>/repo --format json
// in a child process and compares the integrations found with the hand-written ones.
// Edges are compared on (source, target, mechanism), with names normalised: lowercase, only
// [a-z0-9], one trailing "service" / "svc" / "api" / "server" removed. expected.yaml may list
// aliases (other accepted names for a system), decided when the file was written.
//
// Usage: node bench/discovery/evaluate.js [--system NAME] [--quiet]
// Writes the raw scan output and the scores to bench/discovery/out/ (regenerated on every run).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const heldOut = join(here, 'held-out');
const outDir = join(here, 'out');

const args = process.argv.slice(2);
const only = args.includes('--system') ? args[args.indexOf('--system') + 1] : null;
const quiet = args.includes('--quiet');

const MECHANISMS = new Set([
  'rest', 'graphql', 'grpc', 'soap', 'messaging', 'file-transfer', 'database', 'manual', 'email', 'other',
]);

export function normalise(name) {
  const s = String(name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const stripped = s.replace(/(service|svc|api|server)$/, '');
  return stripped.length > 0 ? stripped : s;
}

function ensureBuilt() {
  if (existsSync(join(root, 'dist'))) return;
  console.error('dist/ missing: running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

function runScan(repoDir) {
  const started = process.hrtime.bigint();
  const stdout = execFileSync(
    process.execPath,
    [join(root, 'bin', 'patchbay.js'), 'scan', repoDir, '--format', 'json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { result: JSON.parse(stdout), ms };
}

function loadExpected(file) {
  const doc = parseYaml(readFileSync(file, 'utf8')) ?? {};
  const aliases = new Map();
  for (const [name, list] of Object.entries(doc.aliases ?? {})) {
    aliases.set(normalise(name), new Set([normalise(name), ...(list ?? []).map(normalise)]));
  }
  const accept = (name) => aliases.get(normalise(name)) ?? new Set([normalise(name)]);
  const edges = (doc.integrations ?? []).map((e, i) => {
    // The writers' brief of rounds six to eight called file transfer `file`; Patchbay calls it `file-transfer`.
    const written = String(e.mechanism).toLowerCase();
    const mechanism = written === 'file' ? 'file-transfer' : written;
    if (!MECHANISMS.has(mechanism)) throw new Error(`${file}: integration ${i}: unknown mechanism ${e.mechanism}`);
    return { source: e.source, target: e.target, mechanism, accS: accept(e.source), accT: accept(e.target) };
  });
  return { name: doc.system, edges };
}

// The scanner's endpoints are system ids; a system's name is accepted as well.
function foundEdges(result) {
  const systems = new Map((result.systems ?? []).map((s) => [s.id, s]));
  const seen = new Map();
  for (const i of result.integrations ?? []) {
    const s = systems.get(i.source);
    const t = systems.get(i.target);
    const candS = new Set([normalise(i.source), ...(s?.name ? [normalise(s.name)] : [])]);
    const candT = new Set([normalise(i.target), ...(t?.name ? [normalise(t.name)] : [])]);
    const mechanism = String(i.mechanism ?? '').toLowerCase();
    const key = `${normalise(i.source)}|${normalise(i.target)}|${mechanism}`;
    if (seen.has(key)) {
      seen.get(key).raw.push(i);
      continue;
    }
    seen.set(key, {
      source: s?.name ?? i.source, target: t?.name ?? i.target, sourceId: i.source, targetId: i.target,
      mechanism, candS, candT, raw: [i],
    });
  }
  return [...seen.values()];
}

const meets = (cands, accepted) => [...cands].some((c) => accepted.has(c));

function score(expected, found) {
  const matchedExpected = new Set();
  const tp = [];
  const fp = [];
  const duplicates = [];
  for (const f of found) {
    const hits = expected.edges.filter(
      (e) => e.mechanism === f.mechanism && meets(f.candS, e.accS) && meets(f.candT, e.accT),
    );
    if (hits.length === 0) {
      const sameEnds = expected.edges.filter((e) => meets(f.candS, e.accS) && meets(f.candT, e.accT));
      const reversed = expected.edges.filter(
        (e) => e.mechanism === f.mechanism && meets(f.candS, e.accT) && meets(f.candT, e.accS),
      );
      const note = sameEnds.length ? `expected as ${sameEnds.map((e) => e.mechanism).join('/')}`
        : reversed.length ? 'expected in the other direction' : '';
      fp.push({ ...f, note });
      continue;
    }
    if (hits.every((e) => matchedExpected.has(e))) duplicates.push(f);
    hits.forEach((e) => matchedExpected.add(e));
    tp.push(f);
  }
  const fn = expected.edges.filter((e) => !matchedExpected.has(e)).map((e) => {
    const sameEnds = found.filter((f) => meets(f.candS, e.accS) && meets(f.candT, e.accT));
    const reversed = found.filter((f) => f.mechanism === e.mechanism && meets(f.candS, e.accT) && meets(f.candT, e.accS));
    const note = sameEnds.length ? `found as ${sameEnds.map((f) => f.mechanism).join('/')}`
      : reversed.length ? 'found in the other direction' : '';
    return { ...e, note };
  });
  const precision = found.length ? tp.length / found.length : null;
  const recall = expected.edges.length ? matchedExpected.size / expected.edges.length : null;

  // Secondary, mechanism-agnostic view: are the right pairs of systems connected, in the right
  // direction, whatever the mechanism? (Found edges are deduplicated by pair first.)
  const pairs = new Map();
  for (const f of found) {
    const key = `${[...f.candS][0]}|${[...f.candT][0]}`;
    if (!pairs.has(key)) pairs.set(key, f);
  }
  const pairMatched = new Set();
  let pairTp = 0;
  for (const f of pairs.values()) {
    const hits = expected.edges.filter((e) => meets(f.candS, e.accS) && meets(f.candT, e.accT));
    if (hits.length) pairTp += 1;
    hits.forEach((e) => pairMatched.add(`${normalise(e.source)}|${normalise(e.target)}`));
  }
  const expectedPairs = new Set(expected.edges.map((e) => `${normalise(e.source)}|${normalise(e.target)}`));
  const endsOnly = {
    expected: expectedPairs.size, found: pairs.size, tp: pairTp, matched: pairMatched.size,
    precision: pairs.size ? pairTp / pairs.size : null,
    recall: expectedPairs.size ? pairMatched.size / expectedPairs.size : null,
  };
  return {
    expected: expected.edges.length, found: found.length, tp: tp.length, matched: matchedExpected.size,
    fp, fn, duplicates, precision, recall, endsOnly,
  };
}

function evidenceOf(raw) {
  const ev = raw?.evidence;
  const first = Array.isArray(ev) ? ev[0] : ev;
  if (first == null) return '';
  if (typeof first === 'string') return first;
  const where = first.file ?? first.path ?? first.location ?? '';
  const line = first.line != null ? `:${first.line}` : '';
  const what = first.excerpt ?? first.detail ?? first.kind ?? first.source ?? '';
  const text = `${where}${line}${what ? ` ${String(what).replace(/\s+/g, ' ')}` : ''}`.trim();
  return text || JSON.stringify(first);
}

const pct = (x) => (x == null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function main() {
  ensureBuilt();
  mkdirSync(outDir, { recursive: true });
  const dirs = readdirSync(heldOut, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(heldOut, d.name, 'expected.yaml')))
    .map((d) => d.name)
    .filter((n) => !only || n === only)
    .sort();
  if (dirs.length === 0) {
    console.error('no held-out systems found');
    process.exit(2);
  }

  const rows = [];
  let failed = false;
  for (const name of dirs) {
    const dir = join(heldOut, name);
    const expected = loadExpected(join(dir, 'expected.yaml'));
    let result;
    let ms = 0;
    let error = null;
    try {
      ({ result, ms } = runScan(join(dir, 'repo')));
    } catch (err) {
      error = (err.stderr?.toString() || err.message).trim().split('\n').slice(0, 5).join('\n');
      result = { systems: [], integrations: [] };
      failed = true;
    }
    writeFileSync(join(outDir, `${name}.scan.json`), JSON.stringify(result, null, 2));
    const found = foundEdges(result);
    const s = score(expected, found);
    rows.push({ name, systems: (result.systems ?? []).length, ms, error, ...s });
  }

  const tot = rows.reduce(
    (a, r) => ({ expected: a.expected + r.expected, found: a.found + r.found, tp: a.tp + r.tp, matched: a.matched + r.matched }),
    { expected: 0, found: 0, tp: 0, matched: 0 },
  );
  const overall = {
    ...tot,
    fp: tot.found - tot.tp,
    fn: tot.expected - tot.matched,
    precision: tot.found ? tot.tp / tot.found : null,
    recall: tot.expected ? tot.matched / tot.expected : null,
  };

  const header = `${pad('system', 10)} ${padL('expected', 8)} ${padL('found', 6)} ${padL('TP', 4)} ${padL('FP', 4)} ${padL('FN', 4)} ${padL('precision', 10)} ${padL('recall', 8)} ${padL('scan ms', 8)}`;
  console.log('\nPatchbay discovery, held-out evaluation\n');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    console.log(`${pad(r.name, 10)} ${padL(r.expected, 8)} ${padL(r.found, 6)} ${padL(r.tp, 4)} ${padL(r.fp.length, 4)} ${padL(r.fn.length, 4)} ${padL(pct(r.precision), 10)} ${padL(pct(r.recall), 8)} ${padL(Math.round(r.ms), 8)}`);
  }
  console.log('-'.repeat(header.length));
  console.log(`${pad('overall', 10)} ${padL(overall.expected, 8)} ${padL(overall.found, 6)} ${padL(overall.tp, 4)} ${padL(overall.fp, 4)} ${padL(overall.fn, 4)} ${padL(pct(overall.precision), 10)} ${padL(pct(overall.recall), 8)}`);
  console.log('(TP counts found edges that match an expected edge; recall counts expected edges matched.)');

  const e = rows.reduce(
    (a, r) => ({ expected: a.expected + r.endsOnly.expected, found: a.found + r.endsOnly.found, tp: a.tp + r.endsOnly.tp, matched: a.matched + r.endsOnly.matched }),
    { expected: 0, found: 0, tp: 0, matched: 0 },
  );
  overall.endsOnly = { ...e, precision: e.found ? e.tp / e.found : null, recall: e.expected ? e.matched / e.expected : null };
  console.log('\nSecondary view, ends only (source -> target, mechanism ignored):');
  for (const r of [...rows, { name: 'overall', endsOnly: overall.endsOnly }]) {
    const x = r.endsOnly;
    console.log(`${pad(r.name, 10)} ${padL(x.expected, 8)} ${padL(x.found, 6)} ${padL(x.tp, 4)} ${padL(x.found - x.tp, 4)} ${padL(x.expected - x.matched, 4)} ${padL(pct(x.precision), 10)} ${padL(pct(x.recall), 8)}`);
  }

  if (!quiet) {
    for (const r of rows) {
      console.log(`\n== ${r.name} (${r.systems} systems reported)`);
      if (r.error) console.log(`  SCAN FAILED: ${r.error}`);
      console.log(`  false negatives (${r.fn.length}):`);
      for (const e of r.fn) console.log(`    - ${e.source} -> ${e.target} [${e.mechanism}]${e.note ? `  (${e.note})` : ''}`);
      console.log(`  false positives (${r.fp.length}):`);
      for (const f of r.fp) {
        console.log(`    - ${f.sourceId} -> ${f.targetId} [${f.mechanism}]${f.note ? `  (${f.note})` : ''}`);
        const ev = evidenceOf(f.raw[0]);
        if (ev) console.log(`        evidence: ${ev.slice(0, 160)}`);
      }
      if (r.duplicates.length) {
        console.log(`  duplicates of an already-matched edge (counted as correct, ${r.duplicates.length}):`);
        for (const f of r.duplicates) console.log(`    - ${f.sourceId} -> ${f.targetId} [${f.mechanism}]`);
      }
    }
  }

  const summary = {
    generatedAt: new Date().toISOString(),
    systems: rows.map((r) => ({
      name: r.name, expected: r.expected, found: r.found, tp: r.tp, matched: r.matched,
      precision: r.precision, recall: r.recall, endsOnly: r.endsOnly, scanMs: Math.round(r.ms), error: r.error,
      falseNegatives: r.fn.map(({ source, target, mechanism, note }) => ({ source, target, mechanism, note })),
      falsePositives: r.fp.map((f) => ({ source: f.sourceId, target: f.targetId, mechanism: f.mechanism, note: f.note, evidence: evidenceOf(f.raw[0]) })),
      duplicates: r.duplicates.map((f) => ({ source: f.sourceId, target: f.targetId, mechanism: f.mechanism })),
    })),
    overall,
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(summary, null, 2));
  console.log(`\nraw scans and results: ${relative(process.cwd(), outDir)}/`);
  if (failed) process.exit(1);
}

main();
