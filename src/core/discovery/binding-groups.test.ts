import { describe, expect, it } from 'vitest';
import { expandGroups, springEnvironmentConnections } from './binding-groups.js';
import { CONFIDENCE, type BindingFact, type Evidence, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const member = (group: string, key: string, value: string, file: string, line = 1): BindingFact => ({ type: 'binding', group, key, value, evidence: at(file, line) });
const bound = (component: string, key: string, value: string, file = 'k8s/app.yaml'): BindingFact => ({ type: 'binding', component, key, value, evidence: at(file, 9) });

describe('expandGroups', () => {
  const groups = [
    member('configmap:api', 'CART_ADDR', 'cart:7070', 'k8s/config.yaml', 4),
    member('configmap:api', 'LOG_LEVEL', 'info', 'k8s/config.yaml', 5),
    member('configmap:api', 'CART_ADDR', 'cart.staging:7070', 'overlays/staging/config.yaml', 4),
  ];

  it('binds every key of an included group to the including component, under its prefix, with the group\'s evidence', () => {
    expect(expandGroups([bound('web', 'CFG_*', '$group:configmap:api')], groups)).toEqual([
      { type: 'binding', component: 'web', key: 'CFG_CART_ADDR', value: 'cart:7070', evidence: at('k8s/config.yaml', 4) },
      { type: 'binding', component: 'web', key: 'CFG_LOG_LEVEL', value: 'info', evidence: at('k8s/config.yaml', 5) },
    ]);
  });

  it('binds one key under the binding\'s own name (configMapKeyRef), from the nearest definition', () => {
    expect(expandGroups([bound('web', 'CART', '$group:configmap:api#CART_ADDR', 'overlays/staging/web.yaml')], groups)).toEqual([
      { type: 'binding', component: 'web', key: 'CART', value: 'cart.staging:7070', evidence: at('overlays/staging/config.yaml', 4) },
    ]);
  });

  it('keeps other bindings, drops inclusions of groups no file defines, and does not depend on order', () => {
    const plain = bound('web', 'PORT', '8080');
    const input = [plain, bound('web', '*', '$group:configmap:missing')];
    expect(expandGroups(input, groups)).toEqual([plain]);
    expect(expandGroups([bound('web', '*', '$group:configmap:api')], [...groups].reverse())).toEqual(expandGroups([bound('web', '*', '$group:configmap:api')], groups));
  });
});

describe('springEnvironmentConnections', () => {
  it('makes the well-known Spring Boot variables of a component connections, by relaxed binding', () => {
    const connections = springEnvironmentConnections([
      bound('balancereader', 'SPRING_DATASOURCE_URL', 'jdbc:postgresql://ledger-db:5432/ledger'),
      bound('cache-user', 'SPRING_DATA_REDIS_HOST', 'redis-cart'),
      bound('cache-user', 'SPRING_DATA_REDIS_PORT', '6380'),
    ]);
    expect(connections.map((fact) => [fact.component, fact.target, fact.mechanism, fact.technology, fact.confidence])).toEqual([
      ['balancereader', { url: 'jdbc:postgresql://ledger-db:5432/ledger' }, 'database', 'PostgreSQL', CONFIDENCE.resolved],
      ['cache-user', { host: 'redis-cart', port: 6380 }, 'database', 'Redis', CONFIDENCE.resolved],
    ]);
  });

  it.each([
    ['a local address', 'SPRING_DATASOURCE_URL', 'jdbc:postgresql://localhost:5432/x'],
    ['an in-memory database', 'SPRING_DATASOURCE_URL', 'jdbc:h2:mem:test'],
    ['a masked value (a Secret)', 'SPRING_DATASOURCE_URL', '***'],
    ['a placeholder', 'SPRING_DATASOURCE_URL', '${DB_URL}'],
    ['a broker (the code carries the direction)', 'SPRING_KAFKA_BOOTSTRAP_SERVERS', 'kafka:9092'],
    ['an unrelated variable', 'DATASOURCE_URL', 'jdbc:postgresql://db/x'],
  ])('ignores %s', (_, key, value) => {
    expect(springEnvironmentConnections([bound('svc', key, value)])).toEqual([]);
  });

  it('ignores bindings of a folder rather than a deployed component', () => {
    expect(springEnvironmentConnections([{ type: 'binding', scope: 'svc', key: 'SPRING_DATASOURCE_URL', value: 'jdbc:postgresql://db/x', evidence: at('svc/.env') }])).toEqual([]);
  });
});

describe('resolution with groups, Spring environment, control plane and shared Go modules', () => {
  const component = (name: string, extra: Partial<Extract<Fact, { type: 'component' }>> = {}): Fact => ({ type: 'component', name, kind: 'application', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra });
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`);

  it('follows code reading a variable that arrives through a ConfigMap of another file', () => {
    expect(edges([
      component('frontend', { root: 'frontend' }),
      component('userservice'),
      member('configmap:service-api-config', 'USERSERVICE_ADDR', 'userservice:8080', 'k8s/config.yaml', 3),
      bound('frontend', '*', '$group:configmap:service-api-config', 'k8s/frontend.yaml'),
      { type: 'connection', target: { key: 'USERSERVICE_ADDR' }, role: 'calls', mechanism: 'rest', evidence: at('frontend/app.py', 20), confidence: CONFIDENCE.literal },
    ])).toEqual(['frontend -> userservice (rest)']);
  });

  it('makes a database edge of SPRING_DATASOURCE_URL taken in from a ConfigMap', () => {
    expect(edges([
      component('balancereader'),
      component('ledger-db', { kind: 'database', technology: 'PostgreSQL' }),
      member('configmap:ledger-db-config', 'SPRING_DATASOURCE_URL', 'jdbc:postgresql://ledger-db:5432/ledger', 'k8s/config.yaml', 3),
      bound('balancereader', '*', '$group:configmap:ledger-db-config'),
    ])).toEqual(['balancereader -> ledger-db (database)']);
  });

  it('makes no edge of a bare depends_on on a registry or a tracing backend', () => {
    expect(edges([
      component('geo'),
      component('consul', { kind: 'other', technology: 'Consul' }),
      component('jaeger', { kind: 'other', technology: 'Jaeger' }),
      component('mongodb-geo', { kind: 'database', technology: 'MongoDB' }),
      ...['consul', 'jaeger', 'mongodb-geo'].map((target): Fact => ({ type: 'connection', component: 'geo', target: { component: target }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', 5), confidence: CONFIDENCE.inferred })),
    ])).toEqual(['geo -> mongodb-geo (database)']);
  });

  it('lists no system for a Go module that only holds the cmd/<name> deployables of other systems', () => {
    const facts: Fact[] = [
      component('hotelres', { root: '', goModule: true, confidence: CONFIDENCE.weak, evidence: at('go.mod') }),
      component('geo', { root: '' }),
      { type: 'connection', target: { url: 'mongodb://mongodb-geo:27017' }, role: 'uses', mechanism: 'database', evidence: at('cmd/geo/main.go', 12), confidence: CONFIDENCE.literal },
    ];
    expect(resolveFacts(facts).systems.map((system) => system.id)).toEqual(['geo', 'mongodb-geo']);
    // A module with a deployable of its own stays a system.
    const alone: Fact[] = [component('tool', { root: 'tool', goModule: true, evidence: at('tool/go.mod') }), { type: 'connection', target: { url: 'http://api.example.org' }, role: 'calls', mechanism: 'rest', evidence: at('tool/main.go', 3), confidence: CONFIDENCE.literal }];
    expect(resolveFacts(alone).systems.map((system) => system.id)).toContain('tool');
  });
});
