/**
 * One Node.js codebase run as several processes from one image: compose services or workloads
 * naming only `image: ghcr.io/acme/app`, one with the image's `CMD ["node", "dist/src/main"]`, one
 * with `command: yarn worker:prod`. Three steps, each following how the tools work:
 *
 * 1. The image is the one a Dockerfile of the repository builds: the build command that tags it
 *    (`docker build -t acme/app -f docker/Dockerfile .`, docker/build-push-action's `tags:` and
 *    `file:`), else the one Dockerfile whose folder or final stage is named like the image's last
 *    path segment. The code it runs is the folder the Dockerfile copies in (its ImageBuildFact's
 *    codeRoot, relative to the build context).
 * 2. The process is the command's: an npm, yarn or pnpm script runs the package.json script of that
 *    name, which runs `node <file>`; a compiled file (`dist/src/main`) is the source file tsc wrote
 *    it from (tsconfig `outDir` → `rootDir`, else `dist/`, `build/` dropped), `.ts` or `.js`.
 * 3. The process runs the files its entry file reaches through imports (ModuleImportsFact). A
 *    connection in a file only one entry reaches is that process's; one several reach is each of
 *    theirs. The graph is built once and walked once per entry: linear in the codebase.
 */
import type { ImageBuildFact, ModuleImportsFact } from './facts.js';
import { fileName, folderOf } from './file-paths.js';
import { isPublicPublisherImage } from './images.js';
import { dockerfileNamedFor } from './named-dockerfiles.js';
import { ownImageDockerfile } from './own-image.js';
import { buildsOnImage } from './derived-images.js';
import { namesProduct } from './names.js';

/** The key of a binding holding the Node process a command starts: `script:<name>` or `file:<path>` (nodeProcessOf). */
export const NODE_PROCESS_KEY = 'node:process';
/** The prefix of a package folder's binding of one script's process (`node:script:worker:prod` = `file:dist/src/queue-worker/queue-worker`). */
export const NODE_SCRIPT_KEY = 'node:script:';
/** The keys of a folder's tsconfig `compilerOptions.outDir` and `rootDir`, relative to the folder. */
export const TSCONFIG_OUT_DIR_KEY = 'tsconfig:outDir';
export const TSCONFIG_ROOT_DIR_KEY = 'tsconfig:rootDir';

/** Programs running a JavaScript file given as their first argument. */
const NODE_RUNNERS = /^(node|nodejs|ts-node|ts-node-esm|tsx|bun)$/;
/** Next.js's own commands starting its server. */
const NEXT_SERVER_COMMANDS = new Set(['start', 'dev']);
/** Node options that take the next word as their value (`-r dotenv/config`). */
const NODE_VALUE_OPTIONS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--env-file', '-C', '--conditions', '--title', '--project', '-P']);
/** Options of the package managers that take the next word (`--prefix dir`, `--filter pkg`). */
const MANAGER_VALUE_OPTIONS = new Set(['--prefix', '-C', '--dir', '--cwd', '--filter', '-F', '-w', '--workspace']);
/** Package-manager commands that run no script of the package (`yarn install`, `npm ci`). */
const MANAGER_COMMANDS = new Set(['install', 'i', 'ci', 'add', 'remove', 'exec', 'dlx', 'x', 'create', 'init', 'build-storybook', 'publish', 'pack', 'link', 'prune', 'rebuild', 'audit', 'config', 'set', 'cache', 'why', 'list', 'ls', 'outdated', 'upgrade', 'up', 'version', 'info', 'help', 'login', 'workspaces', 'dedupe']);

/** The last segment of a program path (`/usr/local/bin/node` → `node`). */
/**
 * The Node process a command line starts: `file:<path>` for `node [options] <path>` (also
 * ts-node, tsx), `script:<name>` for `npm start`, `npm run <name>`, `yarn [run] <name>`, `yarn
 * workspace <pkg> <name>`, `pnpm [run] <name>`, NEXT_SERVER_PROCESS for `next start`; undefined for anything else. The program may
 * follow a wrapper (`dumb-init node dist/main`, `exec`, an ENTRYPOINT's empty first word).
 */
