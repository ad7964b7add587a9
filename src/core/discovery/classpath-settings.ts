/**
 * Settings files a JVM deployable takes from the library modules it builds in. A library module's
 * `src/main/resources` is packed into its jar and so lands on the class path of every deployable
 * depending on it, directly or through other libraries (a Gradle `implementation
 * project(':platform:factories')` whose build has `api project(':platform:config')`, a sibling
 * Maven module): Spring Boot, Micronaut and Quarkus read `application.yml` and
 * `application.properties` from the class path, so one shared settings module
 * (`platform/config/src/main/resources/application.yaml`, `ebean.url:
 * ${EBEAN_DATASOURCE_URL:jdbc:mysql://localhost:3306/acme}`) configures the `@Value` reads of a
 * shared factories module in every deployable, each filling the placeholders from its own
 * environment.
 *
 * Such settings come after the deployable's own settings files, and a nearer library's before a
 * farther one's (breadth first over the references, in their order). Only class-path resources
 * count: a library's `.env` or a Go module's `config.yml` is no part of what others build.
 *
 * Pure: the caller says which components are libraries and what each references.
 */
import { moduleRoot } from './build-dependencies.js';

/** A settings file on the class path of whoever builds its module in: under `src/main/resources`. */
export function isClasspathResource(file: string): boolean {
  return /(?:^|\/)src\/main\/resources\//.test(file);
}

/**
 * The roots of the library modules a component builds in, nearest first (breadth first through
 * the libraries' own references, each once; the component itself never).
 */
export function classpathLibraryRoots<Component>(component: Component, referencesOf: (component: Component) => readonly Component[], isLibrary: (component: Component) => boolean, rootsOf: (component: Component) => Iterable<string>): string[] {
  const seen = new Set<Component>([component]);
  const roots: string[] = [];
  let layer = [...referencesOf(component)];
  while (layer.length > 0) {
    const next: Component[] = [];
    for (const library of layer) {
      if (seen.has(library) || !isLibrary(library)) continue;
      seen.add(library);
      for (const root of rootsOf(library)) if (!roots.includes(root)) roots.push(root);
      next.push(...referencesOf(library));
    }
    layer = next;
  }
  return roots;
}

/**
 * Where a binding from `file` stands among the settings a component takes from its libraries:
 * the index of the nearest library (in `roots`, classpathLibraryRoots) whose module holds the
 * file as a class-path resource, or undefined when it is none of theirs.
 */
export function libraryResourceRank(file: string, roots: readonly string[]): number | undefined {
  if (!isClasspathResource(file)) return undefined;
  const module = moduleRoot(file);
  const index = roots.indexOf(module);
  return index >= 0 ? index : undefined;
}
