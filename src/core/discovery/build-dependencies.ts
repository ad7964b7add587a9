/**
 * What a Maven or Gradle build puts on a module's class path, as far as its lines tell: the
 * frameworks that decide at run time what a module connects to by what it was built with (a
 * Vert.x cluster manager, a Spring Cloud Stream binder).
 */
import { folderOf } from './file-paths.js';

/** The module a file of code or build belongs to: the folder above `src/main/…` (`src/test/…`), else its own folder. */
export function moduleRoot(path: string): string {
  const match = /^(?:(.*)\/)?src\/(?:main|test)\//.exec(path);
  return match ? (match[1] ?? '') : folderOf(path);
}

/**
 * The lines (1-based) of a `pom.xml` or `build.gradle(.kts)` naming an artifact the pattern
 * matches as a dependency of the running module: one of test scope (`testImplementation`,
 * `<scope>test</scope>` in its `<dependency>` block) is only on the tests' class path.
 */
export function mainDependencyLines(text: string, artifact: RegExp): number[] {
  const lines = text.split('\n');
  const found: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!artifact.test(line) || /test(?:Implementation|Compile|RuntimeOnly|CompileOnly)\b/.test(line)) continue;
    const block = lines.slice(index, index + 6).join('\n');
    const end = block.indexOf('</dependency>');
    if (end >= 0 && /<scope>\s*test\s*<\/scope>/.test(block.slice(0, end))) continue;
    found.push(index + 1);
  }
  return found;
}

/** The binding (scoped to a Gradle project's folder) saying what its own build script builds: gradleProjectRole's answer. */
export const GRADLE_PROJECT_ROLE_KEY = 'gradle:project-role';

/**
 * The plugins a Gradle build script applies, by id: `plugins { id 'x' }`, `id("x")`, the Kotlin
 * DSL's `` `java-library` `` and `kotlin("jvm")` (`org.jetbrains.kotlin.jvm`), a bare `application`
 * or `java-library` line of a `plugins` block, and `apply plugin: 'x'`. A plugin declared with
 * `apply false` (a root build only putting it on the class path) is not applied.
 */
export function gradlePluginIds(text: string): string[] {
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const ids = new Set<string>();
  for (const match of clean.matchAll(/\bid[ \t]*\(?[ \t]*["']([\w.-]+)["'][ \t]*\)?([^\n]*)/g)) if (!/\bapply\s*\(?\s*false\b/.test(match[2] ?? '')) ids.add(match[1] as string);
  for (const match of clean.matchAll(/\bkotlin[ \t]*\([ \t]*["']([\w.-]+)["'][ \t]*\)([^\n]*)/g)) if (!/\bapply\s*\(?\s*false\b/.test(match[2] ?? '')) ids.add(`org.jetbrains.kotlin.${match[1] as string}`);
  for (const match of clean.matchAll(/\bapply\s*\(?\s*plugin\s*[:=]\s*["']([\w.-]+)["']/g)) ids.add(match[1] as string);
  const block = /(?:^|\n)\s*plugins\s*\{([^{}]*)\}/.exec(clean)?.[1] ?? '';
  for (const match of block.matchAll(/^\s*`?([a-z][\w-]*)`?\s*$/gm)) ids.add(match[1] as string);
  return [...ids];
}

/** Plugins that make a Gradle project something that runs: a Spring Boot jar, an `application`, a web archive, a Micronaut or Quarkus app. */
const LAUNCHER_PLUGINS = new Set(['org.springframework.boot', 'application', 'war', 'io.micronaut.application', 'io.quarkus', 'com.google.cloud.tools.jib']);

/** Plugins that build plain class-path code (no launcher), or only check or publish it. */
const LIBRARY_PLUGINS = new Set([
  'java',
  'java-library',
  'groovy',
  'org.jetbrains.kotlin.jvm',
  'org.jetbrains.kotlin.kapt',
  'org.jetbrains.kotlin.plugin.spring',
  'org.jetbrains.kotlin.plugin.jpa',
  'io.spring.dependency-management',
  'maven-publish',
  'signing',
  'java-test-fixtures',
  'jacoco',
  'checkstyle',
  'pmd',
  'idea',
  'eclipse',
  'com.google.protobuf',
  // Micronaut's library plugins: its bean processors for a module, no application or launcher.
  'io.micronaut.library',
  'io.micronaut.minimal.library',
]);

/**
 * What a Gradle project's own build script says it builds: `launcher` when it applies a plugin that
 * makes something runnable (`org.springframework.boot`, `application`…, or a jar whose manifest names
 * a `Main-Class`), `library` when every plugin
 * it applies only compiles, checks or publishes class-path code (none at all included: a module the
 * root build configures), undefined when a plugin it applies is one this does not know (a team's
 * convention plugin may well be a Boot service's).
 */
export function gradleProjectRole(text: string): 'launcher' | 'library' | undefined {
  const ids = gradlePluginIds(text);
  if (ids.some((id) => LAUNCHER_PLUGINS.has(id))) return 'launcher';
  // A Boot block, or a plain jar made runnable by its manifest's `Main-Class`.
  if (/\b(?:bootJar|bootRun|springBoot)\s*\{|["']Main-Class["']/.test(text)) return 'launcher';
  return ids.every((id) => LIBRARY_PLUGINS.has(id)) ? 'library' : undefined;
}

/**
 * The projects of one Gradle multi-project build (those its `settings.gradle` includes) that are
 * modules built into its launchers: when one of them is a launcher (gradleProjectRole), each whose
 * own build only compiles class-path code. One no launcher depends on is code nothing runs; neither
 * is a system. `roleOf` gives a project's role, if its build script was read.
 */
export function gradleModuleProjects<P>(included: readonly P[], roleOf: (project: P) => string | undefined): P[] {
  if (!included.some((project) => roleOf(project) === 'launcher')) return [];
  return included.filter((project) => roleOf(project) === 'library');
}
