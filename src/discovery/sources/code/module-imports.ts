/**
 * The local modules each JavaScript or TypeScript file loads: `import … from './x'`, `import
 * './x'`, `export … from './x'`, `require('./x')`, `import('./x')`. With the entry file a
 * deployable's command runs, they tell which code each process of one codebase runs
 * (core/discovery/node-processes.ts).
 *
 * Read from every script file, not only those the code source parses (an entry file such as
 * `NestFactory.createApplicationContext(WorkerModule)` names no client), so it must stay cheap:
 * module specifiers are string literals after fixed keywords, which a pass that blanks comments
 * (a commented-out import loads nothing) and then matches those forms finds without a syntax tree,
 * as bundlers' own import scanners do. `import type` and `export type` load nothing at run time.
 */
import type { Fact, ModuleImportsFact, ModuleReexport, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { joinPaths } from '../../../core/discovery/node-processes.js';
import type { Source, SourceContext } from '../../source.js';
import { folderOf } from '../config/paths.js';

/** Script files whose imports are read. */
const SCRIPT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/**
 * Replaces comments by blanks (newlines kept, so offsets and lines stay), leaving string and
 * template literals as written. Also used for JSONC (tsconfig.json).
 */
export function blankComments(text: string): string {
  // Copied in runs between the characters that may start a comment or a literal: a file is mostly
  // neither, and this runs on every script file of a scan.
  const parts: string[] = [];
  const special = /[/"'`]/g;
  let verbatimFrom = 0;
  let index = 0;
  for (;;) {
    special.lastIndex = index;
    const found = special.exec(text);
    if (!found) break;
    const at = found.index;
    const char = text[at] as string;
    const next = text[at + 1];
    if (char === '/' && next === '/') {
      const newline = text.indexOf('\n', at);
      const stop = newline < 0 ? text.length : newline;
      parts.push(text.slice(verbatimFrom, at), ' '.repeat(stop - at));
      verbatimFrom = index = stop;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', at + 2);
      const stop = close < 0 ? text.length : close + 2;
      parts.push(text.slice(verbatimFrom, at), text.slice(at, stop).replace(/[^\n]/g, ' '));
      verbatimFrom = index = stop;
    } else if (char === '/') {
      index = at + 1;
    } else {
      // A literal runs to its unescaped closing quote (a plain string does not cross a line); it is kept as written.
      let stop = at + 1;
      while (stop < text.length && text[stop] !== char && !(char !== '`' && text[stop] === '\n')) stop += text[stop] === '\\' ? 2 : 1;
      index = stop + 1;
    }
  }
  parts.push(text.slice(verbatimFrom));
  return parts.join('');
}

/** The module-loading forms, each capturing the specifier: static imports and re-exports (not type-only), `require`, `import()`. */
const IMPORT = /(?:^|[;}\n])\s*import\s+(?!type\s)(?:([\w$*{}\s,]+?)\s+from\s*)?(['"])([^'"\n]+)\2/g;
const REEXPORT = /(?:^|[;}\n])\s*export\s+(?!type\s)(\*|\*\s+as\s+[\w$]+|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\2/g;
const CALL = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/**
 * One module a script loads: the offset of its specifier, what the file's own bindings take from
 * it (`names`; undefined: the whole module), and for a re-export what it passes on.
 */
interface Load {
  at: number;
  specifier: string;
  names?: string[];
  reexport?: { names?: Record<string, string> };
  /** A static import's clause bindings (local name → the module's name), for an export list naming one. */
  bindings?: Map<string, string>;
}

/** `A`, `B as C`, `type D` (dropped), `default as E`: each listed name as [its name there, its name here]. */
function listedNames(list: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of list.split(',')) {
    const words = part.trim().split(/\s+/).filter((word) => word !== '');
    if (words[0] === 'type' && words.length > 1 && words[1] !== 'as') continue;
    const [name, as, local] = words;
    if (name === undefined) continue;
    pairs.push([name, as === 'as' && local !== undefined ? local : name]);
  }
  return pairs;
}

/** An import clause's bindings (`X, { A, B as C }`, `* as ns`): local name → the module's name (`*` for a namespace). */
function clauseBindings(clause: string): Map<string, string> {
  const bindings = new Map<string, string>();
  const namespace = /\*\s*as\s+([\w$]+)/.exec(clause);
  if (namespace) bindings.set(namespace[1] as string, '*');
  const brace = clause.indexOf('{');
  const head = (brace < 0 ? clause : clause.slice(0, brace)).replace(/\*\s*as\s+[\w$]+/, '').replace(/,/g, ' ').trim();
  if (head !== '') bindings.set(head, 'default');
  if (brace >= 0) for (const [name, local] of listedNames(clause.slice(brace + 1, clause.indexOf('}', brace)))) bindings.set(local, name);
  return bindings;
}

/** The names a `require(…)`/`import(…)` call takes: `const { A, B: b } = require(…)`, `require(…).A`; undefined for the whole module. */
function callNames(code: string, start: number, end: number): string[] | undefined {
  const member = /^\s*\.\s*([\w$]+)/.exec(code.slice(end, end + 120));
  if (member) return [member[1] as string];
  const destructured = /(?:const|let|var)\s*\{([^{}]*)\}\s*=\s*(?:await\s+)?$/.exec(code.slice(Math.max(0, start - 400), start));
  if (!destructured || (destructured[1] as string).includes('...')) return undefined;
  return (destructured[1] as string)
    .split(',')
    .map((part) => (/^\s*([\w$]+)/.exec(part)?.[1]))
    .filter((name): name is string => name !== undefined);
}

/** The modules a script loads (comments blanked), each with the offset of its specifier, in the order written. */
function loadsOf(code: string): Load[] {
  const found: Load[] = [];
  const specifierAt = (match: RegExpMatchArray, specifier: string): number => (match.index as number) + match[0].length - specifier.length - 1;
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[3] as string;
    const bindings = match[1] !== undefined ? clauseBindings(match[1]) : undefined;
    const names = bindings === undefined || [...bindings.values()].includes('*') ? undefined : [...new Set(bindings.values())];
    found.push({ at: specifierAt(match, specifier), specifier, ...(names ? { names } : {}), ...(bindings ? { bindings } : {}) });
  }
  for (const match of code.matchAll(REEXPORT)) {
    const specifier = match[3] as string;
    const what = match[1] as string;
    const namespace = /^\*\s+as\s+([\w$]+)$/.exec(what);
    const names = what === '*' ? undefined : namespace ? { [namespace[1] as string]: '*' } : Object.fromEntries(listedNames(what.slice(1, -1)).map(([name, exported]) => [exported, name]));
    found.push({ at: specifierAt(match, specifier), specifier, names: [], reexport: names ? { names } : {} });
  }
  for (const match of code.matchAll(CALL)) {
    const specifier = match[2] as string;
    const names = callNames(code, match.index as number, (match.index as number) + match[0].length);
    found.push({ at: specifierAt(match, specifier), specifier, ...(names ? { names } : {}) });
  }
  return found.sort((left, right) => left.at - right.at);
}

/** The specifiers of the modules a script loads, in the order written. */
export function loadedModules(text: string): string[] {
  return loadsOf(blankComments(text)).map((item) => item.specifier);
}

/** Declarations a module exports by name: `export class A`, `export async function b`, `export const enum C`, `export declare const d`. */
const EXPORTED_DECLARATION = /(?:^|[;}\n])\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:class|function\s*\*?|const\s+enum|const|let|var|enum|interface|type|namespace)\s+([\w$]+)/g;
/** A default export. */
const DEFAULT_EXPORT = /(?:^|[;}\n])\s*export\s+default\b/;
/** A list of local names exported: `export { a, b as B }` (not `… from`). */
const EXPORT_LIST = /(?:^|[;}\n])\s*export\s+(?!type\s)\{([^}]*)\}(?!\s*from\b)/g;
/** CommonJS exports (`module.exports =`, `exports.x =`, TypeScript's `export =`): which names a file exports is not read then. */
const COMMONJS_EXPORTS = /\bmodule\.exports\b|(?:^|[^.\w$])exports\.[\w$]+\s*=|(?:^|[;}\n])\s*export\s*=/;

