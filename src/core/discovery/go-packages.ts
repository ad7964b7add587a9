/**
 * Go packages by import path. A Go file names another package's code by the package's name
 * (`app.New(cfg)` after `import "github.com/acme/shop/internal/counter/app"`), and sources read
 * one file, so CodeNamesFacts write Go names qualified by package name (code-declarations.ts). In
 * a module holding several services, packages of one name are common (`internal/counter/app`,
 * `internal/barista/app`, each service's `config`, `repo`, `router`): by name alone, the counter's
 * `app.New` would reach the barista's `app.New` too, and the counter would make the barista's
 * connections (library-reach.ts).
 *
 * Here the names are requalified by import path: a package's import path is its module's path
 * (the `module` line of the nearest `go.mod` above it) joined with its folder, and an import names
 * it by that path. A name of a package no `go.mod` of the scan holds (a file outside any module of
 * the scan, an import of another module) keeps its package name, so what cannot be told apart
 * still meets by name as before.
 *
 * Pure: the caller says where the modules are.
 */
import type { CodeDeclaration, CodeNamesFact, Evidence } from './facts.js';
import { folderOf } from './file-paths.js';

/** A Go module of the scan: its folder (relative, '' for the root) and its module path. */
export interface GoModule {
  root: string;
  path: string;
}

/** Whether a folder is a module root or inside it. */
function inside(folder: string, root: string): boolean {
  return root === '' || folder === root || folder.startsWith(`${root}/`);
}

/** The import path of the package in a folder, when a module of the scan holds the folder. */
export function importPathOf(folder: string, modules: readonly GoModule[]): string | undefined {
  let best: GoModule | undefined;
  for (const module of modules) if (inside(folder, module.root) && (best === undefined || module.root.length > best.root.length)) best = module;
  if (!best) return undefined;
  const rest = best.root === '' ? folder : folder.slice(best.root.length + 1);
  return rest === '' ? best.path : `${best.path}/${rest}`;
}

/** Whether an import path is of a package inside one of the scan's modules. */
function held(path: string, modules: readonly GoModule[]): boolean {
  return modules.some((module) => path === module.path || path.startsWith(`${module.path}/`));
}

/** Each Go file's names qualified by import path where its module is known; other facts as they are. */
export function qualifyGoNames(facts: readonly CodeNamesFact[], modules: readonly GoModule[]): CodeNamesFact[] {
  if (modules.length === 0) return [...facts];
  // A package's `init` functions run whenever the package is used (cobra commands add their
  // subcommands there): every declaration of such a package reaches them.
  const initialised = new Set<string>();
  for (const fact of facts) {
    const path = fact.go && fact.declarations.some((declaration) => declaration.name === `${fact.go?.package}.init` && declaration.parent === undefined) ? importPathOf(folderOf(fact.evidence.file), modules) : undefined;
    if (path !== undefined) initialised.add(path);
  }
  const declaredIn = packagesDeclaring(facts, modules);
  return facts.map((fact) => {
    if (!fact.go) return fact;
    // The package names the file qualifies by, each to its import path.
    const qualifiers = new Map<string, string>();
    const own = importPathOf(folderOf(fact.evidence.file), modules);
    if (own !== undefined) qualifiers.set(fact.go.package, own);
    // A package of the module the scan holds no file of (generated at build time, trimmed, behind
    // a build tag): a name of it meets the one scanned package of that name declaring it, as an
    // out-of-scan package's names meet by package name; else it keeps its import path.
    const absent = new Set<string>();
    // An import wins over the file's own package name: that is what `app.New` means in the file.
    for (const [name, path] of Object.entries(fact.go.imports)) {
      if (!held(path, modules)) continue;
      qualifiers.set(name, path);
      if (declaredIn.scanned.has(path)) absent.delete(name);
      else absent.add(name);
    }
    if (qualifiers.size === 0) return fact;
    const rename = (name: string): string => {
      const dot = name.indexOf('.');
      if (dot <= 0) return name;
      const qualifier = name.slice(0, dot);
      // Of an absent package: the one scanned package of that name declaring the name, else by its import path.
      const path = (absent.has(qualifier) ? soleDeclarer(declaredIn.byName, name) : undefined) ?? qualifiers.get(qualifier);
      return path === undefined ? name : `${path}${name.slice(dot)}`;
    };
    const init = own !== undefined && initialised.has(own) ? `${own}.init` : undefined;
    const declarations = fact.declarations.map((declaration): CodeDeclaration => {
      const name = rename(declaration.name);
      const references = declaration.references.map(rename);
      if (init !== undefined && name !== init && !references.includes(init)) references.push(init);
      return { ...declaration, name, ...(declaration.parent !== undefined ? { parent: rename(declaration.parent) } : {}), references };
    });
    const uses: Record<string, number> = {};
    for (const [name, line] of Object.entries(fact.uses)) {
      const renamed = rename(name);
      if (uses[renamed] === undefined || line < (uses[renamed] as number)) uses[renamed] = line;
    }
    return { ...fact, declarations, uses };
  });
}

/**
 * The import paths of the packages the scan holds files of, and, by name as a file of the package
 * writes it (`cache.AddFlags`, `cache.Cache.Get`), the import paths of the packages declaring it.
 */
function packagesDeclaring(facts: readonly CodeNamesFact[], modules: readonly GoModule[]): { scanned: Set<string>; byName: Map<string, Set<string>> } {
  const scanned = new Set<string>();
  const byName = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (!fact.go) continue;
    const own = importPathOf(folderOf(fact.evidence.file), modules);
    if (own === undefined) continue;
    scanned.add(own);
    for (const declaration of fact.declarations) {
      if (!declaration.name.startsWith(`${fact.go.package}.`)) continue;
      const paths = byName.get(declaration.name) ?? new Set<string>();
      paths.add(own);
      byName.set(declaration.name, paths);
    }
  }
  return { scanned, byName };
}

