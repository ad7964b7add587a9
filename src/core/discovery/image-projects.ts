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

/** The names of the projects of each folder (a folder may be given more than once). */
type ProjectsByRoot = ReadonlyMap<string, readonly string[]>;

function byRoot(projects: readonly ProjectDescriptor[]): ProjectsByRoot {
  const roots = new Map<string, string[]>();
  for (const project of projects) {
    const names = roots.get(project.root);
    if (names) names.push(...project.names);
    else roots.set(project.root, [...project.names]);
  }
  return roots;
}

/**
 * The name keys of the projects a Dockerfile copies in whole (`COPY api /app/` over `api/`'s
 * pyproject.toml; `COPY . .` over the context's own package.json), the context taken as the build
 * command's, else the Dockerfile's folder or the repository's root. A file copied alone (a
 * `package.json` copied to install dependencies in a build stage) is no project the image runs.
 */
export function copiedProjectNames(build: ProjectImageCandidate, projects: readonly ProjectDescriptor[]): Set<string> {
  return copiedNames(build, byRoot(projects));
}

/** copiedProjectNames over the projects by folder: one look-up per copied folder, not a pass over every project. */
function copiedNames(build: ProjectImageCandidate, projects: ProjectsByRoot): Set<string> {
  const names = new Set<string>();
  const contexts = build.context !== undefined ? [build.context] : [...new Set([folderOf(build.dockerfile), ''])];
  for (const copy of build.copies ?? []) {
    const source = sourceFolder(copy.source);
    // A pattern or a path out of the context names no one folder.
    if (/[*?[]|(?:^|\/)\.\.(?:\/|$)/.test(source)) continue;
    for (const context of contexts) {
      const folder = source === '' ? context : context === '' ? source : `${context}/${source}`;
      for (const name of projects.get(folder) ?? []) names.add(nameKey(name));
    }
  }
  names.delete('');
  return names;
}

/**
 * The one read, untagged Dockerfile copying in a project named like the image's last path segment
 * (`acme` of `ghcr.io/acme/acme:latest` and of `acme/acme`); undefined for a public publisher's or
 * known product's image, or when none or several fit.
 */
export function dockerfileOfProjectImage<T extends ProjectImageCandidate>(image: string, builds: Iterable<T>, projects: readonly ProjectDescriptor[]): T | undefined {
  return projectImageDockerfiles(builds, projects)(image);
}

/**
 * dockerfileOfProjectImage for many images over the same Dockerfiles and projects: each
 * Dockerfile's copied projects are worked out once and the Dockerfiles indexed by their names'
 * keys, so asking for every image of a large scan is not a pass over every Dockerfile (and every
 * project) per image. Same answers; the builds are read when this is called.
 */
export function projectImageDockerfiles<T extends ProjectImageCandidate>(builds: Iterable<T>, projects: readonly ProjectDescriptor[]): (image: string) => T | undefined {
  if (projects.length === 0) return () => undefined;
  const roots = byRoot(projects);
  const byKey = new Map<string, T[]>();
  for (const build of builds) {
    if (!build.read || build.images.size > 0) continue;
    for (const key of copiedNames(build, roots)) {
      const fitting = byKey.get(key);
      if (fitting) fitting.push(build);
      else byKey.set(key, [build]);
    }
  }
  return (image) => {
    if (isPublicPublisherImage(image) || productOf(image) !== undefined) return undefined;
    const last = nameKey(image.slice(image.lastIndexOf('/') + 1));
    if (last.length < 3) return undefined;
    const fitting = byKey.get(last) ?? [];
    return fitting.length === 1 ? fitting[0] : undefined;
  };
}