/** What an ES module exports from its own code, and the local names it exports again from an import (`import { A } from './a'; export { A }`). */
function ownExports(code: string, reexports: boolean): { names: Set<string>; listed: [string, string][] } | undefined {
  if (COMMONJS_EXPORTS.test(code)) return undefined;
  const names = new Set<string>();
  for (const match of code.matchAll(EXPORTED_DECLARATION)) names.add(match[1] as string);
  if (DEFAULT_EXPORT.test(code)) names.add('default');
  const listed: [string, string][] = [];
  for (const match of code.matchAll(EXPORT_LIST)) listed.push(...listedNames(match[1] as string));
  return names.size > 0 || listed.length > 0 || reexports ? { names, listed } : undefined;
}

/** Specifiers of Node's own modules, which name no file of the scan. */
const BUILTIN = /^(node:|(assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|http2|https|net|os|path|perf_hooks|process|querystring|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib)(\/|$))/;

/** What a module-loading or exporting form starts with, quote included: most script files load something, a few (configs, generated data) nothing. */
const LOADS_SOMETHING = /\b(?:from|import|require)\s*\(?\s*['"]|\bexport\b/;

/**
 * What a module specifier written in a file of `folder` may name in the scan: a relative one the
 * path it leads to (extension as written), a non-relative one itself (a workspace package or an
 * alias, for resolution to try); none for Node's own modules, absolute paths and URLs.
 */
export function localModule(folder: string, specifier: string): { file?: string; bare?: string } | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') return { file: joinPaths(folder, specifier) };
  if (!BUILTIN.test(specifier) && !specifier.startsWith('/') && !/^[a-z][\w+.-]*:/i.test(specifier)) return { bare: specifier };
  return undefined;
}

/**
 * The module-imports fact of one script file; none when it loads no module that may be local and
 * exports nothing. Non-relative specifiers are kept (`bare`) for resolution to try as workspace
 * packages, tsconfig `paths` aliases and `baseUrl` paths (core/discovery/node-specifiers.ts):
 * which names are the repository's own is only known with every package.json and tsconfig of the
 * scan. The names each import takes and the file's exports and re-exports let resolution follow
 * `import { CacheService } from '@acme/shared'` through the package's barrel `index.ts` to the
 * one file declaring it (ModuleGraph, node-processes.ts).
 */
export function moduleImportsOf(path: string, text: string, evidenceAt: SourceContext['evidenceAt']): ModuleImportsFact | undefined {
  if (!LOADS_SOMETHING.test(text)) return undefined;
  const code = blankComments(text);
  const folder = folderOf(path);
  const files: string[] = [];
  const bare: string[] = [];
  /** What the file's bindings take from each key; `all` for the whole module. */
  const taken = new Map<string, Set<string> | 'all'>();
  const reexports: ModuleReexport[] = [];
  /** Import bindings: local name → the key and the module's name, for `export { A }` of an import. */
  const bound = new Map<string, { key: string; name: string }>();
  let first: number | undefined;
  const loads = loadsOf(code);
  for (const load of loads) {
    const { at, specifier } = load;
    const local = localModule(folder, specifier);
    const key = local?.file ?? local?.bare;
    if (local?.file !== undefined) files.push(local.file);
    if (local?.bare !== undefined) bare.push(local.bare);
    if (key === undefined) continue;
    first ??= at;
    const before = taken.get(key);
    if (load.names === undefined || before === 'all') taken.set(key, 'all');
    else taken.set(key, new Set([...(before ?? []), ...load.names]));
    if (load.reexport) reexports.push({ from: key, ...load.reexport });
  }
  // The bindings of each import clause, for an export list naming one of them.
  for (const { specifier, bindings } of loads) {
    const key = specifier.startsWith('.') ? joinPaths(folder, specifier) : specifier;
    if (bindings === undefined || !taken.has(key)) continue;
    for (const [local, name] of bindings) bound.set(local, { key, name });
  }
  const own = ownExports(code, reexports.length > 0);
  let exported: string[] | undefined;
  if (own) {
    for (const [local, name] of own.listed) {
      const binding = bound.get(local);
      if (binding) reexports.push({ from: binding.key, names: { [name]: binding.name } });
      else own.names.add(name);
    }
    exported = [...own.names].sort();
  }
  if (first === undefined && exported === undefined) return undefined;
  // The evidence is the first load's line: where a process is seen to take in another file.
  const line = first === undefined ? 1 : text.slice(0, first).split('\n').length;
  const imports: Record<string, string[]> = {};
  for (const [key, names] of taken) if (names !== 'all') imports[key] = [...names].sort();
  return {
    type: 'module-imports',
    files: [...new Set(files)],
    ...(bare.length > 0 ? { bare: [...new Set(bare)] } : {}),
    ...(Object.keys(imports).length > 0 ? { imports } : {}),
    ...(exported !== undefined ? { exports: exported } : {}),
    ...(reexports.length > 0 ? { reexports } : {}),
    evidence: evidenceAt(line),
  };
}

/** The source of module imports. */
export const moduleImportsSource: Source = {
  name: 'module-imports',
  accepts: (path) => SCRIPT.test(path) && !path.endsWith('.d.ts') && !/(^|\/)node_modules\//.test(path) && !isTestCode(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    try {
      const fact = moduleImportsOf(file.path, file.text, context.evidenceAt);
      return fact ? [fact] : [];
    } catch {
      return [];
    }
  },
};