/** The import path of the one package declaring a name, undefined when none or several do. */
function soleDeclarer(byName: ReadonlyMap<string, ReadonlySet<string>>, name: string): string | undefined {
  const paths = byName.get(name);
  return paths?.size === 1 ? [...paths][0] : undefined;
}

/** A command a Go module builds: a folder of `package main` files, with its import path and `main`. */
export interface GoCommand {
  folder: string;
  /** The entry points running the command reaches: its `main` and `init` functions, as qualifyGoNames names them. */
  entries: string[];
  /** Where its `main` is declared. */
  main: { file: string; line: number };
}

/**
 * The commands (`package main` folders) inside a module root, from the files' names facts, not
 * counting those of modules nested inside it. Names as qualifyGoNames writes them.
 */
export function goCommands(facts: readonly CodeNamesFact[], root: string, modules: readonly GoModule[]): GoCommand[] {
  const nested = modules.filter((module) => module.root !== root && inside(module.root, root));
  const found = new Map<string, GoCommand>();
  for (const fact of facts) {
    if (fact.go?.package !== 'main') continue;
    const folder = folderOf(fact.evidence.file);
    if (!inside(folder, root) || nested.some((module) => inside(folder, module.root))) continue;
    const command = found.get(folder) ?? { folder, entries: [], main: { file: fact.evidence.file, line: 1 } };
    for (const declaration of fact.declarations) {
      if (declaration.kind !== 'function' || declaration.parent !== undefined || declaration.conditions !== undefined) continue;
      const bare = declaration.name.slice(declaration.name.lastIndexOf('.') + 1);
      if (bare !== 'main' && bare !== 'init') continue;
      if (!command.entries.includes(declaration.name)) command.entries.push(declaration.name);
      if (bare === 'main') command.main = { file: fact.evidence.file, line: declaration.line };
    }
    found.set(folder, command);
  }
  return [...found.values()].filter((command) => command.entries.length > 0).sort((left, right) => (left.folder < right.folder ? -1 : left.folder > right.folder ? 1 : 0));
}

/** What commandRuns needs to know of the services deploying one module's folder. */
export interface CommandRunsInput<Owner> {
  /** Names facts as qualifyGoNames writes them. */
  names: readonly CodeNamesFact[];
  /** The module's folder and the scan's modules. */
  root: string;
  modules: readonly GoModule[];
  /** The services deploying the folder. */
  deployers: readonly Owner[];
  /** The system a name means (`find`), to match `cmd/<name>` with a deployer. */
  find(name: string): Owner | undefined;
  /** The words of a service's command line (COMMAND_WORDS_KEY), as its settings give them. */
  wordsOf(service: Owner, file: string): string | undefined;
  /** The command folder a service's binary is built from, when a build says (go-binaries.ts). */
  builtCommandOf?(service: Owner): string | undefined;
}

/**
 * The entry points each service deploying a shared module runs without naming them. A service
 * whose `cmd/<name>/` or cobra `cmd/<name>.go` the module holds runs that (it is the service's own
 * code); any other runs the command its binary is built from (`go build -o …/depot_core ./core`
 * writing the binary its image starts), else the module's one other command (`cmd/worker`, a
 * `main.go` at the root), or, of several, the one its command line names (`/usr/local/bin/worker`),
 * from its `main` and `init`, with the evidence of the command's `main`.
 */
export function commandRuns<Owner>(input: CommandRunsInput<Owner>): Map<Owner, { name: string; evidence: Evidence }[]> {
  const runs = new Map<Owner, { name: string; evidence: Evidence }[]>();
  const prefix = input.root === '' ? 'cmd/' : `${input.root}/cmd/`;
  const ownerOf = (file: string): Owner | undefined => {
    if (!file.startsWith(prefix)) return undefined;
    const named = input.find((file.slice(prefix.length).split('/')[0] as string).replace(/\.go$/, ''));
    return named !== undefined && input.deployers.includes(named) ? named : undefined;
  };
  const owned = new Set<Owner>(input.names.flatMap((fact) => {
    const owner = ownerOf(fact.evidence.file);
    return owner === undefined ? [] : [owner];
  }));
  const commands = goCommands(input.names, input.root, input.modules);
  const unnamed = commands.filter((command) => ownerOf(`${command.folder}/main.go`) === undefined);
  const entriesOf = (command: GoCommand): { name: string; evidence: Evidence }[] => command.entries.map((name) => ({ name, evidence: { file: command.main.file, line: command.main.line, excerpt: 'func main()' } }));
  for (const deployer of input.deployers) {
    if (owned.has(deployer)) continue;
    const folder = input.builtCommandOf?.(deployer);
    const built = folder !== undefined ? commands.find((command) => command.folder === folder) : undefined;
    if (built) {
      runs.set(deployer, entriesOf(built));
      continue;
    }
    if (unnamed.length === 0) continue;
    const words = (input.wordsOf(deployer, (unnamed[0] as GoCommand).main.file) ?? '').split(/\s+/);
    const run = unnamed.length === 1 ? unnamed : unnamed.filter((command) => words.includes(command.folder.split('/').pop() as string));
    if (run.length !== 1) continue;
    const [command] = run as [GoCommand];
    runs.set(deployer, entriesOf(command));
  }
  return runs;
}
