#!/usr/bin/env node
/**
 * How long the scan's main thread takes to choose each file's readers, timed on its own: asking
 * every source's `accepts` of every walked path (the old way), against the per-extension dispatch
 * of source-dispatch.ts. Both answers are compared path by path (any difference fails the run).
 *
 *   npx tsc -p tsconfig.build.json && node bench/scan/readers-speed.js [ROOT] [--rounds N]
 *
 * ROOT defaults to bench/out/scan-tenth (`node bench/scan/generate.js --size tenth`). The paths are
 * walked once, as the scan walks them; the rounds alternate old and new. Printed: the median and
 * range over the rounds, in ms for all paths.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
let rounds = 9;
let tree = join(root, 'bench', 'out', 'scan-tenth');
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--rounds') rounds = Number(args[(i += 1)]);
  else tree = resolve(args[i]);
}

const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { walkFiles } = await load('discovery/walk.js');
const { ALL_SOURCES } = await load('discovery/sources/index.js');
const { readerChooser } = await load('discovery/source-dispatch.js');

const paths = [...walkFiles(tree, '', [])].map((file) => file.path);

function everySource(path) {
  const readers = [];
  for (const [sourceIndex, source] of ALL_SOURCES.entries()) if (source.accepts(path)) readers.push(sourceIndex);
  return readers;
}

const timings = { old: [], new: [] };
let oldAnswers;
let newAnswers;
for (let round = 0; round < rounds; round += 1) {
  let started = performance.now();
  oldAnswers = paths.map(everySource);
  timings.old.push(performance.now() - started);
  // A new dispatch each round, as each scan builds one: its per-extension lists are part of the cost.
  started = performance.now();
  const choose = readerChooser(ALL_SOURCES);
  newAnswers = paths.map(choose);
  timings.new.push(performance.now() - started);
}

let differences = 0;
for (const [index, path] of paths.entries()) {
  if (oldAnswers[index].join() === newAnswers[index].join()) continue;
  differences += 1;
  if (differences <= 20) console.log(`differs: ${path}: [${oldAnswers[index]}] vs [${newAnswers[index]}]`);
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)})`;
};
const calls = (answers) => answers.reduce((sum, readers) => sum + readers.length, 0);
console.log(`${paths.length} paths of ${tree}, ${ALL_SOURCES.length} sources, ${rounds} rounds; ${calls(oldAnswers)} readers chosen`);
console.log(`every source asked: ${summary(timings.old)}`);
console.log(`dispatch by extension: ${summary(timings.new)}`);
if (differences > 0) {
  console.log(`${differences} paths differ`);
  process.exitCode = 1;
}
