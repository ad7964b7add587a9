/**
 * What a Node package says about the processes it can start: each `package.json` script that runs
 * a Node program (`"worker:prod": "node dist/src/queue-worker/queue-worker"`, or another script:
 * `"start": "npm run start:prod"`), and where tsc writes the compiled files its scripts run
 * (`tsconfig.json` `compilerOptions.outDir` and `rootDir`), and the programs its `bin` installs. Bindings of the package folder, which
 * resolution follows from a deployable's command to the source file it runs
 * (core/discovery/node-processes.ts).
 */
import { type BindingFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { NEXT_APP_KEY, NODE_SCRIPT_KEY, TSCONFIG_OUT_DIR_KEY, TSCONFIG_ROOT_DIR_KEY } from '../../../core/discovery/node-processes.js';
import { NODE_BIN_KEY, binEntries } from '../../../core/discovery/node-bin-programs.js';
import { NODE_PACKAGE_EXPORTS_KEY, NODE_PACKAGE_NAME_KEY, TSCONFIG_CONFIG_KEY, exportsTargets, type TsconfigOptions } from '../../../core/discovery/node-specifiers.js';
import { blankComments } from '../code/module-imports.js';
import type { Source, SourceContext } from '../../source.js';
import { nodeOfCommand, splitCommandLine } from './command-line.js';
import { neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';

/** The package.json and tsconfig source. */
export const nodePackageSource: Source = {
  name: 'node-package',
  extensions: ['.json'],
  accepts: (path) => /(^|\/)(package\.json|tsconfig(\.[\w.-]+)?\.json)$/.test(path) && !/(^|\/)node_modules\//.test(path),
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
  if (baseName(file.path).startsWith('tsconfig')) {
    // tsconfig is JSONC: comments and trailing commas are allowed.
    const parsed: unknown = JSON.parse(blankComments(file.text).replace(/,(\s*[}\]])/g, '$1'));
    const config = typeof parsed === 'object' && parsed !== null ? (parsed as { extends?: unknown; compilerOptions?: Record<string, unknown> }) : {};
    const options = config.compilerOptions;
    const facts: Fact[] = [];
    if (baseName(file.path) === 'tsconfig.json') {
      if (typeof options?.outDir === 'string') facts.push(binding(TSCONFIG_OUT_DIR_KEY, options.outDir, '"outDir"'));
      if (typeof options?.rootDir === 'string') facts.push(binding(TSCONFIG_ROOT_DIR_KEY, options.rootDir, '"rootDir"'));
    }
    const resolution = tsconfigOptions(config.extends, options);
    if (Object.keys(resolution).length > 0) facts.push(binding(`${TSCONFIG_CONFIG_KEY}${baseName(file.path)}`, JSON.stringify(resolution), Object.keys(resolution).includes('paths') ? '"paths"' : '"'));
    return facts;
  }
  const parsed = JSON.parse(file.text) as Record<string, unknown>;
  if (typeof parsed !== 'object' || parsed === null) return [];
  const facts: Fact[] = [];
  if (typeof parsed.name === 'string' && parsed.name !== '') {
    facts.push(binding(NODE_PACKAGE_NAME_KEY, parsed.name, '"name"'));
    const entries = exportsTargets(parsed);
    if (entries.length > 0) facts.push(binding(NODE_PACKAGE_EXPORTS_KEY, JSON.stringify(entries), parsed.exports !== undefined ? '"exports"' : '"main"'));
  }
  // The programs the package installs (`"bin": { "acme": "./bin/acme" }`): an image running `acme` runs this package (core/discovery/node-bin-programs.ts).
  for (const [name, bin] of binEntries(parsed.bin, typeof parsed.name === 'string' ? parsed.name : undefined)) facts.push(binding(`${NODE_BIN_KEY}${name}`, bin, '"bin"'));
  const dependencies = { ...asRecord(parsed.dependencies), ...asRecord(parsed.devDependencies) };
  if ('next' in dependencies) facts.push(binding(NEXT_APP_KEY, 'next', '"next"'));
  if (typeof parsed.scripts !== 'object' || parsed.scripts === null) return facts;
  for (const [name, command] of Object.entries(parsed.scripts as Record<string, unknown>)) {
    if (typeof command !== 'string') continue;
    // `npm run migrate && node dist/main`: the last program is the one that keeps running.
    const process = nodeOfCommand(['sh', '-c', command]) ?? nodeOfCommand(splitCommandLine(command));
    if (process !== undefined && process !== `script:${name}`) facts.push(binding(`${NODE_SCRIPT_KEY}${name}`, process, `"${name}"`));
  }
  return facts;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The module-resolution and output options of one tsconfig file, as written. */
function tsconfigOptions(extended: unknown, options: Record<string, unknown> | undefined): TsconfigOptions {
  const found: TsconfigOptions = {};
  const extendsList = (Array.isArray(extended) ? extended : [extended]).filter((value): value is string => typeof value === 'string');
  if (extendsList.length > 0) found.extends = extendsList;
  if (typeof options?.baseUrl === 'string') found.baseUrl = options.baseUrl;
  if (typeof options?.outDir === 'string') found.outDir = options.outDir;
  if (typeof options?.rootDir === 'string') found.rootDir = options.rootDir;
  const paths = asRecord(options?.paths);
  const entries = Object.entries(paths).map(([pattern, targets]) => [pattern, (Array.isArray(targets) ? targets : []).filter((target): target is string => typeof target === 'string')] as const);
  if (entries.length > 0) found.paths = Object.fromEntries(entries);
  return found;
}