export function nodeProcessOf(words: readonly string[]): string | undefined {
  const next = words.findIndex((word) => fileName(word) === 'next');
  if (next >= 0 && NEXT_SERVER_COMMANDS.has(words[next + 1] ?? '')) return NEXT_SERVER_PROCESS;
  const at = words.findIndex((word) => NODE_RUNNERS.test(fileName(word)) || /^(npm|yarn|pnpm)$/.test(fileName(word)));
  if (at < 0) return undefined;
  const program = fileName(words[at] as string);
  const rest: string[] = [];
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const options = NODE_RUNNERS.test(program) ? NODE_VALUE_OPTIONS : MANAGER_VALUE_OPTIONS;
    if (options.has(word)) index += 1;
    // `node -e '…'` runs no file; `--` ends the options.
    else if (word === '-e' || word === '--eval' || word === '-p' || word === '--print') return undefined;
    else if (!word.startsWith('-')) rest.push(word);
  }
  if (NODE_RUNNERS.test(program)) return rest[0] !== undefined ? `file:${rest[0]}` : undefined;
  let [first, second, third] = rest;
  if (first === 'workspace' && program === 'yarn') [first, second] = [third, undefined];
  if (first === undefined) return undefined;
  if (first === 'run' || first === 'run-script') return second !== undefined ? `script:${second}` : undefined;
  if (first === 'start' || first === 'test') return `script:${first}`;
  // npm runs only its own commands bare; yarn and pnpm run a script by its name alone.
  if (program === 'npm' || MANAGER_COMMANDS.has(first)) return undefined;
  return `script:${first}`;
}

/** Output folders of JavaScript builds, dropped when no tsconfig says where the sources are. */
const BUILD_FOLDERS = new Set(['dist', 'build', 'out', 'lib']);

