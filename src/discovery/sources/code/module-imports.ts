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
import type { Fact, ModuleImportsFact, SourceFile } from '../../../core/discovery/facts.js';
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
const LOADS = [
  /(?:^|[;}\n])\s*import\s+(?!type\s)(?:[\w$*{}\s,]+?\s+from\s*)?(['"])([^'"\n]+)\1/g,
  /(?:^|[;}\n])\s*export\s+(?!type\s)(?:\*|\*\s+as\s+[\w$]+|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/g,
  /\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
];

/** The modules a script loads, each with the offset of its specifier, in the order written. */
function loads(text: string): { at: number; specifier: string }[] {
  const code = blankComments(text);
  const found: { at: number; specifier: string }[] = [];
  for (const pattern of LOADS) for (const match of code.matchAll(pattern)) found.push({ at: match.index + match[0].length - (match[2] as string).length - 1, specifier: match[2] as string });
  return found.sort((left, right) => left.at - right.at);
}

/** The specifiers of the modules a script loads, in the order written. */
export function loadedModules(text: string): string[] {
  return loads(text).map((item) => item.specifier);
}

/** Specifiers of Node's own modules, which name no file of the scan. */
const BUILTIN = /^(node:|(assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|http2|https|net|os|path|perf_hooks|process|querystring|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib)(\/|$))/;

/** What a module-loading form starts with, quote included: most script files load something, a few (configs, generated data) nothing. */
const LOADS_SOMETHING = /\b(?:from|import|require)\s*\(?\s*['"]/;

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
 * The module-imports fact of one script file; none when it loads no module that may be local.
 * Non-relative specifiers are kept (`bare`) for resolution to try as workspace packages, tsconfig
 * `paths` aliases and `baseUrl` paths (core/discovery/node-specifiers.ts): which names are the
 * repository's own is only known with every package.json and tsconfig of the scan.
 */
export function moduleImportsOf(path: string, text: string, evidenceAt: SourceContext['evidenceAt']): ModuleImportsFact | undefined {
  if (!LOADS_SOMETHING.test(text)) return undefined;
  const folder = folderOf(path);
  const files: string[] = [];
  const bare: string[] = [];
  let first: number | undefined;
  for (const { at, specifier } of loads(text)) {
    const local = localModule(folder, specifier);
    if (local?.file !== undefined) files.push(local.file);
    if (local?.bare !== undefined) bare.push(local.bare);
    if (first === undefined && local !== undefined) first = at;
  }
  if (first === undefined) return undefined;
  // The evidence is the first load's line: where a process is seen to take in another file.
  const line = text.slice(0, first).split('\n').length;
  return { type: 'module-imports', files: [...new Set(files)], ...(bare.length > 0 ? { bare: [...new Set(bare)] } : {}), evidence: evidenceAt(line) };
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
