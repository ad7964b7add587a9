import { describe, expect, it } from 'vitest';
import type { ControlPlaneFact } from '../../core/discovery/facts.js';
import { evidenceFor } from '../source.js';
import { controlPlaneMarkers } from './control-plane-markers.js';

/** What a file says of its project: technology, role and line of each marker. */
async function markersOf(path: string, text: string) {
  const file = { path, text };
  if (!controlPlaneMarkers.accepts(path)) return 'not read';
  const facts = (await controlPlaneMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })) as ControlPlaneFact[];
  return facts.map((fact) => `${fact.technology} (${fact.role}) @${fact.evidence.line}`);
}

describe('control-plane markers', () => {
  it.each<[string, string, string[] | string]>([
    ['config-server/src/main/java/acme/ConfigServerApplication.java', 'package acme;\n\n@SpringBootApplication\n@EnableConfigServer\npublic class ConfigServerApplication {}', ['Spring Cloud Config Server (config) @4']],
    ['discovery/src/main/java/acme/App.java', '@EnableEurekaServer @SpringBootApplication\nclass App {}', ['Eureka (registry) @1']],
    ['admin/src/main/kotlin/acme/Admin.kt', '@SpringBootApplication\n  @EnableAdminServer\nclass Admin', ['Spring Boot Admin (monitoring) @2']],
    ['tracing/src/main/java/acme/Tracing.java', '@EnableZipkinServer\nclass Tracing {}', ['Zipkin (tracing) @1']],
    ['orders/src/main/java/acme/Orders.java', '// @EnableEurekaServer\n/*\n * @EnableConfigServer\n */\n@EnableDiscoveryClient\n@EnableFeignClients\nclass Orders {}', []],
    ['orders/src/main/java/acme/Orders.java', '@EnableEurekaClient\nclass Orders {}', []],
    ['discovery/src/test/java/acme/RegistryIT.java', '@EnableEurekaServer\nclass RegistryIT {}', 'not read'],
    [
      'config-server/pom.xml',
      '<project>\n  <dependencies>\n    <dependency>\n      <groupId>org.springframework.cloud</groupId>\n      <artifactId>spring-cloud-config-server</artifactId>\n    </dependency>\n  </dependencies>\n</project>',
      ['Spring Cloud Config Server (config) @5'],
    ],
    ['discovery/pom.xml', '<project><dependencies><dependency><artifactId>spring-cloud-starter-netflix-eureka-server</artifactId></dependency></dependencies></project>', ['Eureka (registry) @1']],
    ['orders/pom.xml', '<project><dependencies><dependency><artifactId>spring-cloud-starter-netflix-eureka-client</artifactId></dependency><dependency><artifactId>spring-cloud-starter-config</artifactId></dependency></dependencies></project>', []],
    ['pom.xml', '<project>\n<dependencyManagement><dependencies><dependency><artifactId>spring-boot-admin-starter-server</artifactId></dependency></dependencies></dependencyManagement>\n</project>', []],
    ['admin/build.gradle', "dependencies {\n  implementation 'de.codecentric:spring-boot-admin-starter-server:3.2.0'\n}", ['Spring Boot Admin (monitoring) @2']],
    ['config/build.gradle.kts', 'dependencies {\n  implementation("org.springframework.cloud:spring-cloud-config-server")\n  // implementation("org.springframework.cloud:spring-cloud-starter-netflix-eureka-server")\n}', ['Spring Cloud Config Server (config) @2']],
    ['orders/build.gradle', "dependencies { implementation 'org.springframework.cloud:spring-cloud-starter-config' }", []],
  ])('%s', async (path, text, expected) => {
    expect(await markersOf(path, text)).toEqual(expected);
  });
});
