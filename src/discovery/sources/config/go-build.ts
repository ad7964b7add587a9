/**
 * Go binaries the repository's builds write, and the package each is compiled from: a Makefile
 * recipe or a shell script (`cd src && CGO_ENABLED=0 $(GOBUILD) -o ../make/photon/core/depot_core
 * ./core`), or a Dockerfile stage (`WORKDIR /src`, `COPY . .`, `RUN go build -o /out/api
 * ./cmd/api`, then `COPY --from=build /out/api /usr/bin/api` in the image). A service whose command
 * starts the binary runs that package's `main` (core/discovery/go-binaries.ts), whatever the
 * service or the folder are called.
 *
 * The `go build` command line is read as the go tool reads it (`go help build`): `-o` names the
 * file (or, ending in `/`, the folder) written, `-C` the folder the build runs in, other flags are
 * skipped with their values, and the remaining words are packages (`.`, `./cmd/api`, an import
 * path) or `.go` files of one package (a shell glob `dir/*.go` among them, as Dockerfiles copying
 * the whole module write it). A pattern (`./cmd/...`) builds several binaries named like
 * their folders, which no build line names one by one: it is left out.
 *
 * A Dockerfile stage may build through `make` (`RUN make -e TAGS=$TAGS cmd/core-data/core-data`):
 * the recipe the Makefile's rule for the target runs (make-rules.ts, read by the caller) is read
 * as the stage's own lines, in make's folder.
 */
import type { Evidence, GoBuildFact } from '../../../core/discovery/facts.js';
import { CONTAINER_TOOL_VARIABLE, splitCommandLine } from './command-line.js';
import type { Instruction } from './dockerfile.js';
import { fromParts } from './dockerfile-base.js';
import { absoluteIn, baseName, folderOf, resolveRelative } from './paths.js';

/** `go build` flags taking the next word as their value. */
const VALUE_OPTIONS = new Set(['o', 'C', 'p', 'ldflags', 'gcflags', 'asmflags', 'tags', 'mod', 'modfile', 'buildmode', 'compiler', 'gccgoflags', 'installsuffix', 'pkgdir', 'toolexec', 'overlay', 'pgo', 'covermode', 'coverpkg', 'exec', 'buildvcs']);

/** One `go build` command as written: its `-o`, its `-C` and its packages. */
export interface GoBuildCommand {
  output?: string;
  directory?: string;
  packages: string[];
}

/** The `go build` a command's words run (`go build …`, `/usr/local/go/bin/go build …`), else undefined. */
export function goBuildOf(words: readonly string[]): GoBuildCommand | undefined {
  const at = words.findIndex((word, index) => /(^|\/)go$/.test(word) && words[index + 1] === 'build');
  if (at < 0) return undefined;
  const command: GoBuildCommand = { packages: [] };
  for (let index = at + 2; index < words.length; index += 1) {
    const word = words[index] as string;
    const flag = /^--?([A-Za-z]+)(?:=(.*))?$/s.exec(word);
    if (!flag) {
      command.packages.push(word);
      continue;
    }
    const name = flag[1] as string;
    if (!VALUE_OPTIONS.has(name)) continue;
    // `-buildvcs` is a boolean written `-buildvcs=false`; others take the next word when no `=`.
    const value = flag[2] ?? (name === 'buildvcs' ? undefined : words[(index += 1)]);
    if (name === 'o' && value !== undefined) command.output = value;
    if (name === 'C' && value !== undefined) command.directory = value;
  }
  if (command.packages.length === 0) command.packages.push('.');
  return command;
}

/** The commands of a shell line, in order: `cd src && go build …; echo done`. */
export function shellCommands(text: string): string[][] {
  return text
    .split(/&&|\|\||;|\n/)
    .map((part) => splitCommandLine(part.trim()))
    .filter((words) => words.length > 0);
}

