/**
 * One PHP codebase run as several processes from one image: compose services of one image with
 * `command: php app/http.php` (a Swoole server), `entrypoint: realtime` (a `bin/realtime` script
 * running `php app/realtime.php`), `entrypoint: worker-audits` (`php /usr/src/code/app/worker.php
 * audits $@`). Each process runs the PHP files its entry file reaches, as a Node process runs
 * what its entry imports (node-processes.ts ModuleGraph, which holds both languages' graphs):
 *
 * - `require`/`include` (`_once` too) of a path the reader evaluates (`__DIR__ . '/../init.php'`,
 *   `dirname(__DIR__)`, constants defined in the file), of each file a `glob()` or a literal list
 *   iterated by a `foreach` gives (`include_once __DIR__ . '/controllers/api/*.php'`);
 * - classes named (`use Foo\Bar;`, `new \Foo\Bar()`, `Bar::class`, `Bar::make()`, `extends`,
 *   `implements`), found through Composer's PSR-4 autoload (composer.json `autoload.psr-4`, bound
 *   by composer-autoload.ts): `Foo\Bar` under `"Foo\\": "src/Foo"` is `src/Foo/Bar.php`;
 * - a class chosen by the process's arguments (`$name = $argv[1]` … `new ('Acme\\Workers\\' .
 *   ucfirst($name))()`, a `match`/`switch` on the argument): the class the deployable's own
 *   argument names. Reach is not computed (every deployable keeps the file, as before) when the
 *   argument is not known or names no class the scan holds.
 *
 * The reader (sources/code/php-includes.ts) writes these as a ModuleImportsFact: evaluated paths
 * in `files`, the rest as `bare` specifiers this module resolves (phpSpecifier).
 *
 * Pure: the caller gives the files the scan holds and the Composer prefixes.
 */
import { fileName, folderOf } from './file-paths.js';
import { joinPaths } from './node-processes.js';

/** The binding key of the PHP process a command line starts: `<file> [<argument>…]` as written. */
export const PHP_PROCESS_KEY = 'php:process';
/** The prefix of a composer.json folder's binding of one PSR-4 namespace prefix (`php:psr4:Acme\`), valued by its folders (scan-root relative, comma separated). */
export const PSR4_KEY = 'php:psr4:';
/** The group of the PHP process a script starts, named by the script's file name (`bin/worker-audits`). */
export function phpScriptGroup(name: string): string {
  return `php-script:${name}`;
}

/** A class the file names, fully qualified (`php-class:Acme\Mail\Mailer`). */
export const PHP_CLASS = 'php-class:';
/** The files a glob pattern matches (`php-glob:app/controllers/api/*.php`). */
export const PHP_GLOB = 'php-glob:';
/** A class chosen by a process argument (`php-argument:` + JSON of PhpArgumentChoice). */
export const PHP_ARGUMENT = 'php-argument:';

/** A name the file asks a lazy factory for (`php-asks:queueForMails`): `->inject('…')`, `getResource`, Registry `get`. */
export const PHP_ASKS = 'php-asks:';
/** A lazy factory the file registers (`php-resource:` + JSON of PhpResource). */
export const PHP_RESOURCE = 'php-resource:';

/**
 * A factory registered under a name and run only when asked for by it (utopia-php's
 * `App::setResource('queueForMails', fn () => new Mail($connection))`, Registry `set`): its
 * closure's lines, the classes it names and the names it asks for in turn.
 */
export interface PhpResource {
  name: string;
  lines: [number, number];
  classes: string[];
  asks: string[];
}

/** A file's lazy factories and the names it asks for outside them, from its specifiers. */
export function phpResourcesOf(specifiers: readonly string[]): { resources: PhpResource[]; asks: string[] } {
  const resources: PhpResource[] = [];
  const asks: string[] = [];
  for (const specifier of specifiers) {
    if (specifier.startsWith(PHP_ASKS)) asks.push(specifier.slice(PHP_ASKS.length));
    else if (specifier.startsWith(PHP_RESOURCE)) {
      try {
        resources.push(JSON.parse(specifier.slice(PHP_RESOURCE.length)) as PhpResource);
      } catch {
        // A malformed specifier is no factory.
      }
    }
  }
  return { resources, asks };
}

/**
 * The lazy factories a process runs: those whose name a file it reaches asks for outside any
 * factory, or a factory it runs asks for, to a fixed point. `files` are the reached files'
 * factories and asks. Returns the factories run, as `<file>#<name>`.
 */
export function grantedResources(files: ReadonlyMap<string, { resources: readonly PhpResource[]; asks: readonly string[] }>): Set<string> {
  const asked = new Set<string>();
  for (const { asks } of files.values()) for (const ask of asks) asked.add(ask);
  const granted = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [file, { resources }] of files) {
      for (const resource of resources) {
        const key = `${file}#${resource.name}`;
        if (granted.has(key) || !asked.has(resource.name)) continue;
        granted.add(key);
        changed = true;
        for (const ask of resource.asks) asked.add(ask);
      }
    }
  }
  return granted;
}

