import { describe, expect, it } from 'vitest';
import { mainDependencyLines, moduleRoot } from './build-dependencies.js';

describe('mainDependencyLines', () => {
  const artifact = /\bacme-binder\b/;
  it.each([
    ['a Gradle dependency', "implementation 'com.acme:acme-binder:1.0'", [1]],
    ['a Gradle test dependency', "testImplementation 'com.acme:acme-binder:1.0'\ntestRuntimeOnly 'com.acme:acme-binder'", []],
    ['a Maven dependency', '<dependency>\n  <groupId>com.acme</groupId>\n  <artifactId>acme-binder</artifactId>\n</dependency>', [3]],
    ['a Maven test dependency', '<dependency>\n  <artifactId>acme-binder</artifactId>\n  <scope>test</scope>\n</dependency>', []],
    ['the next dependency\'s test scope is not this one\'s', '<dependency>\n  <artifactId>acme-binder</artifactId>\n</dependency>\n<dependency>\n  <scope>test</scope>\n</dependency>', [2]],
  ])('%s', (_, text, lines) => {
    expect(mainDependencyLines(text, artifact)).toEqual(lines);
  });

  it.each([
    ['orders/src/main/java/a/A.java', 'orders'],
    ['orders/pom.xml', 'orders'],
    ['src/main/kotlin/A.kt', ''],
  ])('moduleRoot(%s)', (path, root) => {
    expect(moduleRoot(path)).toBe(root);
  });
});
