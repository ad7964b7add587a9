/**
 * One Go module built into a binary per service. Harbor-like repositories hold one `go.mod` and a
 * `main` package per service (`src/core/main.go`, `cmd/jobservice/main.go`); a Makefile compiles
 * each (`go build -o $(BIN)/core ./cmd/core`) and a Dockerfile copies the binary in and starts it
 * (`COPY ./make/photon/core/harbor_core /harbor/`, `ENTRYPOINT ["/harbor/harbor_core"]`), or a
 * multi-stage Dockerfile builds it (`RUN go build -o /out/jobservice ./cmd/jobservice`, then
 * `COPY --from=build …`). The service's name need not be its folder's (`harbor-core` runs
 * `src/core`).
 *
 * A service's command names a program (its own compose `entrypoint`/`command`, else its image's
 * `ENTRYPOINT`/`CMD`); the program is a binary a build writes (GoBuildFact, the image's own
 * Dockerfile's builds first); the binary is the command (`package main` folder) of a module the
 * build compiles. That command's `main` is where the service starts, and resolution follows its
 * code from there, as it does a module's `cmd/<name>` (go-packages.ts commandRuns, library-reach.ts):
 * a package only another binary, or only a test, imports is not the service's.
 *
 * A service whose image no Dockerfile here builds (the images built in another repository, compose
 * only naming `acme/acme-core:v2.11`) has no command line to follow: it runs a binary a script
 * compiles when their names say so and nothing else could (namedCommands).
 *
 * Pure: the caller gives the builds, the commands of the scan's modules and each service's words.
 */
import type { Evidence, GoBuildFact } from './facts.js';
import { folderOf } from './file-paths.js';
import { importPathOf, type GoModule } from './go-packages.js';
import { nameKey } from './names.js';
import { joinPaths } from './node-processes.js';

/**
 * The key of a binding naming the program an entrypoint script `exec`s (`exec /harbor/harbor_core`
 * → `harbor_core`), in the script's group, which the Dockerfile starting the script takes in for its
 * folder: the binary the image's `ENTRYPOINT ["/harbor/entrypoint.sh"]` really runs.
 */
export const ENTRYPOINT_EXEC_KEY = 'entrypoint:exec';

/** The command a service runs: a `package main` folder of one of the scan's modules, and the build saying so. */
export interface GoBinaryCommand {
  folder: string;
  /** The module's root folder. */
  root: string;
  evidence: Evidence;
}

/** What is known of how a service is started and built. */
export interface GoBinaryService {
  /** The words of its command line, the service's own first, then its image's (COMMAND_WORDS_KEY). */
  words: readonly string[];
  /** The Dockerfile its image is built from, when known. */
  dockerfile?: string;
  /** The Dockerfile's build context, when a build command or the compose file says. */
  context?: string;
  /** The build arguments its image is built with (`SERVICE_NAME=http`), filling a package `cmd/${SERVICE_NAME}`. */
  arguments?: Readonly<Record<string, string>>;
}

/** A build argument in a Dockerfile's package (GoBuildFact.package). */
const ARGUMENT = /\$\{(\w+)\}/g;

/**
 * A text with the build arguments it names (`${NAME}`) filled in: those the build passes, else the
 * Dockerfile's `ARG NAME=default`; undefined when one has no value, or one that is no path.
 */
function filledIn(text: string, given: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>> = {}): string | undefined {
  if (!text.includes('${')) return text;
  let missing = false;
  const filled = text.replace(ARGUMENT, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : Object.prototype.hasOwnProperty.call(defaults, name) ? defaults[name] : undefined;
    if (value === undefined || !/^[\w.-]+(\/[\w.-]+)*$/.test(value) || /^\.+$/.test(value)) missing = true;
    return value ?? whole;
  });
  return missing ? undefined : filled;
}

/**
 * The build with its package's and binary's build arguments filled in (those given, else the
 * Dockerfile's defaults), else undefined when one has no value.
 */
export function withBuildArguments(build: GoBuildFact, given: Readonly<Record<string, string>> = {}): GoBuildFact | undefined {
  if (!build.package.includes('${') && !build.binary.includes('${')) return build;
  const filled = filledIn(build.package, given, build.argumentDefaults);
  const binary = filledIn(build.binary, given, build.argumentDefaults);
  return filled === undefined || binary === undefined ? undefined : { ...build, package: filled, binary };
}

/** The module holding a folder (the deepest), when one of the scan's does. */
function moduleOf(folder: string, modules: readonly GoModule[]): GoModule | undefined {
  let best: GoModule | undefined;
  for (const module of modules) {
    const inside = module.root === '' || folder === module.root || folder.startsWith(`${module.root}/`);
    if (inside && (best === undefined || module.root.length > best.root.length)) best = module;
  }
  return best;
}

