/**
 * What a Node package says about the processes it can start: each `package.json` script that runs
 * a Node program (`"worker:prod": "node dist/src/queue-worker/queue-worker"`, or another script:
 * `"start": "npm run start:prod"`), and where tsc writes the compiled files its scripts run
 * (`tsconfig.json` `compilerOptions.outDir` and `rootDir`). Bindings of the package folder, which
 * resolution follows from a deployable's command to the source file it runs
 * (core/discovery/node-processes.ts).
 */
import { type BindingFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { NODE_SCRIPT_KEY, TSCONFIG_OUT_DIR_KEY, TSCONFIG_ROOT_DIR_KEY } from '../../../core/discovery/node-processes.js';
import { blankComments } from '../code/module-imports.js';
import type { Source, SourceContext } from '../../source.js';
import { nodeOfCommand, splitCommandLine } from './command-line.js';
import { neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';

/** The package.json and tsconfig source. */
export const nodePackageSource: Source = {
  name: 'node-package',
  accepts: (path) => /(^|\/)(package|tsconfig)\.json$/.test(path) && !/(^|\/)node_modules\//.test(path),
  read: neverThrows(readNodePackage),
};

/** The 1-based line of the first occurrence of a text, else 1. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function readNodePackage(file: SourceFile, context: SourceContext): Fact[] {
  const scope = folderOf(file.path);
  const binding = (key: string, value: string, needle: string): BindingFact => ({ type: 'binding', scope, key, value, evidence: context.evidenceAt(lineOf(file.text, needle)) });
  if (baseName(file.path) === 'tsconfig.json') {
    // tsconfig is JSONC: comments and trailing commas are allowed.
    const parsed: unknown = JSON.parse(blankComments(file.text).replace(/,(\s*[}\]])/g, '$1'));
    const options = typeof parsed === 'object' && parsed !== null ? (parsed as { compilerOptions?: { outDir?: unknown; rootDir?: unknown } }).compilerOptions : undefined;
    const facts: Fact[] = [];
    if (typeof options?.outDir === 'string') facts.push(binding(TSCONFIG_OUT_DIR_KEY, options.outDir, '"outDir"'));
    if (typeof options?.rootDir === 'string') facts.push(binding(TSCONFIG_ROOT_DIR_KEY, options.rootDir, '"rootDir"'));
    return facts;
  }
  const parsed = JSON.parse(file.text) as { scripts?: unknown };
  if (typeof parsed.scripts !== 'object' || parsed.scripts === null) return [];
  const facts: Fact[] = [];
  for (const [name, command] of Object.entries(parsed.scripts as Record<string, unknown>)) {
    if (typeof command !== 'string') continue;
    // `npm run migrate && node dist/main`: the last program is the one that keeps running.
    const process = nodeOfCommand(['sh', '-c', command]) ?? nodeOfCommand(splitCommandLine(command));
    if (process !== undefined && process !== `script:${name}`) facts.push(binding(`${NODE_SCRIPT_KEY}${name}`, process, `"${name}"`));
  }
  return facts;
}
