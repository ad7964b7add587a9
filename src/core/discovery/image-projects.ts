/**
 * A self-hosted product's compose file runs its published image (`image: acme/acme:latest`, a
 * second service on the same image with `command: run-task-processor`) with no `build:`, while the
 * repository holds the image's source: a Dockerfile copying in the project whose descriptor names
 * the product (`COPY api /app/` over `api/pyproject.toml` named `acme-api`). No build command tags
 * the image, no folder is named like it, and a docs site's untagged Dockerfile beside it keeps the
 * root project's name (own-image.ts) from choosing; the descriptor the Dockerfile copies still says
 * which code the image is.
 *
 * Asked last in resolve.ts, for an image no other rule tied (its deployables' commands' paths say
 * more of where each runs). Names are compared by nameKey, which drops a server role's suffix (`acme-api`, `acme-server`,
 * `acme-backend` → `acme`) but no other word: `acme-docs` and `acme-frontend` are other projects.
 * It stops where a guess could tie the wrong code: never for a public publisher's or a known
 * product's image, never for a Dockerfile tagged with other names, and never when two Dockerfiles
 * copy such a project (a production and a development Dockerfile of one API both do: which one
 * the image is cannot be told, so neither is chosen).
 */
import type { Fact } from './facts.js';
import { folderOf } from './file-paths.js';
import { isPublicPublisherImage, productOf } from './images.js';
import { nameKey } from './names.js';
import { PROJECT_NAME_KEY } from './own-image.js';

/** A project file's folder and the names it declares (package.json `name`, pyproject name…). */
export interface ProjectDescriptor {
  root: string;
  names: readonly string[];
}

/** What the tie needs of a Dockerfile (node-processes.ts DockerfileBuild). */
export interface ProjectImageCandidate {
  dockerfile: string;
  read: boolean;
  images: ReadonlySet<string>;
  context?: string;
  copies?: readonly { source: string; destination: string }[];
  /** The context's paths its final stage and the stages it draws on copy in (ImageBuildFact.builtFrom). */
  builtFrom?: readonly string[];
}

/**
 * The project files the scan read, by folder: the name each declares (PROJECT_NAME_KEY, bound even
 * for a folder whose generic name, `api/`, makes no component) and the name its component took.
 */
export function projectDescriptors(facts: readonly Fact[]): ProjectDescriptor[] {
  const byRoot = new Map<string, Set<string>>();
  const add = (root: string, name: string): void => {
    if (name === '') return;
    const names = byRoot.get(root) ?? new Set<string>();
    names.add(name);
    byRoot.set(root, names);
  };
  for (const fact of facts) {
    if (fact.type === 'binding' && fact.key === PROJECT_NAME_KEY && fact.component === undefined && fact.value !== undefined) add(fact.scope ?? '', fact.value);
    if (fact.type !== 'component' || fact.project !== true || fact.root === undefined) continue;
    for (const name of [fact.name, ...(fact.aliases ?? [])]) add(fact.root, name);
  }
  return [...byRoot].map(([root, names]) => ({ root, names: [...names] }));
}

/** A COPY source as a folder path: `./api/` → `api`, `.` → ``. */
function sourceFolder(source: string): string {
  const trimmed = source.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '.' ? '' : trimmed;
}

/**
 * The files that declare a project and its name (sources/project-markers.ts reads them), copied
 * alone before the code to install the project (`COPY pyproject.toml README.rst /relay/`).
 */
const DESCRIPTOR_FILE = /^(?:package\.json|pyproject\.toml|setup\.py|setup\.cfg|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|[^/]+\.csproj|Gemfile)$/;

/** Folders of a project that hold code but name nothing: the layout's own (`src/relay/…`, `lib/`). */
const LAYOUT_FOLDERS = new Set(['src', 'lib', 'app', 'pkg', 'cmd', 'internal', 'source', 'sources']);

/** Folders beside a package that hold no code the image runs, or none of the project's own. */
const NON_CODE_FOLDERS = /^(?:\..*|docs?|documentation|scripts?(?:-dev)?|conf|config|configs|static|public|assets|tests?|spec|bin|docker|deploy|deployment|contrib|examples?|changelog\.d|debian|node_modules|dist|build|target|vendor)$/i;

/** Words naming a server's role rather than a product (names.ts NEUTRAL_SUFFIXES). */
const ROLE_WORD = /^(?:service|svc|server|srv|api|app|backend)$/i;

/** A path's last segment. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The name keys a project goes by: each declared name, and each with a leading org or product word
 * dropped (`matrix-relay` → `relay`, `@acme/relay` → `relay`), as a product's published image is
 * often named by its last word alone. One word only: `acme-relay-worker` is also `relay-worker`, not
 * `worker`; a name of one word drops nothing, nor one whose rest is a role (`acme-api` is no `api`).
 */
export function projectNameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(nameKey(name));
    const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
    // The rest a role alone (`acme-api`, `acme-server`) is the product's role, not a name: `api` is no project.
    if (words.length >= 2 && !words.slice(1).every((word) => ROLE_WORD.test(word))) keys.add(nameKey(words.slice(1).join('-')));
  }
  keys.delete('');
  return keys;
}