/**
 * A class chosen by the process's argument `index` (`$argv[1]`): by concatenation (`prefix` +
 * transform(argument) + `suffix`), or by a literal arm of a `match`/`switch` (`value` → `name`).
 */
export type PhpArgumentChoice = { index: number; prefix: string; suffix: string; transform?: 'ucfirst' | 'ucwords' | 'lower' | 'upper' } | { index: number; value: string; name: string };

/** The command-line arguments PHP's own options take a value from (`-d memory_limit=-1`, `-c php.ini`). */
const PHP_VALUE_OPTIONS = new Set(['-d', '-c', '-z', '-t', '-S']);

/**
 * The PHP process a command line starts: `php [options] <file.php> [arguments]` → `file.php
 * arguments` (PHP_PROCESS_KEY), launchers taken off by the caller; undefined for anything else
 * (`php -r`, `php -S` serving a folder, `php artisan` is a file too and kept).
 */
export function phpProcessOf(words: readonly string[]): string | undefined {
  const at = words.findIndex((word) => /^php(?:\d[\d.]*)?(?:-cli)?$/.test(fileName(word)));
  if (at < 0) return undefined;
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === '-r' || word === '-S' || word === '-a' || word === '-l') return undefined;
    if (PHP_VALUE_OPTIONS.has(word)) {
      index += 1;
      continue;
    }
    if (word === '-f') continue;
    if (word.startsWith('-')) continue;
    if (word.includes('$')) return undefined;
    // Shell variables (`$@`, `"$@"`) pass the script's own arguments on: not the process's.
    const rest = words.slice(index + 1).filter((argument) => !argument.includes('$') && argument !== '--');
    return [word, ...rest].join(' ');
  }
  return undefined;
}

/**
 * The PHP process a shell script starts: the last command of it running `php <file>` (the one
 * that keeps running), comments and `echo` lines aside. `split` is the shell word splitter
 * (command-line.ts splitCommandLine).
 */
export function phpScriptProcess(text: string, split: (line: string) => string[]): { process: string; line: number } | undefined {
  let found: { process: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    for (const part of line.split(/&&|\|\||;/)) {
      const words = split(part.trim());
      while (words[0] === 'exec' || /^\w+=/.test(words[0] ?? '')) words.shift();
      if (words[0] === 'echo' || words[0] === 'printf') continue;
      const process = phpProcessOf(words);
      if (process !== undefined) found = { process, line: index + 1 };
    }
  });
  return found;
}

/** A PHP process's file and arguments. */
export function phpProcessParts(process: string): { file: string; args: string[] } {
  const [file, ...args] = process.split(' ');
  return { file: file as string, args };
}

/**
 * The file of the codebase at `root` a PHP process's path names: as written relative to the
 * working directory `workdir` (an image path, `/usr/src/code/app/worker.php` in `/usr/src/code`),
 * else the longest tail of it the codebase holds (`app/worker.php`).
 */
export function phpEntryFile(path: string, root: string, known: ReadonlySet<string>, workdir?: string): string | undefined {
  const prefix = root === '' ? '' : `${root}/`;
  if (workdir !== undefined && !path.startsWith('/')) {
    const direct = joinPaths(root, path);
    if (known.has(direct)) return direct;
  }
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  for (let start = 0; start < segments.length; start += 1) {
    const candidate = `${prefix}${segments.slice(start).join('/')}`;
    if (!segments.slice(start).includes('..') && known.has(candidate)) return candidate;
  }
  return undefined;
}

/** One Composer PSR-4 mapping: a namespace prefix (`Acme\`) and its folders, from the composer.json in `folder`. */
export interface Psr4Prefix {
  folder: string;
  prefix: string;
  directories: string[];
}

/**
 * The file Composer's PSR-4 autoloader loads a class from: the longest prefix of the nearest
 * composer.json above `from` matching it, its folders tried in turn (`Acme\Mail\Mailer` under
 * `"Acme\\": "src/"` → `src/Mail/Mailer.php`).
 */
export function psr4File(name: string, from: string, prefixes: readonly Psr4Prefix[], known: ReadonlySet<string>): string | undefined {
  const candidates = prefixes
    .filter((entry) => (entry.folder === '' || from.startsWith(`${entry.folder}/`)) && (entry.prefix === '' || name.startsWith(entry.prefix)))
    .sort((left, right) => right.folder.length - left.folder.length || right.prefix.length - left.prefix.length);
  for (const entry of candidates) {
    const rest = `${name.slice(entry.prefix.length).replace(/\\/g, '/')}.php`;
    for (const directory of entry.directories) {
      const file = joinPaths(directory, rest);
      if (known.has(file)) return file;
    }
  }
  return undefined;
}

