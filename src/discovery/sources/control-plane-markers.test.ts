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

describe('a Spring Cloud system whose registry, config and admin servers are built in-house, scanned', () => {
  const files: Record<string, string> = {
    'docker-compose.yml': [
      'services:',
      '  config-server:',
      '    build: ./config-server',
      '    depends_on: [discovery-server]',
      '  discovery-server:',
      '    build: ./discovery-server',
      '  admin-server:',
      '    build: ./admin-server',
      '    depends_on: [discovery-server]',
      '  orders:',
      '    build: ./orders',
      '    environment:',
      '      - SPRING_CONFIG_IMPORT=configserver:http://config-server:8888',
      '      - EUREKA_CLIENT_SERVICEURL_DEFAULTZONE=http://discovery-server:8761/eureka',
      '      - SPRING_DATASOURCE_URL=jdbc:postgresql://orders-db:5432/orders',
      '    depends_on: [config-server, discovery-server, admin-server, orders-db]',
      '  orders-db:',
      '    image: postgres:16',
      '',
    ].join('\n'),
    'config-server/pom.xml': '<project><artifactId>config-server</artifactId><dependencies><dependency><artifactId>spring-cloud-config-server</artifactId></dependency></dependencies></project>\n',
    'config-server/src/main/java/acme/ConfigServerApplication.java': 'package acme;\n@SpringBootApplication\n@EnableConfigServer\npublic class ConfigServerApplication {}\n',
    'discovery-server/pom.xml': '<project><artifactId>discovery-server</artifactId></project>\n',
    'discovery-server/src/main/java/acme/DiscoveryApplication.java': 'package acme;\n@SpringBootApplication\n@EnableEurekaServer\npublic class DiscoveryApplication {}\n',
    'admin-server/build.gradle': "dependencies {\n  implementation 'de.codecentric:spring-boot-admin-starter-server:3.2.0'\n}\n",
    'orders/pom.xml': '<project><artifactId>orders</artifactId></project>\n',
    'orders/src/main/resources/application.yml': [
      'spring:',
      '  config:',
      '    import: "optional:configserver:http://config-server:8888"',
      '  boot:',
      '    admin:',
      '      client:',
      '        url: http://admin-server:9090',
      'eureka:',
      '  client:',
      '    serviceUrl:',
      '      defaultZone: http://discovery-server:8761/eureka/',
      'management:',
      '  zipkin:',
      '    tracing:',
      '      endpoint: http://zipkin:9411/api/v2/spans',
      '',
    ].join('\n'),
  };

  it('lists every server as a system and keeps only the data integration', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join } = await import('node:path');
    const { scanPaths } = await import('../scan.js');
    const root = mkdtempSync(join(tmpdir(), 'patchbay-control-plane-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const result = await scanPaths([root]);
      expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`)).toEqual(['orders -> orders-db (database)']);
      expect(result.systems.map((system) => `${system.id} ${system.kind} ${system.technology ?? ''}`.trim())).toEqual([
        'admin-server other Spring Boot Admin',
        'config-server other Spring Cloud Config Server',
        'discovery-server other Eureka',
        'orders application',
        'orders-db database PostgreSQL',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