/**
 * The name keys of the projects a Dockerfile copies in (its final stage and the stages it draws on,
 * ProjectImageCandidate.builtFrom), the context taken as the build command's, else the Dockerfile's
 * folder or the repository's root:
 * - in whole (`COPY api /app/` over `api/`'s pyproject.toml; `COPY . .` over the context's own
 *   package.json): the project's names (projectNameKeys);
 * - piecewise, its descriptor file and its package folder(s), direct folders of the project's
 *   (`COPY pyproject.toml README.rst /relay/` then `COPY relay /relay/relay/` over the root's
 *   `matrix-relay`, the way a Python package is pip-installed from a Dockerfile kept in `docker/`):
 *   the project's names and the package folders' (`relay`). A layout folder (`src/`, `lib/`) counts
 *   as the code but names nothing; a folder of docs, scripts, tests or configuration is no package,
 *   nor another project's folder.
 * A descriptor copied alone (a `package.json` copied to install dependencies in a build stage) is
 * no project the image runs.
 */
export function copiedProjectNames(build: ProjectImageCandidate, projects: readonly ProjectDescriptor[]): Set<string> {
  const names = new Set(copiedProjects(build, projects).flatMap((copied) => [...copied.keys]));
  names.delete('');
  return names;
}

/** A project a Dockerfile copies in: its folder, whether in whole, and the name keys it goes by there. */
interface CopiedProject {
  root: string;
  whole: boolean;
  keys: Set<string>;
}

function copiedProjects(build: ProjectImageCandidate, projects: readonly ProjectDescriptor[]): CopiedProject[] {
  const found: CopiedProject[] = [];
  const contexts = build.context !== undefined ? [build.context] : [...new Set([folderOf(build.dockerfile), ''])];
  const sources = [...new Set([...(build.copies ?? []).map((copy) => copy.source), ...(build.builtFrom ?? [])])];
  const roots = new Set(projects.map((project) => project.root));
  for (const context of contexts) {
    const paths = new Set<string>();
    for (const copied of sources) {
      const source = sourceFolder(copied);
      // A pattern or a path out of the context names no one folder.
      if (/[*?[]|(?:^|\/)\.\.(?:\/|$)/.test(source)) continue;
      paths.add(source === '' ? context : context === '' ? source : `${context}/${source}`);
    }
    const byFolder = new Map<string, string[]>();
    for (const path of paths) {
      const folder = folderOf(path);
      const inFolder = byFolder.get(folder);
      if (inFolder) inFolder.push(path);
      else byFolder.set(folder, [path]);
    }
    for (const project of projects) {
      if (paths.has(project.root)) {
        found.push({ root: project.root, whole: true, keys: projectNameKeys(project.names) });
        continue;
      }
      const inRoot = (byFolder.get(project.root) ?? []).filter((path) => path !== project.root);
      if (!inRoot.some((path) => DESCRIPTOR_FILE.test(baseName(path)))) continue;
      // A direct folder of the project's, not a file (a README, a lock file), not another project.
      const packages = inRoot.filter((path) => !/\.[A-Za-z0-9]+$/.test(baseName(path)) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(baseName(path)) && !NON_CODE_FOLDERS.test(baseName(path)) && !roots.has(path));
      if (packages.length === 0) continue;
      const keys = projectNameKeys(project.names);
      for (const folder of packages) if (!LAYOUT_FOLDERS.has(baseName(folder).toLowerCase())) keys.add(nameKey(baseName(folder)));
      keys.delete('');
      found.push({ root: project.root, whole: false, keys });
    }
  }
  return found;
}

/**
 * The folder of the project a Dockerfile copies in piecewise under the image's name (the root's
 * `matrix-relay` for `acmeorg/relay`): the code the image runs, its package folders installed from
 * there, where the final stage's own copies (a `conf/` folder beside `start.py`) say nothing of it.
 * Undefined when the project is copied in whole: the folder the copy lands in is the code then
 * (imageCodeFolder), as before.
 */
export function piecewiseProjectRoot(image: string, build: ProjectImageCandidate, projects: readonly ProjectDescriptor[]): string | undefined {
  const last = nameKey(image.slice(image.lastIndexOf('/') + 1));
  const copied = copiedProjects(build, projects).filter((each) => each.keys.has(last));
  if (copied.length === 0 || copied.some((each) => each.whole)) return undefined;
  const roots = [...new Set(copied.map((each) => each.root))];
  return roots.length === 1 ? roots[0] : undefined;
}

/**
 * The read, untagged Dockerfiles by the name keys of the projects each copies in
 * (copiedProjectNames): made once for a scan, as every image no other rule tied asks it.
 */
export function projectImageIndex<T extends ProjectImageCandidate>(builds: Iterable<T>, projects: readonly ProjectDescriptor[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  if (projects.length === 0) return index;
  for (const build of builds) {
    if (!build.read || build.images.size > 0) continue;
    for (const name of copiedProjectNames(build, projects)) {
      const fitting = index.get(name);
      if (fitting) fitting.push(build);
      else index.set(name, [build]);
    }
  }
  return index;
}

/**
 * The one read, untagged Dockerfile copying in a project (copiedProjectNames, indexed by
 * projectImageIndex) named like the image's last path segment (`acme` of `ghcr.io/acme/acme:latest`
 * and of `acme/acme`; `relay` of `acmeorg/relay` for `matrix-relay` or its package folder `relay/`);
 * undefined for a public publisher's or known product's image, or when none or several fit.
 */
export function dockerfileOfProjectImage<T extends ProjectImageCandidate>(image: string, index: ReadonlyMap<string, readonly T[]>): T | undefined {
  if (index.size === 0 || isPublicPublisherImage(image) || productOf(image) !== undefined) return undefined;
  const last = nameKey(image.slice(image.lastIndexOf('/') + 1));
  if (last.length < 3) return undefined;
  const fitting = index.get(last) ?? [];
  return fitting.length === 1 ? fitting[0] : undefined;
}
