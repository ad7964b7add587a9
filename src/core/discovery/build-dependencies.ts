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
