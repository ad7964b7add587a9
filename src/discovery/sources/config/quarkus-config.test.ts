import { describe, expect, it } from 'vitest';
import { isServiceLinkFact } from '../../../core/discovery/service-links.js';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { springConfigSource } from './spring-config.js';

/** Quarkus configuration is read by the Spring configuration source: the files are the same. */
async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  // Service links are tested in core/discovery/service-links.test.ts.
  return (await springConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact) => !isServiceLinkFact(fact));
}

const PROPERTIES = 'orders/src/main/resources/application.properties';

function connections(facts: Fact[]): [ConnectionFact['target'], string, string | undefined, string | undefined, number][] {
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => [fact.target, fact.mechanism, fact.technology, fact.role, fact.evidence.line]);
}

function profiledBindings(facts: Fact[]): [string, string, string | undefined][] {
  return facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => [fact.key, fact.value, fact.profileOnly ? fact.profile : undefined]);
}

function profiledConnections(facts: Fact[]): [ConnectionFact['target'], number, string | undefined, string[] | undefined][] {
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => [fact.target, fact.evidence.line, fact.profileOnly ? fact.profile : undefined, fact.unlessProfiles]);
}

function bindings(facts: Fact[]): [string, string][] {
  return facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => [fact.key, fact.value]);
}

