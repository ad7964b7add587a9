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