/** `./dist/` → `dist`; `.` → ''. */
function cleanFolder(path: string): string {
  return path.replace(/^\.\/+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

/** A path inside an image made absolute against a working directory and normalised (`/src` + `./cmd/api` → `/src/cmd/api`). */
export function absoluteIn(workdir: string, path: string): string {
  return `/${joinPaths(path.startsWith('/') ? '' : workdir.replace(/^\/+/, ''), path)}`;
}

/** Joins two relative paths, dropping `.` segments and going up for `..`. */
export function joinPaths(folder: string, path: string): string {
  const segments = folder === '' ? [] : folder.split('/');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/**
 * Where the source of a file a package's command runs may be, relative to the package folder, most
 * likely first: `dist/src/main` with `outDir: ./dist`, `rootDir: ./` → `src/main`; with no tsconfig,
 * the path as written and without its build folder (`dist/main` → `main`, `src/main`).
 */
export function sourceCandidates(file: string, tsconfig: { outDir?: string; rootDir?: string }): string[] {
  const path = cleanFolder(file);
  const found: string[] = [];
  const outDir = tsconfig.outDir !== undefined ? cleanFolder(tsconfig.outDir) : undefined;
  if (outDir !== undefined && outDir !== '' && path.startsWith(`${outDir}/`)) {
    const rest = path.slice(outDir.length + 1);
    // With no rootDir, tsc takes the common folder of the inputs: most often `src/`.
    found.push(...(tsconfig.rootDir !== undefined ? [joinPaths(cleanFolder(tsconfig.rootDir), rest)] : [joinPaths('src', rest), rest]));
  }
  found.push(path);
  const [head, ...tail] = path.split('/');
  if (found.length === 1 && head !== undefined && BUILD_FOLDERS.has(head) && tail.length > 0) found.push(tail.join('/'), joinPaths('src', tail.join('/')));
  return [...new Set(found)];
}

/** Extensions a module specifier may leave out, TypeScript's first (a `.js` specifier may be written for a `.ts` file). */
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** The known file a module path names: as written, with an extension, or its folder's `index`. */
export function moduleFile(path: string, known: ReadonlySet<string>): string | undefined {
  if (known.has(path)) return path;
  const bare = path.replace(/\.(js|jsx|mjs|cjs)$/, '');
  for (const extension of MODULE_EXTENSIONS) if (known.has(bare + extension)) return bare + extension;
  for (const extension of MODULE_EXTENSIONS) if (known.has(`${path}/index${extension}`)) return `${path}/index${extension}`;
  return undefined;
}

/** What a file's own bindings take from a module it loads: some names, or the whole module. */
type Taken = ReadonlySet<string> | 'all';

/** What the graph knows of one file beyond the files it loads (ModuleImportsFact). */
interface ModuleNames {
  /** The names its own bindings take from each file it loads. */
  takes: Map<string, Set<string> | 'all'>;
  /** Names it exports from its own code; undefined when not known (CommonJS, no fact). */
  exports?: Set<string>;
  /** Its re-exports, resolved: `names` exported → the target's name (`*`: all of it); none for `export *`. */
  reexports: { target: string; names?: ReadonlyMap<string, string> }[];
}

/**
 * The local import graph of the scanned JavaScript and TypeScript code, built once: which file
 * each file loads, and which names it takes from each. `resolveBare` gives the file a non-relative
 * specifier names (a workspace package, a tsconfig `paths` alias, a `baseUrl` path;
 * node-specifiers.ts), if any.
 *
 * Reach follows names through re-exports, as a bundler's tree-shaking does: `import { CacheService }
 * from '@acme/shared'`, whose `index.ts` is a barrel of `export * from './services/cache'` and
 * `export * from './services/queue'`, reaches `services/cache.ts`, the file declaring
 * `CacheService`, and not the queue's, so a service using only the cache does not make the queue's
 * connections. A file asked for names it declares runs as a whole (its imports followed); one only
 * passing names on (a barrel) has its re-exports followed for those names. A namespace or
 * side-effect import, `require` and `import()` take the whole module, and a name the file's
 * exports do not account for (CommonJS, a form not read) takes it whole too, as before.
 */
export class ModuleGraph {
  private readonly edges = new Map<string, string[]>();
  private readonly names = new Map<string, ModuleNames>();
  private readonly exportedCache = new Map<string, ReadonlySet<string> | undefined>();

  constructor(imports: readonly ModuleImportsFact[], known: ReadonlySet<string>, resolveBare: (from: string, specifier: string) => string | readonly string[] | undefined) {
    for (const fact of imports) {
      const from = fact.evidence.file;
      const targetOf = new Map<string, string>();
      for (const key of fact.files) {
        const file = moduleFile(key, known);
        if (file !== undefined && file !== from) targetOf.set(key, file);
      }
      // A specifier may name several files (a PHP `glob()` of includes: php-processes.ts).
      for (const key of fact.bare ?? []) {
        const resolved = resolveBare(from, key);
        const files = resolved === undefined ? [] : typeof resolved === 'string' ? [resolved] : resolved;
        files.forEach((file, index) => {
          if (file !== from) targetOf.set(index === 0 ? key : `${key}\n${index}`, file);
        });
      }
      this.edges.set(from, [...(this.edges.get(from) ?? []), ...targetOf.values()]);
      for (const key of fact.commented ?? []) {
        const resolved = moduleFile(key, known) ?? resolveBare(from, key);
        for (const file of resolved === undefined ? [] : typeof resolved === 'string' ? [resolved] : resolved) if (file !== from) this.commentedOut.add(file);
      }
      const names: ModuleNames = this.names.get(from) ?? { takes: new Map(), reexports: [] };
      for (const [key, target] of targetOf) {
        const listed = fact.imports?.[key];
        const before = names.takes.get(target);
        names.takes.set(target, listed === undefined || before === 'all' ? 'all' : new Set([...(before ?? []), ...listed]));
      }
      if (fact.exports) names.exports = new Set([...(names.exports ?? []), ...fact.exports]);
      for (const reexport of fact.reexports ?? []) {
        const target = targetOf.get(reexport.from);
        if (target !== undefined) names.reexports.push({ target, ...(reexport.names ? { names: new Map(Object.entries(reexport.names)) } : {}) });
      }
      this.names.set(from, names);
    }
  }

  private loaders?: Map<string, string[]>;

  /** The files loading a file (importing, requiring or re-exporting it), built on first use. */
  loadersOf(file: string): readonly string[] {
    if (!this.loaders) {
      this.loaders = new Map();
      for (const [from, targets] of this.edges) for (const target of new Set(targets)) this.loaders.set(target, [...(this.loaders.get(target) ?? []), from]);
    }
    return this.loaders.get(file) ?? [];
  }

  /** The names a file exports, through its re-exports; undefined when not all are known. Cached; a cycle adds nothing. */
  private exported(file: string, visiting = new Set<string>()): ReadonlySet<string> | undefined {
    if (this.exportedCache.has(file)) return this.exportedCache.get(file);
    const info = this.names.get(file);
    if (!info?.exports) return undefined;
    if (visiting.has(file)) return new Set();
    visiting.add(file);
    let found: Set<string> | undefined = new Set(info.exports);
    for (const reexport of info.reexports) {
      if (reexport.names) {
        for (const name of reexport.names.keys()) found.add(name);
        continue;
      }
      const inner = this.exported(reexport.target, visiting);
      if (inner === undefined) {
        found = undefined;
        break;
      }
      for (const name of inner) if (name !== 'default') found.add(name);
    }
    visiting.delete(file);
    if (visiting.size === 0) this.exportedCache.set(file, found);
    return found;
  }

  /**
   * The files a process started at `entries` runs: the entries and everything they load,
   * transitively, names followed through re-exports (above), each with the file that loaded it
   * first (none for an entry). A file of `stops` is run but what it loads is not followed.
   */
  reachAll(entries: readonly string[], stops: ReadonlySet<string> = new Set()): Map<string, string | undefined> {
    const seen = new Map<string, string | undefined>(entries.map((entry) => [entry, undefined]));
    const asked = new Map<string, Set<string> | 'all'>();
    // Breadth first, so each file's loader is on a shortest path from an entry; a file asked for
    // more names later is visited again for those only.
    const pending: { file: string; names: Taken }[] = [];
    const ask = (file: string, names: Taken, from: string | undefined): void => {
      const before = asked.get(file);
      if (before === 'all') return;
      let fresh: Taken = names;
      if (names !== 'all') {
        fresh = new Set([...names].filter((name) => !before?.has(name)));
        if (fresh.size === 0) return;
        asked.set(file, new Set([...(before ?? []), ...fresh]));
      } else {
        asked.set(file, 'all');
      }
      if (!seen.has(file)) seen.set(file, from);
      pending.push({ file, names: fresh });
    };
    for (const entry of entries) ask(entry, 'all', undefined);
    for (let index = 0; index < pending.length; index += 1) {
      const { file, names } = pending[index] as (typeof pending)[number];
      // A service map a process picks its own entries of (node-cli.ts serviceMapEntries): its modules are not all loaded.
      if (stops.has(file)) continue;
      const info = this.names.get(file);
      const routed = names === 'all' || !info?.exports ? undefined : this.route(info, info.exports, names);
      if (routed === undefined) {
        // The whole file: its own imports and everything it re-exports.
        for (const [target, taken] of info?.takes ?? []) ask(target, taken, file);
        for (const reexport of info?.reexports ?? []) ask(reexport.target, 'all', file);
        continue;
      }
      for (const [target, wanted] of routed.passed) ask(target, wanted, file);
      // Its own code runs when it declares a name asked for; a barrel only passing names on runs
      // only what it loads whole (`import './polyfills'`).
      for (const [target, taken] of info?.takes ?? []) if (routed.declares || taken === 'all') ask(target, taken, file);
    }
    return seen;
  }

  /**
   * Where a file sends the names it is asked for: to the targets of its re-exports holding them.
   * Undefined when a name is neither its own nor found through them: the file is taken whole.
   */
  private route(info: ModuleNames, own: ReadonlySet<string>, names: ReadonlySet<string>): { declares: boolean; passed: Map<string, Taken> } | undefined {
    const passed = new Map<string, Taken>();
    const pass = (target: string, name: string): void => {
      const before = passed.get(target);
      if (before === 'all') return;
      passed.set(target, name === '*' ? 'all' : new Set([...(before ?? []), name]));
    };
    let declares = false;
    const stars = info.reexports.filter((reexport) => !reexport.names);
    for (const name of names) {
      if (own.has(name)) {
        declares = true;
        continue;
      }
      const named = info.reexports.filter((reexport) => reexport.names?.has(name));
      if (named.length > 0) {
        for (const reexport of named) pass(reexport.target, reexport.names?.get(name) as string);
        continue;
      }
      // `export *` passes on every name but the default, to whichever module holds it (all that
      // may, when one's exports are not known).
      const holders = name === 'default' ? [] : stars.filter((star) => this.exported(star.target)?.has(name) ?? true);
      if (holders.length === 0) return undefined;
      for (const star of holders) pass(star.target, name);
    }
    return { declares, passed };
  }

  private loadedCache: Set<string> | undefined;
  /** Files some comment loads (ModuleImportsFact.commented). */
  private readonly commentedOut = new Set<string>();

  /** Whether any file of the graph loads this one (an import, a require, a re-export). */
  isLoaded(file: string): boolean {
    this.loadedCache ??= new Set([...this.edges.values()].flat());
    return this.loadedCache.has(file);
  }

  /** Whether only commented-out code loads this file: written, then unwired (`// import { RedisCache } from './cache'`). */
  isUnwired(file: string): boolean {
    return this.commentedOut.has(file) && !this.isLoaded(file);
  }

  /**
   * The files one file's own code imports (`import { a } from './a'`, `import './polyfills'`), not
   * those it only re-exports whole (`export * from './b'`): what runs whichever of its functions is called.
   */
  ownImports(file: string): readonly string[] {
    // A module only re-exported gives the file's own bindings no name (an empty set taken).
    return [...(this.names.get(file)?.takes ?? [])].filter(([, taken]) => taken === 'all' || taken.size > 0).map(([target]) => target);
  }

  /** The files one file loads. */
  loads(file: string): readonly string[] {
    return this.edges.get(file) ?? [];
  }

  /** The files a process started at `entry` runs: the entry and everything it loads, transitively. */
  reach(entry: string): Set<string> {
    return new Set(this.reachAll([entry]).keys());
  }
}

/** The value of a Node process that is a Next.js server of its package (`next start`, a standalone build's `node server.js`). */
export const NEXT_SERVER_PROCESS = 'next:server';
/** The binding of a package folder whose package.json depends on Next.js. */
export const NEXT_APP_KEY = 'node:next-app';

/** Files Next.js loads by their place in `app/` (the router's special files) besides `pages/**`. */
const NEXT_APP_FILES = /^(page|route|layout|template|loading|error|global-error|not-found|default|opengraph-image|twitter-image|icon|apple-icon|sitemap|robots|manifest)\.(ts|tsx|js|jsx|mjs)$/;
/** Files Next.js loads at the root of the app (or of its `src/`). */
const NEXT_ROOT_FILES = /^(middleware|instrumentation)\.(ts|tsx|js|jsx|mjs)$/;

/**
 * The entry files of a Next.js app in `folder`: a Next server starts no one file but loads every
 * route module, `pages/**` (API routes included), the `app/` router's pages, route handlers and
 * layouts, and `middleware`/`instrumentation`, in the app's folder or its `src/`.
 */
export function nextEntries(folder: string, known: Iterable<string>): string[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  const found: string[] = [];
  for (const file of known) {
    if (!file.startsWith(prefix)) continue;
    const inApp = file.slice(prefix.length).replace(/^src\//, '');
    const name = inApp.slice(inApp.lastIndexOf('/') + 1);
    if (/^pages\/.+\.(ts|tsx|js|jsx|mjs)$/.test(inApp) && !/\.d\.ts$/.test(inApp)) found.push(file);
    else if (inApp.startsWith('app/') && NEXT_APP_FILES.test(name)) found.push(file);
    else if (inApp === name && NEXT_ROOT_FILES.test(name)) found.push(file);
  }
  return found.sort();
}

/** What one Dockerfile is known to build, merged from the Dockerfile and the commands building it. */
export interface DockerfileBuild {
  dockerfile: string;
  /** The Dockerfile itself was read (a build command may name one the scan does not hold). */
  read: boolean;
  images: Set<string>;
  context?: string;
  stage?: string;
  codeRoot?: string;
  /** The JVM archives it copies in, by base name (ImageBuildFact.artifacts). */
  artifacts?: Set<string>;
  /** The project folders whose build output it copies in (ImageBuildFact.builtProjects). */
  builtProjects?: Set<string>;
  /** A build publishes it as the repository's own image (ImageBuildFact.repositoryImage). */
  repositoryImage?: boolean;
  /**
   * The build arguments each image is built with (ImageBuildFact.buildArguments), by image name; an
   * image two builds give different values to has none.
   */
  argumentsOf?: Map<string, Record<string, string> | undefined>;
  /** The final stage's working directory and its copies from the context (ImageBuildFact.workdir, .copies). */
  workdir?: string;
  copies?: readonly { source: string; destination: string }[];
  /** The file patterns it copies into a folder (ImageBuildFact.copiedPatterns). */
  copiedPatterns?: readonly { source: string; destination: string }[];
  /** Proxies its copied scripts start, by image path (ImageBuildFact.startedProducts). */
  startedProducts?: Readonly<Record<string, string>>;
  /** Proxies its ENTRYPOINT script starts, by first argument (ImageBuildFact.entrypointProducts). */
  entrypointProducts?: Readonly<Record<string, string>>;
  /** The repository's files its ENTRYPOINT script's proxy branches render, by first argument (ImageBuildFact.entrypointConfigs). */
  entrypointConfigs?: Readonly<Record<string, readonly string[]>>;
  /** The context's paths the image's stages copy in (ImageBuildFact.builtFrom). */
  builtFrom?: readonly string[];
  /** Names its OCI labels give the image (ImageBuildFact.labelledImages). */
  labelledImages?: Set<string>;
  /** The image its final stage starts from (ImageBuildFact.baseImage). */
  baseImage?: string;
  /** The workspace packages its command or build selects by name (ImageBuildFact.workspacePackages). */
  workspacePackages?: readonly string[];
}

/** The ImageBuildFacts of each Dockerfile merged into one record. */
export function dockerfileBuilds(facts: readonly ImageBuildFact[]): Map<string, DockerfileBuild> {
  const builds = new Map<string, DockerfileBuild>();
  for (const fact of facts) {
    const build = builds.get(fact.dockerfile) ?? { dockerfile: fact.dockerfile, read: false, images: new Set<string>() };
    build.read ||= fact.evidence.file === fact.dockerfile;
    for (const image of fact.images ?? []) build.images.add(image.toLowerCase());
    build.context ??= fact.context;
    build.stage ??= fact.stage;
    build.codeRoot ??= fact.codeRoot;
    build.workdir ??= fact.workdir;
    build.copies ??= fact.copies;
    build.copiedPatterns ??= fact.copiedPatterns;
    build.startedProducts ??= fact.startedProducts;
    build.entrypointProducts ??= fact.entrypointProducts;
    build.entrypointConfigs ??= fact.entrypointConfigs;
    build.builtFrom ??= fact.builtFrom;
    build.baseImage ??= fact.baseImage;
    build.workspacePackages ??= fact.workspacePackages;
    for (const image of fact.labelledImages ?? []) (build.labelledImages ??= new Set()).add(image);
    for (const artifact of fact.artifacts ?? []) (build.artifacts ??= new Set()).add(artifact);
    for (const folder of fact.builtProjects ?? []) (build.builtProjects ??= new Set()).add(folder);
    if (fact.repositoryImage === true) build.repositoryImage = true;
    for (const image of fact.images ?? []) {
      const name = image.toLowerCase();
      const given = fact.buildArguments;
      if (given === undefined) continue;
      build.argumentsOf ??= new Map();
      const known = build.argumentsOf.has(name) ? build.argumentsOf.get(name) : given;
      build.argumentsOf.set(name, known !== undefined && JSON.stringify(known) === JSON.stringify(given) ? given : undefined);
    }
    builds.set(fact.dockerfile, build);
  }
  return builds;
}

/** The last path segment of an image name (`ghcr.io/acme/app` → `app`). */
function lastSegment(image: string): string {
  return image.slice(image.lastIndexOf('/') + 1).toLowerCase();
}

/**
 * The Dockerfile that builds an image (a name without tag): the one a build command tags with the
 * name (the whole name, else its last segment when only one build's tag ends so); else the one
 * Dockerfile with a folder or final stage named like the name's last segment
 * (`packages/app-docker/app/Dockerfile`, `FROM node AS app` for `acme/app`); else the one named
 * for it by nameKey (named-dockerfiles.ts); else, for the repository's own image (its last segment one of `ownNames`), its only untagged Dockerfile
 * (own-image.ts); undefined when none or several fit.
 */
export function dockerfileOfImage(image: string, builds: ReadonlyMap<string, DockerfileBuild>, ownNames: ReadonlySet<string> = new Set()): DockerfileBuild | undefined {
  return dockerfileTieOfImage(image, builds, ownNames)?.build;
}

/**
 * dockerfileOfImage, and whether only the Dockerfile's name ties it to the image
 * (named-dockerfiles.ts dockerfileNamedFor): a guess whose Dockerfile may hold none of the image's
 * code (named-dockerfiles.ts copiesNoCode).
 */
export function dockerfileTieOfImage(image: string, builds: ReadonlyMap<string, DockerfileBuild>, ownNames: ReadonlySet<string> = new Set()): { build: DockerfileBuild; byName: boolean } | undefined {
  const tie = (build: DockerfileBuild | undefined, byName = false): { build: DockerfileBuild; byName: boolean } | undefined => (build !== undefined ? { build, byName } : undefined);
  const name = image.toLowerCase();
  // A Dockerfile built FROM the image makes another image of it (derived-images.ts).
  const own = [...builds.values()].filter((build) => !buildsOnImage(build.baseImage, name));
  const all = own.filter((build) => build.read);
  const tagged = all.filter((build) => build.images.has(name));
  if (tagged.length > 0) return tie(tagged.length === 1 ? tagged[0] : undefined);
  const last = lastSegment(name);
  if (last === '') return undefined;
  const bySegment = all.filter((build) => [...build.images].some((tag) => lastSegment(tag) === last));
  if (bySegment.length > 0) return tie(bySegment.length === 1 ? bySegment[0] : undefined);
  // An untagged Dockerfile whose OCI labels name the image (`org.opencontainers.image.title="tally"`,
  // `org.opencontainers.image.source` of the repository published as `ghcr.io/<owner>/<repo>`).
  const labelled = all.filter((build) => build.images.size === 0 && [...(build.labelledImages ?? [])].some((label) => label === name || (!label.includes('/') && label === last)));
  if (labelled.length > 0) return tie(labelled.length === 1 ? labelled[0] : undefined);
  // A public publisher's image (`bitnami/kubectl`) is theirs, whatever folder here is named like it.
  if (isPublicPublisherImage(name)) return undefined;
  const byName = all.filter((build) => build.images.size === 0 && (lastSegment(folderOf(build.dockerfile)) === last || build.stage?.toLowerCase() === last));
  if (byName.length > 0) return tie(byName.length === 1 ? byName[0] : undefined);
  const copying = all.filter((build) => build.images.size === 0 && namesProduct(last, copiedFolderName(build)));
  // Variants of one Dockerfile (`Dockerfile.frontend.public`, `Dockerfile.frontend.dev`) copying
  // the same folder are one codebase; two folders answering are two.
  if (copying.length > 0) return tie(new Set(copying.map((build) => build.codeRoot)).size === 1 ? [...copying].sort((left, right) => left.dockerfile.localeCompare(right.dockerfile))[0] : undefined);
  // The one untagged Dockerfile named for the image by nameKey (`Dockerfile.persistenceagent`,
  // `connectors/…/mitre/Dockerfile` for `acme/connector-mitre`): named-dockerfiles.ts.
  const named = dockerfileNamedFor(name, all);
  return named !== undefined ? tie(named, true) : tie(ownImageDockerfile(name, own, ownNames));
}

/** `Dockerfile.frontend`, `Dockerfile.frontend.public`: a Dockerfile named for what it builds. */
const DOCKERFILE_FOR = /^dockerfile\.([a-z0-9][a-z0-9_-]*)(\.[^/]*)?$/i;

/**
 * The name a Dockerfile is named for when it is also the folder its code comes from
 * (`Dockerfile.frontend.public` whose `COPY frontend/ /app` is its code root): a repository
 * building several projects from one root keeps a Dockerfile per project folder.
 */
export function copiedFolderName(build: Pick<DockerfileBuild, 'dockerfile' | 'codeRoot'>): string | undefined {
  const named = DOCKERFILE_FOR.exec(build.dockerfile.slice(build.dockerfile.lastIndexOf('/') + 1))?.[1]?.toLowerCase();
  const copied = build.codeRoot?.replace(/\/+$/, '');
  return named !== undefined && copied !== undefined && lastSegment(copied) === named ? named : undefined;
}


/**
 * The build arguments an image is built with: those of the build tagging its whole name, else of the
 * one tag ending with its last segment.
 */
export function buildArgumentsOf(image: string, build: DockerfileBuild): Record<string, string> | undefined {
  const name = image.toLowerCase();
  if (build.argumentsOf?.has(name) === true || build.images.has(name)) return build.argumentsOf?.get(name);
  const last = lastSegment(name);
  const tagged = [...build.images].filter((tag) => lastSegment(tag) === last);
  return tagged.length === 1 ? build.argumentsOf?.get(tagged[0] as string) : undefined;
}

/**
 * The folder an image built from a Dockerfile runs as its code, relative to the scan root: the code
 * root under the build context (or, with no build command to say, under the Dockerfile's folder or
 * the repository's root, whichever `isFolder` knows); with no code root, the build context, else
 * the Dockerfile's folder.
 */
export function imageCodeFolder(build: DockerfileBuild, isFolder: (folder: string) => boolean): string {
  const folder = folderOf(build.dockerfile);
  if (build.codeRoot === undefined) return build.context ?? folder;
  const candidates = build.context !== undefined ? [joinPaths(build.context, build.codeRoot)] : [joinPaths(folder, build.codeRoot), joinPaths('', build.codeRoot)];
  return candidates.find(isFolder) ?? build.context ?? folder;
}

/**
 * The project folder an image's Node process runs when the image copies in a whole workspace (`COPY
 * . .` of a monorepo whose root package.json makes no component): the script its command names
 * (`npm run backend`, followed through scripts naming scripts, `scriptOf`) starts `node
 * api/server/index.js`, so the image runs the project holding that file (`api/`, `@acme/backend`),
 * not every package of the workspace. The deepest of `projectRoots` holding the entry file, below
 * `root`; undefined when the process is no file or no project holds it.
 */
export function processProjectRoot(process: string | undefined, root: string, scriptOf: (name: string) => string | undefined, projectRoots: ReadonlySet<string>): string | undefined {
  let value = process;
  for (let hop = 0; hop < 5 && value?.startsWith('script:'); hop += 1) value = scriptOf(value.slice('script:'.length));
  if (!value?.startsWith('file:')) return undefined;
  const path = joinPaths(root, value.slice('file:'.length));
  if (root !== '' && !path.startsWith(`${root}/`)) return undefined;
  for (let folder = folderOf(path); folder !== root; folder = folderOf(folder)) {
    if (projectRoots.has(folder)) return folder;
    if (folder === '') break;
  }
  return undefined;
}