/** Builds by the binary's name, and the scan's commands. */
export class GoBinaries {
  private readonly byBinary = new Map<string, GoBuildFact[]>();

  /**
   * `commands`: the `package main` folders of the scan's modules (go-packages.ts goCommands);
   * `modules`: the scan's modules.
   */
  constructor(
    builds: readonly GoBuildFact[],
    private readonly commands: ReadonlySet<string>,
    private readonly modules: readonly GoModule[],
  ) {
    for (const build of builds) this.byBinary.set(build.binary, [...(this.byBinary.get(build.binary) ?? []), build]);
  }

  /**
   * The command folder a build's package is: the folder as resolved (under each candidate base: the
   * build context, the repository root, the Dockerfile's folder), a command's import path, else the
   * one command whose folder ends with it (a package kept as its path inside the image).
   */
  commandOfPackage(build: GoBuildFact, context?: string): string | undefined {
    const bases = build.dockerfile === undefined ? [''] : [...new Set([...(context !== undefined ? [context] : []), '', folderOf(build.dockerfile)])];
    for (const base of bases) {
      const folder = joinPaths(base, build.package);
      if (this.commands.has(folder)) return folder;
    }
    const byPath = [...this.commands].filter((folder) => importPathOf(folder, this.modules) === build.package);
    if (byPath.length === 1) return byPath[0];
    const tail = build.package.replace(/^\/+/, '');
    const ending = tail === '' ? [] : [...this.commands].filter((folder) => folder === tail || folder.endsWith(`/${tail}`) || tail.endsWith(`/${folder}`));
    return ending.length === 1 ? ending[0] : undefined;
  }

  /**
   * The command a service runs: the first of its words naming a binary a build writes, the builds
   * of its image's Dockerfile before any other (several Dockerfiles may each write `/out/app`); a
   * binary several other builds write from different packages names none.
   */
  commandOf(service: GoBinaryService): GoBinaryCommand | undefined {
    // A binary named by a build argument (`-o /out/${SERVICE_NAME}`) is started by that name
    // (`CMD ./$SERVICE_NAME`) or by the value the image's build gives it (`/app/ender`).
    const templated = [...this.byBinary].filter(([binary]) => binary.includes('${'));
    for (const word of service.words) {
      const named = templated.flatMap(([binary, builds]) => (binary !== word ? builds.filter((build) => withBuildArguments(build, service.arguments)?.binary === word) : []));
      const builds = [...(this.byBinary.get(word) ?? []), ...named];
      const own = service.dockerfile !== undefined ? builds.filter((build) => build.dockerfile === service.dockerfile) : [];
      // Another image's build is not this one's; a script's build (a Makefile compiling what a Dockerfile copies in) may be.
      const candidates = (own.length > 0 ? own : builds.filter((build) => build.dockerfile === undefined)).flatMap((build) => withBuildArguments(build, service.arguments) ?? []);
      const found = new Map<string, GoBuildFact>();
      for (const build of candidates) {
        const folder = this.commandOfPackage(build, build.dockerfile === service.dockerfile ? service.context : undefined);
        if (folder !== undefined && !found.has(folder)) found.set(folder, build);
      }
      if (found.size !== 1) continue;
      const [[folder, build]] = [...found] as [[string, GoBuildFact]];
      const module = moduleOf(folder, this.modules);
      if (module) return { folder, root: module.root, evidence: build.evidence };
    }
    return undefined;
  }

  /**
   * The command an image built from `dockerfile` runs when its command line names no binary a build
   * writes (an entrypoint script the scan cannot follow): the one command every `go build` of the
   * Dockerfile compiles (`RUN go build -o /bin/agent ./backend/src/agent/persistence`), else
   * undefined (none, or builds of several commands: which one runs cannot be told).
   */
  commandOfDockerfile(dockerfile: string, context?: string, given: Readonly<Record<string, string>> = {}): GoBinaryCommand | undefined {
    const found = new Map<string, GoBuildFact>();
    for (const build of [...this.byBinary.values()].flat()) {
      if (build.dockerfile !== dockerfile) continue;
      const filled = withBuildArguments(build, given);
      const folder = filled ? this.commandOfPackage(filled, context) : undefined;
      if (folder === undefined) return undefined;
      if (!found.has(folder)) found.set(folder, build);
    }
    if (found.size !== 1) return undefined;
    const [[folder, build]] = [...found] as [[string, GoBuildFact]];
    const module = moduleOf(folder, this.modules);
    return module ? { folder, root: module.root, evidence: build.evidence } : undefined;
  }

