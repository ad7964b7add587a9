/**
 * Which file of the scan a non-relative module specifier of JavaScript or TypeScript code names, as
 * the tools resolving it at build time do:
 *
 * - **tsconfig `paths`** (`"@/*": ["./src/*"]`, `"~/*"`), relative to `baseUrl` when the config (or
 *   one it `extends`) sets one, else to the config that declares them; a bare specifier is also
 *   tried under `baseUrl` (`src/mail/mail.module`);
 * - **workspace packages** (pnpm, yarn, npm workspaces link each package of the repository into
 *   `node_modules` by its `name`): `@acme/shared` is the package so named, its entry the `exports`
 *   "." target (`main`, `module`, `types`, else `index`), `@acme/shared/server` the `"./server"`
 *   subpath export (patterns `"./*"` too), and with no export for the subpath the path inside the
 *   package's folder (`@acme/shared/src/server`), as TypeScript's node resolution does. A target in
 *   a build folder (`./dist/index.js`, `./dist/index.d.ts`) is read from its source through the
 *   package's tsconfig `outDir`/`rootDir`, as other compiled entry files are (node-processes.ts).
 *
 * Pure: the caller gives the package and tsconfig facts (bindings of their folders) and the known
 * files. Of several packages of one name (copies, examples), the one nearest the importing file,
 * then the shallowest.
 */
import { folderOf } from './file-paths.js';
import { joinPaths, moduleFile, sourceCandidates } from './node-processes.js';

/** The binding of a package folder holding its package.json `name`. */
export const NODE_PACKAGE_NAME_KEY = 'node:package:name';
/** The binding of a package folder holding its entry points: JSON `[subpath, targets[]][]` (exportsTargets). */
export const NODE_PACKAGE_EXPORTS_KEY = 'node:package:exports';
/** The prefix of a folder's binding holding one tsconfig file's options (`tsconfig:config:tsconfig.base.json`), JSON TsconfigOptions. */
export const TSCONFIG_CONFIG_KEY = 'tsconfig:config:';

/** A specifier that may name a file of the package through tsconfig `baseUrl` with no tsconfig read (`src/mail/mail.module`): a path, not a package (`@nestjs/core`, `lodash/fp`). */
export const BASE_URL_PATH = /^(src|app|lib|apps|libs|packages)\//;

/** What one tsconfig file says about module resolution and output, as written. */
export interface TsconfigOptions {
  extends?: string[];
  baseUrl?: string;
  paths?: Record<string, string[]>;
  outDir?: string;
  rootDir?: string;
}

/** A tsconfig file's options, with the file's path. */
export interface TsconfigFile {
  path: string;
  options: TsconfigOptions;
}

/** One workspace package: its folder, name and entry points (subpath → targets, relative to the folder). */
export interface WorkspacePackage {
  folder: string;
  name: string;
  exports: readonly (readonly [string, readonly string[]])[];
}

/** The conditions read in an `exports` map, most source-like first: a workspace package's `types` often names its source. */
const CONDITIONS = ['types', 'import', 'module', 'node', 'default', 'require'];

/** The targets of one `exports` value: a string, an array of them, or a conditions object (nested). */
function targetsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targetsOf);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const ordered = [...CONDITIONS.filter((name) => name in record), ...Object.keys(record).filter((name) => !CONDITIONS.includes(name))];
  return [...new Set(ordered.flatMap((name) => targetsOf(record[name])))];
}

/**
 * A package.json's entry points by subpath (`.`, `./server`, `./*`), each with its targets most
 * source-like first: the `exports` map (a string or conditions object alone is the "." entry), and
 * `types`, `typings`, `module`, `main` for "." when `exports` gives none.
 */