describe('Quarkus configuration', () => {
  it.each([
    ['a JDBC datasource', 'quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders', { url: 'jdbc:postgresql://orders-db:5432/orders' }, 'database', 'PostgreSQL'],
    ['a named datasource', 'quarkus.datasource."users".jdbc.url=jdbc:mysql://users-db:3306/users', { url: 'jdbc:mysql://users-db:3306/users' }, 'database', 'MySQL'],
    ['a reactive datasource', 'quarkus.datasource.reactive.url=postgresql://orders-db:5432/orders', { url: 'postgresql://orders-db:5432/orders' }, 'database', 'PostgreSQL'],
    ['a reactive datasource with the Vert.x prefix', 'quarkus.datasource.reactive.url=vertx-reactive:postgresql://orders-db:5432/orders', { url: 'postgresql://orders-db:5432/orders' }, 'database', 'PostgreSQL'],
    ['MongoDB', 'quarkus.mongodb.connection-string=mongodb://mongo:27017', { url: 'mongodb://mongo:27017' }, 'database', 'MongoDB'],
    ['MongoDB hosts', 'quarkus.mongodb.hosts=champion-db:27017,champion-db-1:27017', { url: 'champion-db:27017' }, 'database', 'MongoDB'],
    ['an Apicurio registry through the Kafka connector', 'mp.messaging.connector.smallrye-kafka.apicurio.registry.url=http://registry:8080/apis/registry/v2', { url: 'http://registry:8080/apis/registry/v2' }, 'rest', 'Schema Registry'],
    ['an Apicurio registry of one channel', 'mp.messaging.outgoing.duels.apicurio.registry.url=http://registry:8080/apis/registry/v2', { url: 'http://registry:8080/apis/registry/v2' }, 'rest', 'Schema Registry'],
    ['Redis', 'quarkus.redis.hosts=redis://cache:6379', { url: 'redis://cache:6379' }, 'database', 'Redis'],
    ['a named Redis client, a list', 'quarkus.redis.sessions.hosts=redis://sessions-a:6379,redis://sessions-b:6379', { url: 'redis://sessions-a:6379' }, 'database', 'Redis'],
    ['Infinispan hosts', 'quarkus.infinispan-client.hosts=datagrid:11222', { url: 'datagrid:11222' }, 'database', 'Infinispan'],
    ['Infinispan server list', 'quarkus.infinispan-client.server-list=datagrid:11222;other:11222', { url: 'datagrid:11222' }, 'database', 'Infinispan'],
    ['an OIDC server', 'quarkus.oidc.auth-server-url=http://keycloak:8180/realms/quarkus', { url: 'http://keycloak:8180/realms/quarkus' }, 'rest', 'OpenID Connect'],
    ['a placeholder', 'quarkus.datasource.jdbc.url=${DB_URL}', { key: 'DB_URL' }, 'database', undefined],
  ])('connects %s', async (_, line, target, mechanism, technology) => {
    expect(connections(await read(PROPERTIES, line))).toEqual([[target, mechanism, technology, mechanism === 'rest' ? 'calls' : 'uses', 1]]);
  });

  it.each([
    ['the Kafka broker', 'kafka.bootstrap.servers=kafka:9092'],
    ['a channel broker', 'mp.messaging.incoming.orders.bootstrap.servers=kafka:9092'],
    ['a REST client', 'quarkus.rest-client."catalog-service".url=http://catalog:8080'],
    ['a local datasource', 'quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders'],
    ['a dev profile', '%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://dev-db:5432/orders'],
    ['a test profile', '%test.quarkus.mongodb.connection-string=mongodb://test-mongo:27017'],
  ])('binds %s without a connection', async (_, line) => {
    expect(connections(await read(PROPERTIES, line))).toEqual([]);
  });

  it('binds each profile\'s values for its profile and drops development and test profiles', async () => {
    const text = [
      'quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders', // 1
      '%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders', // 2
      '%dev.kafka.bootstrap.servers=localhost:9092', // 3
      '%dev,test.quarkus.redis.hosts=redis://dev-cache:6379', // 4
      'kafka.bootstrap.servers=kafka:9092', // 5
      '%kubernetes.quarkus.redis.hosts=redis://cache:6379', // 6
    ].join('\n');
    const facts = await read(PROPERTIES, text);
    expect(profiledBindings(facts)).toEqual([
      ['quarkus.datasource.jdbc.url', 'jdbc:postgresql://localhost:5432/orders', undefined],
      ['quarkus.datasource.jdbc.url', 'jdbc:postgresql://orders-db:5432/orders', 'prod'],
      ['kafka.bootstrap.servers', 'kafka:9092', undefined],
      ['quarkus.redis.hosts', 'redis://cache:6379', 'kubernetes'],
    ]);
    expect(profiledConnections(facts)).toEqual([
      [{ url: 'jdbc:postgresql://orders-db:5432/orders' }, 2, 'prod', undefined],
      [{ url: 'redis://cache:6379' }, 6, 'kubernetes', undefined],
    ]);
  });

  it('keeps a plain connection apart from the profiles that replace it', async () => {
    const text = ['quarkus.mongodb.connection-string=mongodb://mongo:27017', '%kubernetes.quarkus.mongodb.connection-string=mongodb://roster-mongo:27017'].join('\n');
    expect(profiledConnections(await read(PROPERTIES, text))).toEqual([
      [{ url: 'mongodb://mongo:27017' }, 1, undefined, ['kubernetes']],
      [{ url: 'mongodb://roster-mongo:27017' }, 2, 'kubernetes', undefined],
    ]);
  });

  it('reads profiles of YAML', async () => {
    const text = [
      'quarkus:', //                                         1
      '  mongodb:', //                                       2
      '    connection-string: mongodb://localhost:27017', // 3
      '"%prod":', //                                         4
      '  quarkus:', //                                       5
      '    mongodb:', //                                     6
      '      connection-string: mongodb://orders-mongo:27017', // 7
      '"%test":', //                                         8
      '  kafka:', //                                         9
      '    bootstrap.servers: test-kafka:9092', //           10
    ].join('\n');
    const facts = await read('orders/src/main/resources/application.yaml', text);
    expect(profiledBindings(facts)).toEqual([
      ['quarkus.mongodb.connection-string', 'mongodb://localhost:27017', undefined],
      ['quarkus.mongodb.connection-string', 'mongodb://orders-mongo:27017', 'prod'],
    ]);
    expect(connections(facts)).toEqual([[{ url: 'mongodb://orders-mongo:27017' }, 'database', 'MongoDB', 'uses', 7]]);
  });

  it('binds a MicroProfile REST client URL as written (resolution treats every form as one setting)', async () => {
    expect(bindings(await read(PROPERTIES, 'catalog-service/mp-rest/url=http://catalog:8080'))).toEqual([['catalog-service/mp-rest/url', 'http://catalog:8080']]);
  });

  it('reads a ConfigMap mounted as application.properties as the workload\'s settings', async () => {
    const text = [
      'apiVersion: v1', //                                                     1
      'kind: ConfigMap', //                                                    2
      'metadata:', //                                                          3
      '  name: orders-config', //                                              4
      'data:', //                                                              5
      '  application.properties: |', //                                        6
      '    %dev.quarkus.datasource.jdbc.url=jdbc:postgresql://dev-db/orders', // 7
      '    quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders', // 8
      '    kafka.bootstrap.servers=kafka:9092', //                              9
      '---', //                                                                10
      'apiVersion: apps/v1', //                                                11
      'kind: Deployment', //                                                   12
      'metadata:', //                                                          13
      '  name: orders', //                                                     14
      'spec:', //                                                              15
      '  template:', //                                                        16
      '    spec:', //                                                          17
      '      containers:', //                                                  18
      '        - name: orders', //                                             19
      '          image: acme/orders:1', //                                     20
      '          volumeMounts: [{ name: config, mountPath: /deployments/config }]', // 21
      '      volumes:', //                                                     22
      '        - name: config', //                                             23
      '          configMap: { name: orders-config }', //                       24
    ].join('\n');
    const file = { path: 'k8s/orders.yaml', text };
    const facts = (await kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact) => !isServiceLinkFact(fact));
    const ofOrders = facts.filter((fact) => (fact.type === 'binding' || fact.type === 'connection') && fact.component === 'orders');
    expect(bindings(ofOrders)).toEqual([
      ['quarkus.datasource.jdbc.url', 'jdbc:postgresql://orders-db:5432/orders'],
      ['kafka.bootstrap.servers', 'kafka:9092'],
    ]);
    expect(connections(ofOrders)).toEqual([[{ url: 'jdbc:postgresql://orders-db:5432/orders' }, 'database', 'PostgreSQL', 'uses', 8]]);
    expect(ofOrders.map((fact) => fact.evidence.excerpt)).toContain('quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders');
  });

  it('reads a ConfigMap of another file mounted as application.properties as the workload\'s settings', async () => {
    const configMap = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: orders-config',
      'data:',
      '  application.properties: |',
      '    quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders',
      '    quarkus.rest-client.stock.url=http://stock:8080',
    ].join('\n');
    const workload = (name: string, mapName: string): string =>
      ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${name}`, `          image: acme/${name}:1`, '      volumes:', '        - name: config', `          configMap: { name: ${mapName} }`].join('\n');
    const database = ['apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: orders-db', 'spec:', '  template:', '    spec:', '      containers:', '        - name: db', '          image: postgres:16'].join('\n');
    const facts: Fact[] = [];
    for (const [path, text] of [
      ['k8s/config/orders-config.yaml', configMap],
      ['k8s/orders.yaml', workload('orders', 'orders-config')],
      ['k8s/billing.yaml', workload('billing', 'billing-config')],
      ['k8s/orders-db.yaml', database],
      ['k8s/stock.yaml', workload('stock', 'stock-config')],
    ]) {
      const file = { path: path as string, text: text as string };
      facts.push(...(await kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })));
    }
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['orders -> orders-db database']);
  });

  describe('profiles chosen by the deployment', () => {
    const settings = [
      'quarkus.rest-client.ranking-api.url=http://ranking:8080', //                 1
      '%kubernetes.quarkus.rest-client.ranking-api.url=http://ranking-k8s:8080', // 2
      '%prod.quarkus.rest-client.ranking-api.url=http://ranking-prod:8080', //       3
      '%dev.quarkus.rest-client.ranking-api.url=http://localhost:8089', //           4
      'quarkus.datasource.reactive.url=postgresql://localhost:5432/bouts', //        5
      '%kubernetes.quarkus.datasource.reactive.url=postgresql://bout-db:5432/bouts', // 6
      '%prod.quarkus.datasource.reactive.url=postgresql://legacy-db:5432/bouts', //  7
      'quarkus.rest-client.ledger-api.url=stork://ledger/api', //                    8
      '%kubernetes.stork.ledger.service-discovery.type=kubernetes', //               9
      '%dev.stork.ledger.service-discovery.type=static', //                          10
      '%dev.stork.ledger.service-discovery.address-list=localhost:8085', //          11
    ].join('\n');
    const client = (configKey: string, line: number): ConnectionFact => ({
      type: 'connection',
      target: { key: `quarkus.rest-client.${configKey}.url` },
      role: 'calls',
      mechanism: 'rest',
      evidence: { file: 'bout/src/main/java/io/joust/Clients.java', line, excerpt: '@RegisterRestClient' },
      confidence: 0.85,
    });
    const deployment = (env: string): string =>
      ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: bout', 'spec:', '  template:', '    spec:', '      containers:', '        - name: bout', '          image: joust/bout:1', ...(env === '' ? [] : ['          env:', env])].join('\n');
    const edges = async (env: string): Promise<string[]> => {
      const manifest = { path: 'k8s/bout.yaml', text: deployment(env) };
      const facts: Fact[] = [
        ...(await read('bout/src/main/resources/application.properties', settings)),
        ...(await kubernetesManifestsSource.read(manifest, { evidenceAt: evidenceFor(manifest), parse: async () => { throw new Error('no code'); }, rules: [] })),
        { type: 'component', name: 'bout', kind: 'application', root: 'bout', evidence: { file: 'bout/pom.xml', line: 1, excerpt: '<project>' }, confidence: 0.9 },
        client('ranking-api', 3),
        client('ledger-api', 4),
      ];
      return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
    };

    it.each([
      ['no profile chosen: prod', '', ['bout -> legacy-db', 'bout -> ranking-prod']],
      ['QUARKUS_PROFILE=kubernetes', '            - { name: QUARKUS_PROFILE, value: kubernetes }', ['bout -> bout-db', 'bout -> ledger', 'bout -> ranking-k8s']],
      ['-Dquarkus.profile in JAVA_OPTS_APPEND', '            - { name: JAVA_OPTS_APPEND, value: "-Dquarkus.profile=kubernetes -Xmx256m" }', ['bout -> bout-db', 'bout -> ledger', 'bout -> ranking-k8s']],
      ['SMALLRYE_CONFIG_PROFILE=kubernetes', '            - { name: SMALLRYE_CONFIG_PROFILE, value: kubernetes }', ['bout -> bout-db', 'bout -> ledger', 'bout -> ranking-k8s']],
      ['a profile the file does not know: plain values', '            - { name: QUARKUS_PROFILE, value: staging }', ['bout -> ranking']],
      ['dev never applies, even when chosen', '            - { name: QUARKUS_PROFILE, value: dev }', ['bout -> ranking']],
    ])('%s', async (_, env, expected) => {
      expect(await edges(env)).toEqual(expected);
    });
  });
});