/** Leading `VAR=value` words (`CGO_ENABLED=0 go build`) and wrappers do not matter; `cd` does. */
function changedDirectory(words: readonly string[]): string | undefined {
  return words[0] === 'cd' && words[1] !== undefined ? words[1] : undefined;
}

/**
 * The arguments naming what a `go build` compiles: each package, or, for a list of `.go` files (the
 * go tool takes them as one package, all in one folder: `go help packages`), the first file alone.
 */
function compiledArguments(packages: readonly string[]): string[] {
  return packages[0] !== undefined && packages[0].endsWith('.go') ? [packages[0]] : [...packages];
}

/** Shell glob characters, which a `.go` file list may hold in its file names (`backend/src/cache/*.go`). */
const GLOB = /[*?[]/;

/**
 * The package a `go build` argument names: a folder (`./core`, or a `.go` file's), or an import path
 * kept as written. A file glob (`backend/src/agent/persistence/*.go`, as Dockerfiles copying the
 * whole module write it) is expanded by the shell to files of that one folder, which the go tool
 * compiles as the folder's package (leaving out its tests and the files its build constraints
 * exclude, as resolution does): so it names the folder, not the module the image copies in.
 */
function packageWord(word: string, argumentsAllowed = false): { folder: string } | { importPath: string } | undefined {
  // A Dockerfile's `./cmd/${SERVICE_NAME}` (its own ARG, written `${NAME}` by then) is a package per build argument.
  const bare = argumentsAllowed ? word.replace(/\$\{\w+\}/g, 'x') : word;
  if (bare.endsWith('.go')) {
    const folder = folderOf(word.replace(/^\.\//, ''));
    // A glob over folders (`cmd/*/main.go`) is files of several packages, which go refuses.
    return bare.includes('$') || GLOB.test(folderOf(bare)) ? undefined : { folder: folder || '.' };
  }
  if (bare.includes('...') || /[$*?]/.test(bare)) return undefined;
  const relative = word === '.' || word === '..' || word.startsWith('./') || word.startsWith('../') || word.startsWith('/');
  if (relative) return { folder: word };
  return /^[\w.-]+(\/[\w.-]+)+$/.test(bare) ? { importPath: word } : undefined;
}

/**
 * A word with the Dockerfile's declared build arguments written `${NAME}` (`./cmd/$SERVICE_NAME` →
 * `./cmd/${SERVICE_NAME}`); other variables stay as written.
 */
function withArguments(word: string, declared: ReadonlySet<string>): string {
  return word.replace(/\$(?:\{(\w+)\}|(\w+))/g, (whole, braced: string | undefined, bare: string | undefined) => (declared.has((braced ?? bare) as string) ? `\${${(braced ?? bare) as string}}` : whole));
}

/**
 * The binary's file name: `-o`'s last segment, else (no `-o`, or `-o` a folder) the package folder's
 * or, for a list of `.go` files, the first file's (`go build ed.go rx.go` writes `ed`), which a glob
 * leaves to the shell's expansion, unknown here.
 * A Dockerfile's may be one of its build arguments (`-o /out/${SERVICE_NAME}`), filled in per image.
 */
function binaryName(output: string | undefined, packageFolder: string, argumentsAllowed = false, word = ''): string | undefined {
  const file = word.endsWith('.go') ? baseName(word).replace(/\.go$/, '') : undefined;
  const unnamed = output === undefined || output.endsWith('/');
  if (unnamed && file !== undefined && GLOB.test(file)) return undefined;
  const written = !unnamed ? baseName(output) : (file ?? baseName(packageFolder.replace(/\/+$/, '')));
  const name = written.replace(/\.exe$/, '');
  const bare = argumentsAllowed ? name.replace(/\$\{\w+\}/g, 'x') : name;
  return /^[\w.-]+$/.test(bare) && !/^\.+$/.test(name) ? name : undefined;
}

/**
 * A shell `for NAME in a b c; do …; done` in a line (a Makefile recipe compiling a list of
 * binaries), as one line per word, the body's `$NAME`, `${NAME}` (Make's `$$NAME`) filled in; a
 * line with no loop as it is.
 */
export function unrollLoop(line: string): string[] {
  const loop = /\bfor\s+(\w+)\s+in\s+([^;]*?)\s*;\s*do\s+(.*?)\s*;?\s*done\b/s.exec(line);
  if (!loop) return [line];
  const [whole, name, list, body] = loop as unknown as [string, string, string, string];
  const words = list
    .split(/\s+/)
    .filter((word) => word !== '' && !/[$`(){}]/.test(word))
    .slice(0, 32);
  const variable = new RegExp(`\\$\\$?(?:\\{${name}\\}|${name}\\b)`, 'g');
  return words.map((word) => line.slice(0, loop.index) + body.replace(variable, word) + line.slice(loop.index + whole.length));
}

/**
 * The Go builds of one script line (a Makefile recipe line, a shell line), run in `base` (the
 * scan-relative folder the line starts in): packages resolved against the folder the line has
 * `cd`'d to and `-C`.
 */
export function scriptGoBuilds(line: string, base: string, evidence: Evidence): GoBuildFact[] {
  return unrollLoop(line).flatMap((one) => lineGoBuilds(one, base, evidence));
}

function lineGoBuilds(line: string, base: string, evidence: Evidence): GoBuildFact[] {
  const facts: GoBuildFact[] = [];
  let directory: string | undefined = base;
  for (const words of shellCommands(line)) {
    const run = containerRunOf(words);
    if (run) {
      if (directory !== undefined) facts.push(...containerGoBuilds(run, directory, evidence));
      continue;
    }
    const cd = changedDirectory(words);
    if (cd !== undefined) {
      directory = directory === undefined ? undefined : resolveRelative(directory, cd);
      continue;
    }
    const command = goBuildOf(words);
    if (!command || directory === undefined) continue;
    const runIn = command.directory !== undefined ? resolveRelative(directory, command.directory) : directory;
    if (runIn === undefined) continue;
    for (const word of compiledArguments(command.packages)) {
      const named = packageWord(word);
      if (!named) continue;
      const folder = 'folder' in named ? resolveRelative(runIn, named.folder) : named.importPath;
      if (folder === undefined) continue;
      // `go build .` at the repository root writes a binary named like the root folder, unknown here.
      const binary = binaryName(command.output, folder === '' ? '' : folder, false, word);
      const output = command.output !== undefined ? resolveRelative(runIn, command.output.endsWith('/') ? command.output : folderOf(command.output) || '.') : undefined;
      if (binary !== undefined) facts.push({ type: 'go-build', binary, package: folder, ...(output !== undefined ? { output } : {}), evidence });
    }
  }
  return facts;
}

/** `docker run` options taking the next word as their value, other than the mounts and `-w` read below. */
const RUN_VALUE_OPTIONS = new Set(['-e', '--env', '--env-file', '--name', '-u', '--user', '--network', '--net', '--entrypoint', '--platform', '-p', '--publish', '-h', '--hostname', '--label', '-l', '--memory', '-m', '--cpus', '--add-host', '--dns', '--ulimit', '--group-add', '--security-opt', '--cap-add', '--cap-drop', '--tmpfs', '--pull', '--volumes-from', '--device', '--log-driver', '--restart', '--shm-size']);

/** A folder of the host mounted into a container: `-v HOST:CONTAINER[:ro]`, `--mount type=bind,source=…,target=…`. */
export interface ContainerMount {
  host: string;
  container: string;
}

/** A command run in a throwaway container (`docker run --rm -v $(CURDIR):/src -w /src/core golang:1.22 go build …`). */
export interface ContainerRun {
  mounts: ContainerMount[];
  /** `-w`: where the command runs in the container. */
  workdir?: string;
  image: string;
  /** The command run in it, after the image. */
  command: string[];
}

/**
 * The container a command line runs (`docker run`, `podman run`, `nerdctl run`, or a Makefile's
 * `$(DOCKERCMD) run`: command-line.ts CONTAINER_TOOL_VARIABLE),
 * else undefined.
 */
export function containerRunOf(words: readonly string[]): ContainerRun | undefined {
  const at = words.findIndex((word, index) => word === 'run' && index > 0 && (/(^|\/)(docker|podman|nerdctl)$/.test(words[index - 1] as string) || CONTAINER_TOOL_VARIABLE.test(words[index - 1] as string)));
  if (at < 0) return undefined;
  const run: Omit<ContainerRun, 'image' | 'command'> = { mounts: [] };
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const option = /^(-v|--volume|--mount|-w|--workdir)(?:=(.*))?$/s.exec(word);
    if (option) {
      const value = option[2] ?? words[(index += 1)];
      if (value === undefined) return undefined;
      if (option[1] === '-w' || option[1] === '--workdir') run.workdir = value;
      else if (option[1] === '--mount') {
        const fields = new Map(value.split(',').map((field) => field.split('=', 2) as [string, string | undefined]));
        const host = fields.get('source') ?? fields.get('src');
        const container = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
        if (host !== undefined && container !== undefined && (fields.get('type') ?? 'bind') === 'bind') run.mounts.push({ host, container });
      } else {
        // `HOST:CONTAINER[:options]`; a named volume or an anonymous one maps no folder of the host.
        const [host, container] = value.split(':');
        if (host !== undefined && container !== undefined && /[/.$]/.test(host)) run.mounts.push({ host, container });
      }
    } else if (RUN_VALUE_OPTIONS.has(word)) index += 1;
    else if (!word.startsWith('-')) return { ...run, image: word, command: words.slice(index + 1) };
  }
  return undefined;
}

/** The ways a script names the folder it runs in: Make's `$(CURDIR)` and `$(PWD)`, the shell's `$PWD`, `${PWD}` and `$(pwd)` (`$$` in a recipe). */
const CURRENT_FOLDER = /^(\$[({](CURDIR|PWD)[)}]|\$\$?\{?PWD\}?|\$\$?\(pwd\)|`pwd`)(?=\/|$)/;

/** The scan-relative folder a mount's host side is, seen from `base`; undefined when it is elsewhere or not known. */
function mountedFolder(host: string, base: string): string | undefined {
  const path = host.replace(CURRENT_FOLDER, '.');
  return resolveRelative(base, path) ?? (path === '.' ? base : undefined);
}

/**
 * A path inside the container as the scan sees it: through the deepest mount holding it, else
 * (the mount's host side not known, `-v $(BUILDPATH):/acme` with BUILDPATH set elsewhere) the path
 * inside the container, which resolution matches by its end, as a Dockerfile's.
 */
function hostPath(path: string, mounts: readonly ContainerMount[], base: string): { folder: string; mapped: boolean } {
  let best: ContainerMount | undefined;
  for (const mount of mounts) {
    const target = absoluteIn('/', mount.container);
    if (under(path, target) && (best === undefined || target.length > absoluteIn('/', best.container).length)) best = mount;
  }
  const host = best ? mountedFolder(best.host, base) : undefined;
  if (best === undefined || host === undefined) return { folder: path.replace(/^\/+/, ''), mapped: false };
  const target = absoluteIn('/', best.container);
  const rest = path.slice(target === '/' ? 1 : target.length + 1);
  return { folder: rest === '' ? host : (resolveRelative(host, rest) ?? rest), mapped: true };
}

/**
 * The Go builds a container runs (Harbor's Makefile compiles each binary in a golang image with the
 * repository mounted: `-v $(BUILDPATH):/harbor -w /harbor/src/core golang:1.22 go build -o
 * /harbor/make/photon/core/harbor_core`): the package is `-w` (or the folders named under it) and
 * the binary lands where `-o` says, both mapped back to the host through the mounts.
 */
export function containerGoBuilds(run: ContainerRun, base: string, evidence: Evidence): GoBuildFact[] {
  const command = goBuildOf(run.command);
  if (!command) return [];
  const workdir = absoluteIn('/', run.workdir ?? '/');
  const runIn = command.directory !== undefined ? absoluteIn(workdir, command.directory) : workdir;
  const facts: GoBuildFact[] = [];
  for (const word of compiledArguments(command.packages)) {
    const named = packageWord(word);
    if (!named) continue;
    const built = 'folder' in named ? hostPath(absoluteIn(runIn, named.folder), run.mounts, base) : { folder: named.importPath, mapped: true };
    const binary = binaryName(command.output, built.folder, false, word);
    if (binary === undefined) continue;
    const written = command.output !== undefined ? hostPath(absoluteIn(runIn, command.output.endsWith('/') ? command.output : folderOf(command.output) || '.'), run.mounts, base) : undefined;
    facts.push({ type: 'go-build', binary, package: built.folder, ...(written?.mapped === true ? { output: written.folder } : {}), evidence });
  }
  return facts;
}

/** Whether an absolute path is a folder or under it. */
function under(path: string, folder: string): boolean {
  return folder === '/' || path === folder || path.startsWith(`${folder}/`);
}

/** One build stage: where it works, what it copied in from the context, what it built. */
interface Stage {
  name?: string;
  copies: { source: string; destination: string }[];
  builds: { output: string; folder: string | { importPath: string }; line: number }[];
}

/**
 * Where a folder of the image came from in the build context, by the stage's `COPY`s (the deepest
 * destination holding it; of two into the same folder, the later, which lays its files over the
 * earlier's: `COPY go.mod go.sum ./` then `COPY . .`).
 */
function contextPath(folder: string, stage: Stage): string | undefined {
  let best: { source: string; destination: string } | undefined;
  for (const copy of stage.copies) if (under(folder, copy.destination) && (best === undefined || copy.destination.length >= best.destination.length)) best = copy;
  if (!best) return undefined;
  const rest = folder.slice(best.destination === '/' ? 1 : best.destination.length + 1);
  const source = best.source.replace(/^\.\/+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
  // A build argument in the package or the folder copied (`COPY ./services/${SERVICE_NAME} /src`) is a segment like any other here.
  const kept = (path: string): string => path.replace(/\$\{(\w+)\}/g, '\u0001$1\u0002');
  if (/[*?$]/.test(kept(source)) || source.startsWith('/')) return undefined;
  const resolved = resolveRelative(kept(source), kept(rest) || '.')?.replace(/\u0001(\w+)\u0002/g, '${$1}');
  return resolved ?? (source === '' && rest === '' ? '' : undefined);
}

/**
 * The recipe lines `make` runs for its targets, read from the Makefile (`file`, `-f`, else
 * GNUmakefile, makefile or Makefile) in a folder of the build context: automatic variables and the
 * Makefile's own filled in (make-rules.ts); undefined when no Makefile or rule is known.
 */
export type MakeRecipes = (folder: string, file: string | undefined, targets: readonly string[]) => string[] | undefined;

/** `make` options taking the next word as their value, other than `-C` and `-f`. */
const MAKE_VALUE_OPTIONS = new Set(['-I', '--include-dir', '-o', '--old-file', '--assume-old', '-W', '--what-if', '--new-file', '--assume-new', '-O', '--output-sync']);

/** A `make` command as written: `-C`, `-f` and its targets (`VAR=value` overrides and flags left out). */
export interface MakeCommand {
  directory?: string;
  file?: string;
  targets: string[];
}

/** The `make` a command's words run (`make -e TAGS=x cmd/api/api`, `CGO_ENABLED=0 gmake -C src`), else undefined. */
export function makeOf(words: readonly string[]): MakeCommand | undefined {
  let at = 0;
  while (at < words.length && /^[A-Za-z_]\w*=/.test(words[at] as string)) at += 1;
  if (!/(^|\/)g?make$/.test(words[at] ?? '')) return undefined;
  const command: MakeCommand = { targets: [] };
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const option = /^(-C|--directory|-f|--file|--makefile)(?:=(.*))?$/.exec(word) ?? /^(-C|-f)(.+)$/.exec(word);
    if (option) {
      const value = option[2] ?? words[(index += 1)];
      if (value === undefined) break;
      if (option[1] === '-C' || option[1] === '--directory') command.directory = value;
      else command.file = value;
    } else if (MAKE_VALUE_OPTIONS.has(word)) index += 1;
    else if (/^-[jl]$/.test(word) && /^\d+$/.test(words[index + 1] ?? '')) index += 1;
    else if (!word.startsWith('-') && !word.includes('=')) command.targets.push(word);
  }
  return command;
}

/** A make target written as `go build` names a package's binary by default: a file named like its folder (`cmd/api/api`). */
function goBinaryTarget(target: string): boolean {
  const folder = folderOf(target);
  return folder !== '' && /^[\w.-]+(\/[\w.-]+)*$/.test(target) && !/(^|\/)\.\.?(\/|$)/.test(target) && baseName(folder) === baseName(target);
}

/**
 * The Go builds of a Dockerfile, each under the name the binary has in the image: the `-o` of a
 * stage's `RUN go build`, and the destination of a `COPY --from=<stage>` taking it (or the folder
 * holding it) into a later stage. Packages are mapped back to the build context through the
 * stage's own `COPY`s (`COPY src/ ./src/` under `WORKDIR /go/src/app`: `/go/src/app/src/cmd/api`
 * is `src/cmd/api`); a package the `COPY`s do not explain keeps its path inside the image, which
 * resolution matches by its end.
 */
export function dockerfileGoBuilds(dockerfile: string, instructions: readonly Instruction[], commandWords: (args: string) => string[], evidenceAt: (line: number) => Evidence, makeRecipes?: MakeRecipes): GoBuildFact[] {
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  let workdir = '/';
  const facts: GoBuildFact[] = [];
  // The build arguments the Dockerfile declares (`ARG SERVICE_NAME`): a package naming one is built per
  // value (GoBuildFact.package); the value its `ARG SERVICE_NAME=api` gives, when a build passes none.
  const declared = new Set<string>();
  const defaults = new Map<string, string>();
  const emit = (binary: string | undefined, folder: string | { importPath: string }, from: Stage, line: number): void => {
    if (binary === undefined) return;
    const known = typeof folder === 'string' ? contextPath(folder, from) : undefined;
    const written = typeof folder === 'string' ? folder.replace(/^\/+/, '') : folder.importPath;
    const build: GoBuildFact = { type: 'go-build', binary, package: known ?? written, dockerfile, evidence: evidenceAt(line) };
    const named = new Set([...`${binary} ${build.package}`.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1] as string));
    const given = [...named].flatMap((name) => (defaults.has(name) ? [[name, defaults.get(name) as string] as const] : []));
    if (given.length > 0) build.argumentDefaults = Object.fromEntries(given);
    facts.push(build);
  };
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const name = fromParts(instruction.args).stage?.toLowerCase();
      stage = { ...(name !== undefined ? { name } : {}), copies: [], builds: [] };
      stages.push(stage);
      workdir = '/';
      continue;
    }
    if (instruction.keyword === 'ARG') {
      for (const word of commandWords(instruction.args)) {
        const argument = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(word);
        if (!argument) continue;
        const [, name, value] = argument as unknown as [string, string, string | undefined];
        declared.add(name);
        // A default holding a variable (`ARG SERVICE=${APP}`) is not known here; a redeclaration with no value keeps an earlier one (a global ARG's).
        if (value !== undefined) {
          if (value !== '' && !value.includes('$')) defaults.set(name, value);
          else defaults.delete(name);
        }
      }
      continue;
    }
    if (!stage) continue;
    if (instruction.keyword === 'WORKDIR') workdir = absoluteIn(workdir, instruction.args.trim());
    else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const from = /--from[= ]\s*(\S+)/.exec(instruction.args)?.[1]?.toLowerCase();
      // A binary named by a build argument is copied under it (`COPY --from=build /out/$SERVICE_NAME ./`).
      const words = commandWords(instruction.args)
        .filter((word) => !word.startsWith('--'))
        .map((word) => withArguments(word, declared));
      const destination = words[words.length - 1];
      if (destination === undefined) continue;
      const target = absoluteIn(workdir, destination);
      const folderTarget = destination.endsWith('/') || words.length > 2;
      if (from === undefined) {
        for (const source of words.slice(0, -1)) stage.copies.push({ source, destination: target });
        continue;
      }
      const built = stages.find((earlier) => earlier.name === from) ?? stages[Number(from)];
      for (const source of words.slice(0, -1)) {
        const path = absoluteIn('/', source);
        for (const build of built?.builds ?? []) {
          // The binary itself (renamed or into a folder), or a folder holding it (`COPY --from=build /out/ /usr/local/bin/`).
          if (build.output === path) emit(folderTarget ? baseName(path) : baseName(target), build.folder, built as Stage, instruction.line);
          else if (under(build.output, path) && build.output !== path) emit(baseName(build.output), build.folder, built as Stage, instruction.line);
        }
      }
    } else if (instruction.keyword === 'RUN') {
      const current = stage;
      const line = instruction.line;
      // One shell line run in a folder of the image; `make` runs its targets' recipe lines (make-rules.ts), each in make's folder.
      const run = (text: string, start: string, nested: boolean): void => {
        let directory = start;
        for (const words of shellCommands(text)) {
          const cd = changedDirectory(words);
          if (cd !== undefined) {
            directory = absoluteIn(directory, cd);
            continue;
          }
          const make = nested ? undefined : makeOf(words);
          if (make) {
            const makeIn = make.directory !== undefined ? absoluteIn(directory, make.directory) : directory;
            const folder = contextPath(makeIn, current);
            const recipe = folder !== undefined ? makeRecipes?.(folder, make.file, make.targets) : undefined;
            if (recipe) for (const recipeLine of recipe) run(recipeLine, makeIn, true);
            // A rule not read (no Makefile here, a recipe hidden by an `include`): a target written as
            // Go writes a package's binary (`cmd/core-data/core-data`, named like its folder) is that
            // folder's build, which resolution keeps only when the folder is a `package main`.
            else for (const target of make.targets) if (goBinaryTarget(target)) run(`go build -o ${target} ./${folderOf(target)}`, makeIn, true);
            continue;
          }
          const command = goBuildOf(words);
          if (!command) continue;
          const runIn = command.directory !== undefined ? absoluteIn(directory, command.directory) : directory;
          // The binary may be named by a build argument as the package is (`-o /out/$SERVICE_NAME`).
          const written = command.output !== undefined ? withArguments(command.output, declared) : undefined;
          for (const writtenPackage of compiledArguments(command.packages)) {
            const word = withArguments(writtenPackage, declared);
            const named = packageWord(word, true);
            if (!named) continue;
            const folder = 'folder' in named ? absoluteIn(runIn, named.folder) : named;
            const packageFolder = typeof folder === 'string' ? folder : folder.importPath;
            const binary = binaryName(written, packageFolder, true, word);
            if (binary === undefined) continue;
            const output = written !== undefined && !written.endsWith('/') ? absoluteIn(runIn, written) : absoluteIn(written !== undefined ? absoluteIn(runIn, written) : runIn, binary);
            current.builds.push({ output, folder, line });
            emit(binary, folder, current, line);
          }
        }
      };
      run(instruction.args, workdir, false);
    }
  }
  // One fact per name and package: a binary copied under its own name is said once.
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.binary}|${fact.package}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