/** A glob's files (`*` and `?` within one segment), sorted, of the files the scan holds. */
export function globFiles(pattern: string, known: Iterable<string>): string[] {
  const expression = new RegExp(`^${pattern.split('').map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  const folder = folderOf(pattern.replace(/[*?].*$/, 'x'));
  const found: string[] = [];
  for (const file of known) if (file.startsWith(folder) && expression.test(file)) found.push(file);
  return found.sort();
}

/** The class names an argument-chosen class may be, for one argument value. */
function chosenName(choice: PhpArgumentChoice, argument: string): string | undefined {
  if ('value' in choice) return choice.value === argument ? choice.name : undefined;
  const word = choice.transform === 'ucfirst' ? argument.charAt(0).toUpperCase() + argument.slice(1) : choice.transform === 'ucwords' ? argument.replace(/(^|[\s_-])(\w)/g, (_all, before: string, letter: string) => before + letter.toUpperCase()) : choice.transform === 'lower' ? argument.toLowerCase() : choice.transform === 'upper' ? argument.toUpperCase() : argument;
  return /^[\w\\]+$/.test(word) ? `${choice.prefix}${word}${choice.suffix}` : undefined;
}

/** Reads a `php-argument:` specifier; undefined for any other. */
export function argumentChoice(specifier: string): PhpArgumentChoice | undefined {
  if (!specifier.startsWith(PHP_ARGUMENT)) return undefined;
  try {
    return JSON.parse(specifier.slice(PHP_ARGUMENT.length)) as PhpArgumentChoice;
  } catch {
    return undefined;
  }
}

/**
 * The file a PHP specifier of a file's ModuleImportsFact names, or the files of a glob; undefined
 * for a class the autoload does not find, a specifier of another kind, or one chosen by an
 * argument (choiceFiles).
 */
export function phpSpecifierFiles(from: string, specifier: string, prefixes: readonly Psr4Prefix[], known: ReadonlySet<string>, globbed: (pattern: string) => string[]): string[] | undefined {
  if (specifier.startsWith(PHP_CLASS)) {
    const file = psr4File(specifier.slice(PHP_CLASS.length), from, prefixes, known);
    return file !== undefined ? [file] : undefined;
  }
  if (specifier.startsWith(PHP_GLOB)) {
    const files = globFiles(specifier.slice(PHP_GLOB.length), known).filter((file) => file !== from);
    return files.length > 0 ? files : undefined;
  }
  return undefined;
}

/**
 * The files the argument-chosen classes of the files a process reaches name, given its arguments:
 * `undefined` when one cannot be followed (an argument not given, a class the scan does not hold),
 * so that the process's reach is not known.
 */
export function choiceFiles(choices: readonly { from: string; choice: PhpArgumentChoice }[], args: readonly string[], prefixes: readonly Psr4Prefix[], known: ReadonlySet<string>): string[] | undefined {
  const found: string[] = [];
  const byArgument = new Map<string, { from: string; choice: PhpArgumentChoice }[]>();
  for (const item of choices) {
    // A match/switch's arms are one choice: the arm the argument takes, if any.
    const key = 'value' in item.choice ? `${item.from}#${item.choice.index}` : `${item.from}#${item.choice.index}#${JSON.stringify(item.choice)}`;
    byArgument.set(key, [...(byArgument.get(key) ?? []), item]);
  }
  for (const group of byArgument.values()) {
    const first = group[0] as (typeof group)[number];
    const argument = args[first.choice.index - 1];
    if (argument === undefined) return undefined;
    const names = group.map(({ choice }) => chosenName(choice, argument)).filter((name): name is string => name !== undefined);
    // A match with no arm for the argument (its `default`) chooses no class of the codebase.
    if (names.length === 0 && 'value' in first.choice) continue;
    for (const name of names) {
      const file = psr4File(name.replace(/^\\/, ''), first.from, prefixes, known);
      if (file === undefined) return undefined;
      found.push(file);
    }
  }
  return found;
}

/** Every class file an argument-chosen class may be, whatever the argument: a concatenation's namespace folder's files, every arm's class. */
export function choiceCandidates(choices: readonly { from: string; choice: PhpArgumentChoice }[], prefixes: readonly Psr4Prefix[], known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const { from, choice } of choices) {
    if ('value' in choice) {
      const file = psr4File(choice.name.replace(/^\\/, ''), from, prefixes, known);
      if (file !== undefined) found.push(file);
      continue;
    }
    // `Acme\Workers\` + X + `` : the files of the folder the namespace maps to.
    if (choice.suffix !== '' || !choice.prefix.endsWith('\\')) continue;
    for (const entry of prefixes) {
      if (!(entry.folder === '' || from.startsWith(`${entry.folder}/`)) || !choice.prefix.startsWith(entry.prefix)) continue;
      for (const directory of entry.directories) found.push(...globFiles(joinPaths(directory, `${choice.prefix.slice(entry.prefix.length).replace(/\\/g, '/')}*.php`), known));
    }
  }
  return [...new Set(found)];
}
