#!/usr/bin/env node
/**
 * How fast the code sources' prefilter reads code files, timed on its own (no parsing): the MB/s
 * of `mayMatch` (trigger words, shared values, constants) and of the whole test a code source
 * makes before parsing (mayMatch, then the plumbing words, then Go's address hand-off), over every
 * code file of a tree that a code source is handed, each file tried with its own family's table.
 *
 *   npx tsc -p tsconfig.build.json && node bench/scan/prefilter-speed.js [ROOT] [--dist DIST…] [--rounds N]
 *
 * ROOT defaults to bench/out/scan-tenth (`node bench/scan/generate.js --size tenth`). Each
 * `--dist` (default: this checkout's dist/) is a compiled copy to time; with several, their rounds
 * are interleaved (A, B, A, B…) so a busy machine slows them alike, and their answers are compared
 * file by file (any difference is printed and fails the run). Printed per dist: the median and
 * range over the rounds, in MB/s of code text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const dists = [];
let rounds = 7;
const roots = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--dist') dists.push(resolve(args[(i += 1)]));
  else if (args[i] === '--rounds') rounds = Number(args[(i += 1)]);
  else roots.push(resolve(args[i]));
}
if (dists.length === 0) dists.push(join(root, 'dist'));
if (roots.length === 0) roots.push(join(root, 'bench', 'out', 'scan-tenth'));

const code = 'discovery/sources/code/';
const load = (base, path) => import(pathToFileURL(join(base, path)).href);
const TABLES = [
  ['python-signatures.js', 'PYTHON_TABLE'],
  ['typescript-signatures.js', 'TYPESCRIPT_TABLE'],
  ['go-signatures.js', 'GO_TABLE'],
  ['jvm-signatures.js', 'JVM_TABLE'],
  ['csharp-signatures.js', 'CSHARP_TABLE'],
  ['ruby-signatures.js', 'RUBY_TABLE'],
  ['php-signatures.js', 'PHP_TABLE'],
  ['rust-signatures.js', 'RUST_TABLE'],
];
const LANGUAGES = {
  PYTHON_TABLE: ['python'],
  TYPESCRIPT_TABLE: ['typescript', 'tsx', 'javascript'],
  GO_TABLE: ['go'],
  JVM_TABLE: ['java', 'kotlin'],
  CSHARP_TABLE: ['c_sharp'],
  RUBY_TABLE: ['ruby'],
  PHP_TABLE: ['php'],
  RUST_TABLE: ['rust'],
};

/** One compiled copy: its prefilter functions and each language's trigger expression. */
async function loadDist(dist) {
  const prefilter = await load(dist, `${code}prefilter.js`);
  const triggersOf = {};
  for (const [file, name] of TABLES) {
    const table = (await load(dist, code + file))[name];
    for (const language of LANGUAGES[name]) triggersOf[language] = table.triggers;
  }
  return { dist, prefilter, triggersOf, times: { mayMatch: [], whole: [] } };
}

const loaded = [];
for (const dist of dists) loaded.push(await loadDist(dist));
const { walkTree, looksBinary, looksGenerated } = await load(dists[0], 'discovery/walk.js');
const { languageOf } = await load(dists[0], 'discovery/code-parser.js');

const files = [];
let bytes = 0;
for (const scanRoot of roots) {
  const { files: walked } = await walkTree(scanRoot, '');
  for (const file of walked) {
    const language = languageOf(file.path);
    if (!language || !loaded[0].triggersOf[language]) continue;
    const raw = readFileSync(file.absolute);
    if (looksBinary(raw)) continue;
    const text = raw.toString('utf8');
    if (looksGenerated(text)) continue;
    files.push({ path: file.path, language, text });
    bytes += text.length;
  }
}

/** The test code-source.ts makes before parsing (its plumbing and hand-off parts: readsDeclarations languages aside). */
function whole({ prefilter, triggersOf }, { text, language }) {
  return prefilter.mayMatch(text, triggersOf[language], [], language) || prefilter.usesPlumbingWords(text) || (language === 'go' && prefilter.handsOffAddress(text));
}

const answers = loaded.map(() => ({ mayMatch: [], whole: [] }));
for (let round = 0; round < rounds; round += 1) {
  for (const [index, one] of loaded.entries()) {
    const mayMatch = one.prefilter.mayMatch;
    let started = performance.now();
    const passed = [];
    for (const file of files) passed.push(mayMatch(file.text, one.triggersOf[file.language], [], file.language));
    one.times.mayMatch.push(performance.now() - started);
    started = performance.now();
    const passedWhole = [];
    for (const file of files) passedWhole.push(whole(one, file));
    one.times.whole.push(performance.now() - started);
    if (round === 0) answers[index] = { mayMatch: passed, whole: passedWhole };
  }
}

const mbps = (ms) => bytes / 1e6 / (ms / 1000);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${files.length} code files, ${(bytes / 1e6).toFixed(1)} MB of text, ${rounds} rounds (interleaved)`);
for (const one of loaded) {
  const passed = answers[loaded.indexOf(one)];
  for (const kind of ['mayMatch', 'whole']) {
    const times = one.times[kind];
    console.log(
      `${one.dist}  ${kind.padEnd(8)}  ${mbps(median(times)).toFixed(0)} MB/s median (${mbps(Math.max(...times)).toFixed(0)}–${mbps(Math.min(...times)).toFixed(0)}), passed ${passed[kind].filter(Boolean).length}`,
    );
  }
}
let differences = 0;
for (let other = 1; other < loaded.length; other += 1) {
  for (const kind of ['mayMatch', 'whole']) {
    files.forEach((file, index) => {
      if (answers[0][kind][index] !== answers[other][kind][index]) {
        differences += 1;
        console.log(`differs (${kind}): ${file.path}: ${answers[0][kind][index]} vs ${answers[other][kind][index]}`);
      }
    });
  }
}
process.exitCode = differences > 0 ? 1 : 0;
