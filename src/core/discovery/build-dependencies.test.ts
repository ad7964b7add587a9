import { describe, expect, it } from 'vitest';
import { gradleModuleProjects, gradleProjectRole, mainDependencyLines, moduleRoot } from './build-dependencies.js';

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

describe('gradleProjectRole', () => {
  it.each<[string, string, 'launcher' | 'library' | undefined]>([
    ['Spring Boot applied (Groovy)', "plugins {\n    id 'org.springframework.boot'\n}\ndependencies { implementation project(':core') }", 'launcher'],
    ['Spring Boot applied (Kotlin DSL)', 'plugins {\n    application\n    id("org.springframework.boot")\n}', 'launcher'],
    ['apply plugin: application', "apply plugin: 'application'\nmainClassName = 'acme.Main'", 'launcher'],
    ['a bootJar block', "bootJar {\n    archiveFileName = 'server.jar'\n}", 'launcher'],
    ['a runnable jar by its manifest', "plugins { id 'java' }\njar {\n    manifest { attributes 'Main-Class': 'acme.Relay' }\n}", 'launcher'],
    ['java first, then application (one per line)', "plugins {\n    id 'java'\n    id 'application'\n}", 'launcher'],
    ['Kotlin DSL kotlin("jvm") then Boot', 'plugins {\n    kotlin("jvm")\n    id("org.springframework.boot") version "3.2.4"\n}', 'launcher'],
    ['java-library', "plugins {\n    id 'java-library'\n}\ndependencies { api project(':core') }", 'library'],
    ['Kotlin DSL java-library and kotlin("jvm")', 'plugins {\n    `java-library`\n    kotlin("jvm")\n}', 'library'],
    ['no plugin at all (the root build configures it)', "dependencies {\n    implementation project(':core')\n}", 'library'],
    ['Boot only put on the class path (apply false)', "plugins {\n    id 'org.springframework.boot' version '3.2.5' apply false\n    id 'java-library'\n}", 'library'],
    ['a commented-out Boot plugin', "plugins {\n    // id 'org.springframework.boot'\n    id 'java-library'\n}", 'library'],
    ['a Micronaut library module', "plugins {\n    id 'java-library'\n    id 'io.micronaut.library'\n}", 'library'],
    ['a Micronaut application', "plugins {\n    id 'io.micronaut.application'\n}", 'launcher'],
    ['a convention plugin of the team', "plugins {\n    id 'acme.java-service'\n}", undefined],
  ])('%s', (_, text, role) => {
    expect(gradleProjectRole(text)).toBe(role);
  });
});

describe('gradleModuleProjects', () => {
  it.each<[string, Record<string, string | undefined>, string[]]>([
    ['the class-path projects of a build with a launcher', { server: 'launcher', persistence: 'library', indexing: 'library', docs: undefined }, ['persistence', 'indexing']],
    ['none where no project launches anything', { common: 'library', client: 'library' }, []],
    ['none where every project launches', { api: 'launcher', worker: 'launcher' }, []],
  ])('%s', (_, roles, expected) => {
    expect(gradleModuleProjects(Object.keys(roles), (project) => roles[project])).toEqual(expected);
  });
});
