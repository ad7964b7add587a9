#!/usr/bin/env node
/**
 * How well the code sources' trigger-word prefilter picks the files worth parsing, counted rather
 * than timed (so the figures do not depend on the machine's load).
 *
 *   npx tsc -p tsconfig.build.json && node bench/scan/prefilter-count.js [ROOT…] [--before DIST] [--list]
 *
 * ROOT defaults to bench/out/scan-tenth (generate it with `node bench/scan/generate.js --size tenth`).
 * Every code file a code source is handed (walked like the scanner does: .gitignore, skipped
 * folders, binary and generated files left out) is read by its family's source twice: once as the
 * scan does (prefilter, then parse), and once with the prefilter switched off (every file parsed),
 * which says which files the readers find facts in at all. Printed per family and in total:
 *
 * - handed: code files the family's source accepts
 * - passed: files the prefilter lets through to tree-sitter
 * - with facts: files the readers find any fact in (prefilter off)
 * - passed with facts: of those, how many the prefilter passes
 * - missed: files with facts the prefilter rejects (must be 0; listed with --list)
 *
 * With `--before DIST` (a copy of an older `dist/`), the older prefilter is counted beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const beforeAt = args.indexOf('--before');
const beforeDist = beforeAt >= 0 ? resolve(args[beforeAt + 1]) : undefined;
const roots = args.filter((arg, index) => !arg.startsWith('--') && (beforeAt < 0 || index !== beforeAt + 1));
if (roots.length === 0) roots.push(join(root, 'bench', 'out', 'scan-tenth'));

const dist = join(root, 'dist');
const load = (base, path) => import(pathToFileURL(join(base, path)).href);

const FAMILIES = [
  ['typescript', 'typescript-signatures.js', 'TYPESCRIPT_TABLE', 'typescript-reader.js', 'typescriptReader', ['typescript', 'tsx', 'javascript']],
  ['python', 'python-signatures.js', 'PYTHON_TABLE', 'python-reader.js', 'pythonReader', ['python']],
  ['go', 'go-signatures.js', 'GO_TABLE', 'go-reader.js', 'goReader', ['go']],
  ['jvm', 'jvm-signatures.js', 'JVM_TABLE', null, null, ['java', 'kotlin']],
  ['csharp', 'csharp-signatures.js', 'CSHARP_TABLE', 'csharp-reader.js', 'csharpReader', ['c_sharp']],
];

/** The prefilter's shared-value test before it moved to prefilter.ts (for --before with an older dist). */
const OLD_SHARES =
  /\bos\.(?:Getenv|LookupEnv)\(|\bmustMapEnv\(|\bprocess\.env\b|\bmodule\.exports\b|@ConfigurationProperties\b|@Value\(|\bexport\s+const\s+\w*(?:url|uri|host|addr|address|endpoint)\w*\s*=|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres(?:ql)?|mysql):\/\/(?!www\.|localhost)/i;

const code = 'discovery/sources/code/';
const { walkTree, looksBinary, looksGenerated } = await load(dist, 'discovery/walk.js');
const { languageOf, parseCode } = await load(dist, 'discovery/code-parser.js');
const { makeCodeSource } = await load(dist, `${code}code-source.js`);
const { mayMatch } = await load(dist, `${code}prefilter.js`);
const { evidenceFor } = await load(dist, 'discovery/source.js');

const families = [];
for (const [name, tableFile, tableName, readerFile, readerName, languages] of FAMILIES) {
  const table = (await load(dist, code + tableFile))[tableName];
  let readers;
  if (name === 'jvm') {
    const { javaReader } = await load(dist, `${code}java-reader.js`);
    const { kotlinReader } = await load(dist, `${code}kotlin-reader.js`);
    readers = { java: javaReader, kotlin: kotlinReader };
  } else {
    const reader = (await load(dist, code + readerFile))[readerName];
    readers = Object.fromEntries(languages.map((language) => [language, reader]));
  }
  const everything = makeCodeSource({ name: `all-${name}`, readers, table: { ...table, triggers: /(?:)/ } });
  let before;
  if (beforeDist && existsSync(join(beforeDist, code + tableFile))) before = (await load(beforeDist, code + tableFile))[tableName].triggers;
  families.push({ name, languages, table, everything, before, counts: { handed: 0, passed: 0, withFacts: 0, passedWithFacts: 0, missed: [], beforePassed: 0, beforePassedWithFacts: 0, beforeMissed: [] } });
}

const started = Date.now();
for (const scanRoot of roots) {
  const { files } = await walkTree(resolve(scanRoot), '');
  for (const file of files) {
    const language = languageOf(file.path);
    const family = language && families.find((candidate) => candidate.languages.includes(language));
    if (!family) continue;
    const bytes = readFileSync(file.absolute);
    if (looksBinary(bytes)) continue;
    const text = bytes.toString('utf8');
    if (looksGenerated(text)) continue;
    const counts = family.counts;
    counts.handed += 1;
    const passes = mayMatch(text, family.table.triggers, []);
    const sourceFile = { path: file.path, text };
    const facts = await family.everything.read(sourceFile, { evidenceAt: evidenceFor(sourceFile), parse: parseCode, rules: [] });
    const hasFacts = facts.length > 0;
    if (passes) counts.passed += 1;
    if (hasFacts) counts.withFacts += 1;
    if (hasFacts && passes) counts.passedWithFacts += 1;
    if (hasFacts && !passes) counts.missed.push(`${scanRoot}:${file.path}`);
    if (family.before) {
      const beforePasses = family.before.test(text) || OLD_SHARES.test(text);
      if (beforePasses) counts.beforePassed += 1;
      if (beforePasses && hasFacts) counts.beforePassedWithFacts += 1;
      if (hasFacts && !beforePasses) counts.beforeMissed.push(`${scanRoot}:${file.path}`);
    }
  }
}

const total = { handed: 0, passed: 0, withFacts: 0, passedWithFacts: 0, missed: 0, beforePassed: 0, beforePassedWithFacts: 0, beforeMissed: 0 };
const rows = [['family', 'handed', 'passed', 'with facts', 'passed with facts', 'missed', ...(beforeDist ? ['before: passed', 'before: passed with facts', 'before: missed'] : [])]];
for (const { name, counts } of families) {
  rows.push([name, counts.handed, counts.passed, counts.withFacts, counts.passedWithFacts, counts.missed.length, ...(beforeDist ? [counts.beforePassed, counts.beforePassedWithFacts, counts.beforeMissed.length] : [])]);
  for (const key of ['handed', 'passed', 'withFacts', 'passedWithFacts', 'beforePassed', 'beforePassedWithFacts']) total[key] += counts[key];
  total.missed += counts.missed.length;
  total.beforeMissed += counts.beforeMissed.length;
}
rows.push(['total', total.handed, total.passed, total.withFacts, total.passedWithFacts, total.missed, ...(beforeDist ? [total.beforePassed, total.beforePassedWithFacts, total.beforeMissed] : [])]);
console.log(`roots: ${roots.join(', ')}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));
if (list || total.missed > 0) {
  for (const { name, counts } of families) {
    for (const path of counts.missed) console.log(`missed (${name}): ${path}`);
    if (list) for (const path of counts.beforeMissed) console.log(`missed before (${name}): ${path}`);
  }
}
process.exitCode = total.missed > 0 ? 1 : 0;
