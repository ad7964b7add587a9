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
  if (!text.includes('//') && !text.includes('/*')) return text;
  // One regex pass, which skips string and template literals whole and blanks what it finds of
  // comments: this runs on every script file of a scan, and the engine's own loop is about twice
  // as fast as stepping through the literals here.
  return text.replace(COMMENT_OR_LITERAL, (token) =>
    token.charCodeAt(0) !== SLASH ? token : token.charCodeAt(1) === SLASH ? ' '.repeat(token.length) : token.replace(/[^\n]/g, ' '),
  );
}

const SLASH = 0x2f;
/**
 * A comment (a block comment left open runs to the end) or a string or template literal, kept as
 * written: a plain string does not cross a line, and a backslash escapes the next character.
 */
const COMMENT_OR_LITERAL = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\[\s\S]?)*"?|'(?:[^'\\\n]|\\[\s\S]?)*'?|`(?:[^`\\]|\\[\s\S]?)*`?/g;

/** JavaScript's `\s`: the blanks a statement may start after. */
function isBlank(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether the keyword at `at` starts a statement: the text before it, from no earlier than `from`,
 * is the start of the text or a newline, `;` or `}`, then blanks. The same as a regex prefix
 * `(?:^|[;}\n])\s*` matched from `from`, which V8 tries at every offset of the file.
 */
function startsStatement(code: string, at: number, from: number): boolean {
  let index = at - 1;
  for (; index >= 0; index -= 1) {
    const char = code.charCodeAt(index);
    if (!isBlank(char)) break;
    if (char === 0x0a && index >= from) return true;
  }
  if (index < 0) return from === 0;
  const char = code.charCodeAt(index);
  return (char === 0x3b || char === 0x7d) && index >= from;
}

/** The offsets of `keyword` where it may start a statement (see startsStatement), in order. */
function statementStarts(code: string, keyword: string): number[] {
  const starts: number[] = [];
  for (let at = code.indexOf(keyword); at >= 0; at = code.indexOf(keyword, at + keyword.length)) if (startsStatement(code, at, 0)) starts.push(at);
  return starts;
}

/**
 * The matches of a sticky `form` (written from its keyword on) at the keyword's statement
 * starts, in order and not overlapping: what `matchAll` of the form behind `(?:^|[;}\n])\s*`
 * gives. The keyword is found with indexOf, many times faster on a whole file, and once for all
 * the forms that start with it.
 */
function statementMatches(code: string, starts: readonly number[], form: RegExp, first = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from || !startsStatement(code, at, from)) continue;
    form.lastIndex = at;
    const match = form.exec(code);
    if (match === null) continue;
    from = form.lastIndex;
    found.push(match);
    if (first) break;
  }
  return found;
}

/** The module-loading forms, each capturing the specifier: static imports and re-exports (not type-only), `require`, `import()`. */
const IMPORT = /import\s+(?!type\s)(?:([\w$*{}\s,]+?)\s+from\s*)?(['"])([^'"\n]+)\2/y;
const REEXPORT = /export\s+(?!type\s)(\*|\*\s+as\s+[\w$]+|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\2/y;
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
function loadsOf(code: string, exportStarts: readonly number[]): Load[] {
  const found: Load[] = [];
  const specifierAt = (match: RegExpMatchArray, specifier: string): number => (match.index as number) + match[0].length - specifier.length - 1;
  for (const match of statementMatches(code, statementStarts(code, 'import'), IMPORT)) {
    const specifier = match[3] as string;
    const bindings = match[1] !== undefined ? clauseBindings(match[1]) : undefined;
    const names = bindings === undefined || [...bindings.values()].includes('*') ? undefined : [...new Set(bindings.values())];
    found.push({ at: specifierAt(match, specifier), specifier, ...(names ? { names } : {}), ...(bindings ? { bindings } : {}) });
  }
  for (const match of statementMatches(code, exportStarts, REEXPORT)) {
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
  const code = blankComments(text);
  return loadsOf(code, statementStarts(code, 'export')).map((item) => item.specifier);
}

/** Declarations a module exports by name: `export class A`, `export async function b`, `export const enum C`, `export declare const d`. */
const EXPORTED_DECLARATION = /export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:class|function\s*\*?|const\s+enum|const|let|var|enum|interface|type|namespace)\s+([\w$]+)/y;
/** A default export. */
const DEFAULT_EXPORT = /export\s+default\b/y;
/** A list of local names exported: `export { a, b as B }` (not `… from`). */
const EXPORT_LIST = /export\s+(?!type\s)\{([^}]*)\}(?!\s*from\b)/y;
/** CommonJS exports (`module.exports =`, `exports.x =`, TypeScript's `export =`): which names a file exports is not read then. */
const COMMONJS_EXPORTS = /\bmodule\.exports\b|(?:^|[^.\w$])exports\.[\w$]+\s*=/;
const EXPORT_ASSIGNMENT = /export\s*=/y;

/** What an ES module exports from its own code, and the local names it exports again from an import (`import { A } from './a'; export { A }`). */
function ownExports(code: string, exportStarts: readonly number[], reexports: boolean): { names: Set<string>; listed: [string, string][] } | undefined {
  if ((code.includes('exports') && COMMONJS_EXPORTS.test(code)) || statementMatches(code, exportStarts, EXPORT_ASSIGNMENT, true).length > 0) return undefined;
  const names = new Set<string>();
  for (const match of statementMatches(code, exportStarts, EXPORTED_DECLARATION)) names.add(match[1] as string);
  if (statementMatches(code, exportStarts, DEFAULT_EXPORT, true).length > 0) names.add('default');
  const listed: [string, string][] = [];
  for (const match of statementMatches(code, exportStarts, EXPORT_LIST)) listed.push(...listedNames(match[1] as string));
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
  const exportStarts = statementStarts(code, 'export');
  const loads = loadsOf(code, exportStarts);
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
  const own = ownExports(code, exportStarts, reexports.length > 0);
  let exported: string[] | undefined;
  if (own) {
    for (const [local, name] of own.listed) {
      const binding = bound.get(local);
      if (binding) reexports.push({ from: binding.key, names: { [name]: binding.name } });
      else own.names.add(name);
    }
    exported = [...own.names].sort();
  }
  const commented = commentedLoads(text, code, folder);
  if (first === undefined && exported === undefined && commented.length === 0) return undefined;
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
    ...(commented.length > 0 ? { commented } : {}),
    evidence: evidenceAt(line),
  };
}

/** A load written in a comment: `import … from './x'`, `export … from './x'`, `require('./x')`, `import('./x')`. */
const COMMENTED_LOAD = /\b(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"\n]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/**
 * The modules the file's comments load (`// import { RedisCache } from './cache'`), keyed as the
 * fact's `files` and `bare`: the loads written in the text where blankComments blanked it. One
 * pass of the engine over the text, not a rebuilt comment text: this runs on every script file.
 */
function commentedLoads(text: string, code: string, folder: string): string[] {
  if (code === text) return [];
  const keys = new Set<string>();
  for (const match of text.matchAll(COMMENTED_LOAD)) {
    const at = match.index ?? 0;
    // In a comment: blankComments put a blank where the text has the load's first letter.
    if (code.charCodeAt(at) === text.charCodeAt(at)) continue;
    const local = localModule(folder, match[1] ?? match[2] ?? '');
    const key = local?.file ?? local?.bare;
    if (key !== undefined) keys.add(key);
  }
  return [...keys];
}

/** The source of module imports. */
export const moduleImportsSource: Source = {
  name: 'module-imports',
  extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
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