export function exportsTargets(manifest: Record<string, unknown>): [string, string[]][] {
  const found = new Map<string, string[]>();
  const exported = manifest.exports;
  const subpaths = typeof exported === 'object' && exported !== null && !Array.isArray(exported) && Object.keys(exported).some((key) => key.startsWith('.'));
  if (subpaths) {
    for (const [subpath, value] of Object.entries(exported as Record<string, unknown>)) if (subpath.startsWith('.')) found.set(subpath, targetsOf(value));
  } else if (exported !== undefined) {
    found.set('.', targetsOf(exported));
  }
  if (!found.has('.')) {
    const fields = ['types', 'typings', 'module', 'main'].map((field) => manifest[field]).filter((value): value is string => typeof value === 'string');
    if (fields.length > 0) found.set('.', [...new Set(fields)]);
  }
  return [...found].filter(([, targets]) => targets.length > 0);
}

/** `dist/index.d.ts` → `dist/index`: a declaration stands for the module compiled beside it. */
function withoutDeclaration(path: string): string {
  return path.replace(/\.d\.(ts|mts|cts)$/, '');
}

/** Matches a specifier against a `paths` or `exports` pattern (`@/*`, `./*`): the text the `*` stands for, or undefined. */
function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** The tsconfig options in force for a config file, its `extends` chain merged (the extending file's own options win). */
export interface ResolvedTsconfig {
  /** Scan-relative folder `baseUrl` names. */
  baseUrl?: string;
  /** `paths` patterns with their targets, scan-relative. */
  paths: { pattern: string; targets: string[] }[];
  outDir?: string;
  rootDir?: string;
}

/** Resolves tsconfig files and workspace package specifiers over one scan's facts. */
export class SpecifierResolver {
  private readonly configs = new Map<string, TsconfigOptions>();
  private readonly resolved = new Map<string, ResolvedTsconfig>();
  private readonly packagesByName = new Map<string, WorkspacePackage[]>();
  private readonly packageFolders = new Map<string, WorkspacePackage>();

  constructor(
    tsconfigs: readonly TsconfigFile[],
    packages: readonly WorkspacePackage[],
    private readonly known: ReadonlySet<string>,
  ) {
    for (const config of tsconfigs) this.configs.set(config.path, config.options);
    for (const item of packages) {
      this.packagesByName.set(item.name, [...(this.packagesByName.get(item.name) ?? []), item]);
      this.packageFolders.set(item.folder, item);
    }
  }

  /** The config file an `extends` entry of a config names: a relative path, else a workspace package's file. */
  private extended(from: string, target: string): string | undefined {
    const folder = folderOf(from);
    const candidates = target.startsWith('.') || target.startsWith('/') ? [joinPaths(folder, target)] : this.inPackage(from, target);
    for (const candidate of candidates) {
      for (const path of [candidate, `${candidate}.json`, `${candidate}/tsconfig.json`]) if (this.configs.has(path)) return path;
    }
    return undefined;
  }

  /** Paths a specifier names inside the workspace package of its name, nearest first (no exports applied). */
  private inPackage(from: string, specifier: string): string[] {
    const split = splitPackageSpecifier(specifier);
    if (!split) return [];
    return this.packagesNamed(split.name, from).map((item) => joinPaths(item.folder, split.subpath));
  }

  /** The packages of a name, the one sharing the longest folder prefix with `from` first. */
  private packagesNamed(name: string, from: string): WorkspacePackage[] {
    const shared = (folder: string): number => {
      const left = folder.split('/');
      const right = folderOf(from).split('/');
      let count = 0;
      while (count < left.length && left[count] === right[count]) count += 1;
      return count;
    };
    // Then the shallowest: a workspace's own package over a copy in an example or template.
    const depth = (folder: string): number => folder.split('/').length;
    return [...(this.packagesByName.get(name) ?? [])].sort(
      (left, right) => shared(right.folder) - shared(left.folder) || depth(left.folder) - depth(right.folder) || (left.folder < right.folder ? -1 : 1),
    );
  }

  /** The options in force for one config file, `extends` followed (at most 8 deep). */
  tsconfig(path: string, depth = 0): ResolvedTsconfig {
    const cached = this.resolved.get(path);
    if (cached) return cached;
    const options = this.configs.get(path) ?? {};
    const folder = folderOf(path);
    let merged: ResolvedTsconfig = { paths: [] };
    // Later entries of an `extends` array win over earlier ones, and the file's own options over all.
    for (const target of depth < 8 ? (options.extends ?? []) : []) {
      const base = this.extended(path, target);
      if (base === undefined) continue;
      const inherited = this.tsconfig(base, depth + 1);
      merged = { ...merged, ...inherited, paths: inherited.paths.length > 0 ? inherited.paths : merged.paths };
    }
    if (options.baseUrl !== undefined) merged.baseUrl = joinPaths(folder, options.baseUrl);
    if (options.outDir !== undefined) merged.outDir = joinPaths(folder, options.outDir);
    if (options.rootDir !== undefined) merged.rootDir = joinPaths(folder, options.rootDir);
    if (options.paths !== undefined) {
      // Relative to baseUrl when one is in force, else to the file declaring them.
      const base = merged.baseUrl ?? folder;
      merged.paths = Object.entries(options.paths).map(([pattern, targets]) => ({ pattern, targets: targets.map((target) => joinPaths(base, target)) }));
    }
    this.resolved.set(path, merged);
    return merged;
  }

  /** The tsconfig.json governing a file: the nearest one in its folder or above. */
  tsconfigOf(file: string): ResolvedTsconfig | undefined {
    let folder = folderOf(file);
    for (;;) {
      const path = folder === '' ? 'tsconfig.json' : `${folder}/tsconfig.json`;
      if (this.configs.has(path)) return this.tsconfig(path);
      if (folder === '') return undefined;
      folder = folderOf(folder);
    }
  }

  /** The known file a module path names, a compiled file's source tried through the tsconfig of `folder`. */
  private fileOf(path: string, folder: string): string | undefined {
    const direct = moduleFile(withoutDeclaration(path), this.known);
    if (direct) return direct;
    const inFolder = folder === '' ? path : path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
    if (inFolder === undefined) return undefined;
    const config = this.tsconfigOf(`${folder === '' ? '' : `${folder}/`}package.json`);
    const relative = (value: string | undefined): string | undefined => (value === undefined ? undefined : folder === '' ? value : value.startsWith(`${folder}/`) ? value.slice(folder.length + 1) : value === folder ? '' : undefined);
    const outDir = relative(config?.outDir);
    const rootDir = relative(config?.rootDir);
    const tsconfig = { ...(outDir !== undefined ? { outDir } : {}), ...(rootDir !== undefined ? { rootDir } : {}) };
    for (const candidate of sourceCandidates(withoutDeclaration(inFolder), tsconfig)) {
      const found = moduleFile(joinPaths(folder, candidate), this.known);
      if (found) return found;
    }
    return undefined;
  }

  /** The file a workspace package specifier names (`@acme/shared`, `@acme/shared/server`, `@acme/shared/src/x`). */
  packageFile(from: string, specifier: string): string | undefined {
    const split = splitPackageSpecifier(specifier);
    if (!split) return undefined;
    for (const item of this.packagesNamed(split.name, from)) {
      const subpath = split.subpath === '' ? '.' : `./${split.subpath}`;
      // An exact subpath first, then the longest pattern (`./*`, `./utils/*`).
      const exact = item.exports.find(([key]) => key === subpath);
      const patterned = item.exports
        .map(([key, targets]) => ({ key, targets, star: matchPattern(key, subpath) }))
        .filter((entry) => entry.star !== undefined && entry.key.includes('*'))
        .sort((left, right) => right.key.length - left.key.length)[0];
      const targets = exact ? exact[1] : patterned ? patterned.targets.map((target) => target.replace(/\*/g, patterned.star as string)) : [];
      for (const target of targets) {
        const found = this.fileOf(joinPaths(item.folder, target), item.folder);
        if (found) return found;
      }
      // No export for the subpath: the path inside the package, as TypeScript's node resolution reads it.
      const inside = split.subpath === '' ? item.folder : joinPaths(item.folder, split.subpath);
      const found = split.subpath === '' ? moduleFile(`${item.folder === '' ? '' : `${item.folder}/`}index`, this.known) : this.fileOf(inside, item.folder);
      if (found) return found;
    }
    return undefined;
  }

  /** The file a tsconfig `paths` alias or `baseUrl` path names, for code of `from`. */
  aliasFile(from: string, specifier: string): string | undefined {
    const config = this.tsconfigOf(from);
    if (!config) return undefined;
    const matches = config.paths
      .map((entry) => ({ ...entry, star: matchPattern(entry.pattern, specifier) }))
      .filter((entry) => entry.star !== undefined)
      .sort((left, right) => right.pattern.replace('*', '').length - left.pattern.replace('*', '').length);
    for (const match of matches) {
      for (const target of match.targets) {
        const found = moduleFile(target.replace(/\*/g, match.star as string), this.known);
        if (found) return found;
      }
    }
    return config.baseUrl !== undefined ? moduleFile(joinPaths(config.baseUrl, specifier), this.known) : undefined;
  }

  /** The workspace package whose folder is exactly `folder`, if any. */
  packageAt(folder: string): WorkspacePackage | undefined {
    return this.packageFolders.get(folder);
  }
}

/** `@acme/shared/src/x` → name `@acme/shared`, subpath `src/x`; `lodash` → `lodash`, ''. Undefined for what names no package. */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return undefined;
  const segments = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  if (segments.length < count || segments.slice(0, count).some((segment) => segment === '')) return undefined;
  return { name: segments.slice(0, count).join('/'), subpath: segments.slice(count).join('/') };
}

