import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { springConfigSource } from './spring-config.js';

/** Quarkus configuration is read by the Spring configuration source: the files are the same. */
async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return springConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const PROPERTIES = 'orders/src/main/resources/application.properties';

function connections(facts: Fact[]): [ConnectionFact['target'], string, string | undefined, string | undefined, number][] {
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => [fact.target, fact.mechanism, fact.technology, fact.role, fact.evidence.line]);
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

  it('reads %prod. values over plain ones and drops other profiles', async () => {
    const text = [
      'quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders', // 1
      '%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db:5432/orders', // 2
      '%dev.kafka.bootstrap.servers=localhost:9092', // 3
      '%dev,test.quarkus.redis.hosts=redis://dev-cache:6379', // 4
      'kafka.bootstrap.servers=kafka:9092', // 5
    ].join('\n');
    const facts = await read(PROPERTIES, text);
    expect(bindings(facts)).toEqual([
      ['quarkus.datasource.jdbc.url', 'jdbc:postgresql://orders-db:5432/orders'],
      ['kafka.bootstrap.servers', 'kafka:9092'],
    ]);
    expect(connections(facts)).toEqual([[{ url: 'jdbc:postgresql://orders-db:5432/orders' }, 'database', 'PostgreSQL', 'uses', 2]]);
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
    expect(bindings(facts)).toEqual([['quarkus.mongodb.connection-string', 'mongodb://orders-mongo:27017']]);
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
    const facts = await kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
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
});
