import { describe, expect, it } from 'vitest';
import { dockerComposeSource } from '../../discovery/sources/config/docker-compose.js';
import { readSnippet } from '../../discovery/sources/code/code-test-support.js';
import type { BindingFact, Evidence, Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { TELEMETRY_BACKEND_SETTING, telemetryBackendConnections } from './telemetry-backends.js';

const at = (line: number): Evidence => ({ file: 'docker-compose.yml', line, excerpt: `line ${line}` });
const bound = (key: string, value: string, line = 5): BindingFact => ({ type: 'binding', component: 'backend', key, value, evidence: at(line) });

describe('telemetryBackendConnections', () => {
  it.each([
    ['SkyWalking on BanyanDB', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'banyandb'], ['SW_STORAGE_BANYANDB_TARGETS', 'banyandb:17912']], [['uses', 'database', 'BanyanDB', { url: 'banyandb:17912' }]]],
    ['SkyWalking on Elasticsearch, two nodes', { images: ['oap'], technology: 'Apache SkyWalking' }, [['SW_STORAGE', 'elasticsearch'], ['SW_STORAGE_ES_CLUSTER_NODES', 'es-0:9200,es-1:9200']], [['uses', 'database', 'Elasticsearch', { url: 'es-0:9200' }], ['uses', 'database', 'Elasticsearch', { url: 'es-1:9200' }]]],
    ['SkyWalking 8 spelling elasticsearch7', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'elasticsearch7'], ['SW_STORAGE_ES_CLUSTER_NODES', 'elasticsearch:9200']], [['uses', 'database', 'Elasticsearch', { url: 'elasticsearch:9200' }]]],
    ['SkyWalking on MySQL by JDBC URL', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'mysql'], ['SW_JDBC_URL', 'jdbc:mysql://mysql:3306/swtest']], [['uses', 'database', 'MySQL', { url: 'jdbc:mysql://mysql:3306/swtest' }]]],
    ['only the selected store: an Elasticsearch address left beside banyandb', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'banyandb'], ['SW_STORAGE_BANYANDB_TARGETS', 'banyandb:17912'], ['SW_STORAGE_ES_CLUSTER_NODES', 'elasticsearch:9200']], [['uses', 'database', 'BanyanDB', { url: 'banyandb:17912' }]]],
    ['an in-memory store', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'h2']], []],
    ['a localhost target', { images: ['skywalking-oap-server'] }, [['SW_STORAGE', 'banyandb'], ['SW_STORAGE_BANYANDB_TARGETS', '127.0.0.1:17912']], []],
    ['SW_STORAGE on a service that is no OAP', { images: ['orders'] }, [['SW_STORAGE', 'banyandb'], ['SW_STORAGE_BANYANDB_TARGETS', 'banyandb:17912']], []],
    ['Jaeger on Cassandra and Kafka', { images: ['jaeger-collector'] }, [['SPAN_STORAGE_TYPE', 'cassandra,kafka'], ['CASSANDRA_SERVERS', 'cassandra'], ['KAFKA_PRODUCER_BROKERS', 'kafka:9092']], [['uses', 'database', 'Cassandra', { host: 'cassandra' }], ['produces', 'messaging', 'Kafka', { url: 'kafka:9092' }]]],
    ['Jaeger all-in-one by its technology', { images: ['all-in-one'], technology: 'Jaeger' }, [['SPAN_STORAGE_TYPE', 'elasticsearch'], ['ES_SERVER_URLS', 'http://elasticsearch:9200']], [['uses', 'database', 'Elasticsearch', { url: 'http://elasticsearch:9200' }]]],
    ['Zipkin on MySQL', { images: ['zipkin'] }, [['STORAGE_TYPE', 'mysql'], ['MYSQL_HOST', 'zipkin-db']], [['uses', 'database', 'MySQL', { host: 'zipkin-db' }]]],
    ['Zipkin in memory', { images: ['zipkin'] }, [['STORAGE_TYPE', 'mem']], []],
    ['STORAGE_TYPE of something else', { images: ['uploads'] }, [['STORAGE_TYPE', 'mysql'], ['MYSQL_HOST', 'db']], []],
    ['the SkyWalking UI', { images: ['skywalking-ui'] }, [['SW_OAP_ADDRESS', 'http://oap:12800']], [['calls', 'graphql', undefined, { url: 'http://oap:12800' }]]],
    ['SW_OAP_ADDRESS in a service of its own', { images: ['storefront'] }, [['SW_OAP_ADDRESS', 'http://oap:12800']], []],
  ])('%s', (_, component, settings, expected) => {
    const connections = telemetryBackendConnections({ key: 'backend', ...component, settings: settings.map(([key, value], index) => bound(key as string, value as string, index + 1)) });
    expect(connections.map((fact) => [fact.role, fact.mechanism, fact.technology, fact.target])).toEqual(expected);
    expect(connections.every((fact) => fact.telemetryPipeline === true)).toBe(true);
  });

  it.each([
    ['SW_STORAGE', true],
    ['SPAN_STORAGE_TYPE', true],
    ['SW_OAP_ADDRESS', true],
    ['SW_AGENT_COLLECTOR_BACKEND_SERVICES', false],
    ['SW_STORAGE_BANYANDB_TARGETS', false],
  ])('gates on %s: %s', (key, expected) => {
    expect(TELEMETRY_BACKEND_SETTING.test(key)).toBe(expected);
  });
});

const COMPOSE = `services:
  banyandb:
    image: apache/skywalking-banyandb:0.7.0
  oap:
    image: apache/skywalking-oap-server:10.1.0
    depends_on: [banyandb]
    environment:
      SW_STORAGE: banyandb
      SW_STORAGE_BANYANDB_TARGETS: banyandb:17912
  ui:
    image: apache/skywalking-ui:10.1.0
    environment:
      SW_OAP_ADDRESS: http://oap:12800
  orders:
    build: ./orders
    environment:
      SW_AGENT_COLLECTOR_BACKEND_SERVICES: oap:11800
      ORDERS_TRACE_URL: http://oap:12800
`;

describe('an observability backend in compose', () => {
  it('keeps the OAP\'s storage and the UI\'s queries, not the agents\' telemetry', async () => {
    const facts: Fact[] = await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE);
    const result = resolveFacts(facts);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['oap -> banyandb database', 'ui -> oap graphql']);
    expect(result.systems.find((system) => system.id === 'banyandb')?.kind).toBe('database');
  });

  it('knows an OAP by SW_STORAGE when its image is a variable', async () => {
    const compose = COMPOSE.replace('image: apache/skywalking-oap-server:10.1.0', 'image: ${SW_OAP_IMAGE}');
    const result = resolveFacts(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose));
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['oap -> banyandb database', 'ui -> oap graphql']);
  });
});
