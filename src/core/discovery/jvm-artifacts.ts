/**
 * JVM archives tying an image to the project building it. Monorepos of Gradle or Maven projects
 * (`:metadata-service:war`, `:metadata-jobs:mae-consumer-job`) keep their Dockerfiles apart, in a
 * folder named like the image (`docker/acme-gms/Dockerfile`), and copy in the archive the build
 * made rather than the source: `COPY war.war /acme/bin/war.war`, `COPY
 * metadata-jobs/mae-consumer-job/build/libs/mae-consumer-job-*.jar /app/`. The archive's base name
 * is the project's: its Gradle project name (the last segment of its path) unless the build renames
 * it (`archiveBaseName`, `archiveFileName`, the older `archivesBaseName`), its Maven `artifactId` or
 * `finalName`. A deployment naming only the image runs that project, and the libraries it builds
 * in as for any project (core/discovery/resolve.ts).
 *
 * Pure: the Dockerfile source and the project markers give the names, resolution matches them.
 */

/** A JVM archive's file name: `.jar`, `.war`, `.ear`. */
const ARCHIVE = /\.(?:jar|war|ear)$/i;

/** A version (or a glob standing for one) after the base name: `-0.4.2`, `-1.0-SNAPSHOT`, `-*`, `-all`. */
const VERSION_SUFFIX = /-(?:\*|\d[\w.+-]*|SNAPSHOT|all|boot|exec|plain)$/i;

/**
 * The base name of the archive a copy source names (`war.war` → `war`, `build/libs/mae-consumer-job-*.jar`
 * → `mae-consumer-job`, `target/orders-1.2.0-SNAPSHOT.jar` → `orders`); undefined for no archive,
 * a URL (`ADD https://…/jetty-runner.jar`), a bare glob (`*.jar`) or a name still holding a variable.
 */
export function archiveBaseName(source: string): string | undefined {
  if (/^[a-z][\w+.-]*:\/\//i.test(source)) return undefined;
  const file = source.replace(/\/+$/, '').split('/').pop() ?? '';
  if (!ARCHIVE.test(file)) return undefined;
  let name = file.replace(ARCHIVE, '');
  for (let round = 0; round < 3 && VERSION_SUFFIX.test(name); round += 1) name = name.replace(VERSION_SUFFIX, '');
  return name === '' || /[*?[\]${}]/.test(name) ? undefined : name;
}

/**
 * The one project building an archive an image copies in, among the projects given with the
 * archive names they build; undefined when none does or several different projects answer (an
 * image copying two applications' archives, two projects building `app.jar`).
 */
export function projectOfArtifacts<P>(artifacts: Iterable<string>, projects: readonly { project: P; artifacts: ReadonlySet<string> }[]): P | undefined {
  const wanted = new Set([...artifacts].map((name) => name.toLowerCase()));
  if (wanted.size === 0) return undefined;
  const found = new Set(projects.filter((item) => [...item.artifacts].some((name) => wanted.has(name.toLowerCase()))).map((item) => item.project));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Where Gradle and Maven leave what a project builds, under the project's folder: Gradle's
 * `build/libs` (jars), `build/install` and `build/distributions` (the application plugin's
 * launcher and archive), `build/executable` (a self-running launcher a build task writes), Maven's
 * `target`. A copy from there ties the image to the project whatever the files are called
 * (`COPY cli/build/executable/acme-* /app/acme`).
 */
const BUILD_OUTPUT = /^(?:\.\/)?((?:[\w.-]+\/)*?[\w.-]+)\/(?:build\/(?:libs|install|distributions|executable)|target)(?:\/|$)/;

/**
 * The project folder (relative to the build context) whose build output a copy source names:
 * `cli/build/executable/acme-*` → `cli`, `services/orders/target/orders.jar` → `services/orders`;
 * undefined for the root project's output (`build/libs/app.jar`, read by its archive's name
 * instead), an absolute path, a URL or a folder still holding a variable.
 */
export function buildOutputProject(source: string): string | undefined {
  if (source.startsWith('/') || /^[a-z][\w+.-]*:\/\//i.test(source)) return undefined;
  const folder = BUILD_OUTPUT.exec(source)?.[1];
  return folder === undefined || /[*?[\]${}]/.test(folder) || folder.split('/').some((segment) => segment === '.' || segment === '..') ? undefined : folder;
}

/**
 * The one project whose folder (joined to the build context, '' for the repository's root) is a
 * folder whose build output an image copies in, among projects given with their code folders;
 * undefined when none is, or when the image copies the output of several.
 */
export function projectOfBuildOutputs<P>(folders: Iterable<string>, context: string, projects: readonly { project: P; roots: ReadonlySet<string> }[]): P | undefined {
  const base = context.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const wanted = new Set([...folders].map((folder) => (base === '' ? folder : `${base}/${folder}`)));
  if (wanted.size === 0) return undefined;
  const found = new Set(projects.filter((item) => [...item.roots].some((root) => wanted.has(root))).map((item) => item.project));
  return found.size === 1 ? [...found][0] : undefined;
}
