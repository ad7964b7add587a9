/**
 * A product's own Node command-line tool installed in its image as a program: the image copies the
 * package in and links its `bin` onto the PATH (`ln -s …/node_modules/acme/bin/acme
 * /usr/local/bin/acme`, `npm install -g ./packages/cli`), and an entrypoint script hands the
 * container over to it with the container's arguments (`exec acme "$@"`). Nothing names the
 * package's folder: the program's name does, through the package.json `bin` that installs it
 * (`"bin": { "acme": "./bin/acme" }`). The deployable then runs that package's code, and the
 * subcommand its first argument names (node-cli.ts); given no argument, the tool's default command.
 *
 * Pure: the caller gives the `node:bin:` bindings of package folders and a deployable's command words.
 */
import type { BindingFact } from './facts.js';
import { fileName } from './file-paths.js';

/** The prefix of a package folder's binding of one `bin` entry: `node:bin:acme` = `./bin/acme`. */
export const NODE_BIN_KEY = 'node:bin:';

/** The command a tool run with no subcommand starts when it has one of this name (oclif's and n8n-like bins push `start`). */
export const DEFAULT_SUBCOMMAND = 'start';

/** A package that installs a program: its folder and the binding saying so. */
export interface NodeBinPackage {
  folder: string;
  binding: BindingFact;
}

/** The `bin` entries of a package.json as name → file: a string `bin` is named after the package (its scope dropped). */
export function binEntries(bin: unknown, packageName: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof bin === 'string' && packageName !== undefined) found.set(packageName.replace(/^@[^/]+\//, ''), bin);
  else if (typeof bin === 'object' && bin !== null) for (const [name, file] of Object.entries(bin)) if (typeof file === 'string' && name !== '') found.set(name, file);
  return found;
}

/** The packages installing each program name, from their folders' NODE_BIN_KEY bindings. */
export function nodeBinPackages(bindings: readonly BindingFact[]): Map<string, NodeBinPackage[]> {
  const byName = new Map<string, NodeBinPackage[]>();
  for (const binding of bindings) {
    if (!binding.key.startsWith(NODE_BIN_KEY) || binding.scope === undefined || binding.component !== undefined) continue;
    const name = binding.key.slice(NODE_BIN_KEY.length);
    const list = byName.get(name) ?? [];
    if (!list.some((item) => item.folder === binding.scope)) list.push({ folder: binding.scope, binding });
    byName.set(name, list);
  }
  return byName;
}

/** The last segment of a program path (`/usr/local/bin/acme` → `acme`). */
/**
 * The package whose installed program a command line starts: the first word that is a program
 * name (a path's last segment) exactly one package's `bin` installs. Undefined when none does, or
 * when two packages install the name (the command line does not say which).
 */
export function nodeBinPackageOfWords(words: readonly string[], packages: ReadonlyMap<string, readonly NodeBinPackage[]>): NodeBinPackage | undefined {
  for (const word of words) {
    if (word === '' || word.startsWith('-') || word.includes('$')) continue;
    const found = packages.get(fileName(word));
    if (found !== undefined) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/** Words that start another program rather than being one (`tini --`, `exec`, `dumb-init`). */
const LAUNCHERS = /^(?:exec|tini|dumb-init|--|-s|-g)$/;

/** The program a command line starts: its first word past launchers; undefined when it is only arguments (a Kubernetes `args`, its first word empty). */
export function programWord(words: readonly string[]): string | undefined {
  if (words[0] === '') return undefined;
  return words.find((word) => word !== '' && !LAUNCHERS.test(word.slice(word.lastIndexOf('/') + 1)));
}

/** A Dockerfile's name (`Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`). */
const DOCKERFILE_NAME = /^(?:Dockerfile(?:\.[\w.-]+)?|[\w.-]+\.Dockerfile)$/i;

/**
 * The package folders that install a developer's command-line tool and nothing more: a `bin`
 * (`"bin": { "acme-tool": "./bundle.js" }`) no deployable runs (`run`: the folders of the packages
 * whose programs a deployment starts) and no Dockerfile of the folder builds. Such a tool is run
 * from a developer's shell (`dev/tool`, a workspace's admin CLI), not deployed: no system, and the
 * databases it opens are no integration of the product's. `files` are the scan's files.
 */
export function developerToolFolders(packages: ReadonlyMap<string, readonly NodeBinPackage[]>, run: ReadonlySet<string>, files: Iterable<string>): Set<string> {
  const candidates = new Set<string>();
  for (const list of packages.values()) for (const item of list) if (!run.has(item.folder) && item.folder !== '') candidates.add(item.folder);
  if (candidates.size === 0) return candidates;
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    if (slash < 0 || !DOCKERFILE_NAME.test(file.slice(slash + 1))) continue;
    const folder = file.slice(0, slash);
    for (const candidate of candidates) if (folder === candidate || folder.startsWith(`${candidate}/`)) candidates.delete(candidate);
  }
  return candidates;
}