/** The bindings module resolution reads (a BindingFact's shape, without depending on the rest of it). */
interface FolderBinding {
  scope?: string;
  key: string;
  value: string;
}

/** Parses a binding's JSON value, undefined when it is not what the source wrote. */
function parsed<T>(value: string): T | undefined {
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

/**
 * The folders of the scan's own npm packages by the name each package.json declares: a
 * dependency on one of these names is on a workspace package of the repository (linked in by
 * npm, yarn or pnpm whatever version it asks, `"0.0.0"`, `"*"`, `"^1.2.0"` as `workspace:*`),
 * code built in, not a package from the registry.
 */
export function workspacePackageFolders(bindings: readonly FolderBinding[]): Map<string, string> {
  const folders = new Map<string, string>();
  for (const binding of bindings) if (binding.scope !== undefined && binding.key === NODE_PACKAGE_NAME_KEY && !folders.has(binding.value)) folders.set(binding.value, binding.scope);
  return folders;
}

/**
 * The resolver of non-relative specifiers for a scan: tsconfig `paths` and `baseUrl` of the
 * importing file's tsconfig first (as tsc and bundlers apply them before `node_modules`), then the
 * workspace package of the name, then (no tsconfig saying) a `src/…`-like path under the package
 * folder `packageOf` gives, as a NestJS `baseUrl: "./"` reads it.
 */
export function moduleResolverOf(bindings: readonly FolderBinding[], known: ReadonlySet<string>, packageOf: (file: string) => string | undefined): (from: string, specifier: string) => string | undefined {
  const tsconfigs: TsconfigFile[] = [];
  const names = new Map<string, string>();
  const exported = new Map<string, [string, string[]][]>();
  for (const binding of bindings) {
    if (binding.scope === undefined) continue;
    if (binding.key.startsWith(TSCONFIG_CONFIG_KEY)) {
      const options = parsed<TsconfigOptions>(binding.value);
      const name = binding.key.slice(TSCONFIG_CONFIG_KEY.length);
      if (options) tsconfigs.push({ path: binding.scope === '' ? name : `${binding.scope}/${name}`, options });
    } else if (binding.key === NODE_PACKAGE_NAME_KEY) names.set(binding.scope, binding.value);
    else if (binding.key === NODE_PACKAGE_EXPORTS_KEY) exported.set(binding.scope, parsed<[string, string[]][]>(binding.value) ?? []);
  }
  const packages = [...names].map(([folder, name]) => ({ folder, name, exports: exported.get(folder) ?? [] }));
  const resolver = new SpecifierResolver(tsconfigs, packages, known);
  return (from, specifier) => {
    const found = resolver.aliasFile(from, specifier) ?? resolver.packageFile(from, specifier);
    if (found !== undefined || !BASE_URL_PATH.test(specifier)) return found;
    const root = packageOf(from);
    return root !== undefined ? moduleFile(joinPaths(root, specifier), known) : undefined;
  };
}
