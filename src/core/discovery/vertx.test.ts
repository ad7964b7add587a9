import { describe, expect, it } from 'vitest';
import { clusterManagerLine, vertxModuleRoot } from './vertx.js';

describe('Vert.x clustering', () => {
  it.each([
    ['a Maven cluster manager dependency', '<dependencies>\n<dependency>\n<groupId>io.vertx</groupId>\n<artifactId>vertx-hazelcast</artifactId>\n</dependency>\n</dependencies>', 4],
    ['Infinispan in Gradle', 'dependencies {\n  implementation "io.vertx:vertx-infinispan:4.5.7"\n}', 2],
    ['Zookeeper in Gradle Kotlin DSL', 'dependencies {\n  implementation("io.vertx:vertx-zookeeper:4.5.7")\n}', 2],
    ['a Maven dependency of test scope', '<dependency>\n<groupId>io.vertx</groupId>\n<artifactId>vertx-hazelcast</artifactId>\n<scope>test</scope>\n</dependency>', undefined],
    ['a Gradle test dependency', 'dependencies {\n  testImplementation "io.vertx:vertx-hazelcast:4.5.7"\n}', undefined],
    ['Vert.x without a cluster manager', '<artifactId>vertx-core</artifactId>\n<artifactId>vertx-web</artifactId>', undefined],
  ])('%s', (_name, text, line) => {
    expect(clusterManagerLine(text)).toBe(line);
  });

  it.each([
    ['orders/src/main/java/com/acme/Main.java', 'orders'],
    ['src/main/kotlin/Main.kt', ''],
    ['services/orders/pom.xml', 'services/orders'],
  ])('the module of %s is %s', (path, root) => {
    expect(vertxModuleRoot(path)).toBe(root);
  });
});