  /**
   * The command each service whose image no build here tags runs, when a Dockerfile builds one
   * command per build argument (`RUN go build -o service ./cmd/$SERVICE_NAME`): the image's last
   * segment (`ghcr.io/acme/http` → `http`) as the argument, when that is a command of the scan's
   * modules (`backend/cmd/http`). Only one such Dockerfile may fit a service, and one service a command.
   */
  argumentCommands(services: readonly { id: string; images: readonly string[] }[], taken: ReadonlySet<string> = new Set()): Map<string, GoBinaryCommand> {
    const templates = [...this.byBinary.values()].flat().filter((build) => build.dockerfile !== undefined && /(^|\/)\$\{\w+\}$/.test(build.package) && (build.package.match(ARGUMENT) ?? []).length === 1);
    const chosen = new Map<string, { folder: string; build: GoBuildFact }>();
    const claims = new Map<string, number>();
    for (const service of services) {
      const found = new Map<string, GoBuildFact>();
      for (const image of service.images) {
        const last = lastSegment(image.replace(/(:[\w.-]+)?(@sha256:\w+)?$/, '')).toLowerCase();
        if (!/^[\w.-]+$/.test(last)) continue;
        for (const template of templates) {
          const name = /\$\{(\w+)\}$/.exec(template.package)?.[1] as string;
          const build = withBuildArguments(template, { [name]: last });
          const folder = build ? this.commandOfPackage(build) : undefined;
          if (folder !== undefined && lastSegment(folder) === last && !taken.has(folder) && !found.has(folder)) found.set(folder, template);
        }
      }
      if (found.size !== 1) continue;
      const [[folder, build]] = [...found] as [[string, GoBuildFact]];
      claims.set(folder, (claims.get(folder) ?? 0) + 1);
      chosen.set(service.id, { folder, build });
    }
    const commands = new Map<string, GoBinaryCommand>();
    for (const [id, { folder, build }] of chosen) {
      const module = moduleOf(folder, this.modules);
      if (claims.get(folder) === 1 && module) commands.set(id, { folder, root: module.root, evidence: build.evidence });
    }
    return commands;
  }

  /**
   * The command each service runs by name alone: one whose binary (`acme_core`) or output folder
   * (`make/photon/core`) is named as the service (`core`) or its image (`acme/acme-core`) is, by
   * nameKey. Only a script's builds count (a Dockerfile's binary is that image's), and only when
   * one command matches the service and one service the command: two services, or two binaries,
   * that could match tie none. `taken`: commands services already run by their command lines.
   */
  namedCommands(services: readonly GoNamedService[], taken: ReadonlySet<string> = new Set()): Map<string, GoBinaryCommand> {
    const namesOf = new Map<string, { build: GoBuildFact; keys: Set<string> }>();
    for (const build of [...this.byBinary.values()].flat()) {
      if (build.dockerfile !== undefined) continue;
      const folder = this.commandOfPackage(build);
      if (folder === undefined || taken.has(folder)) continue;
      const known = namesOf.get(folder) ?? { build, keys: new Set<string>() };
      for (const name of [build.binary, ...(build.output !== undefined ? [lastSegment(build.output)] : [])]) if (nameKey(name) !== '') known.keys.add(nameKey(name));
      namesOf.set(folder, known);
    }
    const chosen = new Map<string, string>();
    const claims = new Map<string, number>();
    for (const service of services) {
      const keys = new Set([service.id, ...service.names].map((name) => nameKey(lastSegment(name.replace(/(:[\w.-]+)?(@sha256:\w+)?$/, '')))).filter((key) => key !== ''));
      const matching = [...namesOf].filter(([, { keys: built }]) => [...built].some((key) => keys.has(key)));
      for (const [folder] of matching) claims.set(folder, (claims.get(folder) ?? 0) + 1);
      if (matching.length === 1) chosen.set(service.id, (matching[0] as [string, unknown])[0]);
    }
    const commands = new Map<string, GoBinaryCommand>();
    for (const [id, folder] of chosen) {
      const module = moduleOf(folder, this.modules);
      const build = namesOf.get(folder)?.build;
      if (claims.get(folder) === 1 && module && build) commands.set(id, { folder, root: module.root, evidence: build.evidence });
    }
    return commands;
  }
}

/** A service known only by its names. */
export interface GoNamedService {
  /** Its name, by which the answer is keyed. */
  id: string;
  /** Its other names, and its images' (`acme/acme-core:v2.11`). */
  names: readonly string[];
}

/** The last segment of a path or image name. */
function lastSegment(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? '';
}
