import { describe, expect, it } from 'vitest';
import { expandGroups, springConfigAssignments, springEnvironmentConnections } from './binding-groups.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Evidence, type Fact } from './facts.js';
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

  it('takes one key from the nearest file defining it, past a nearer file of the group without it', () => {
    const inputs = [
      member('template-inputs', 'registry_url', 'http://registry:5000', 'make/prepare/utils/configs.py', 3),
      member('template-inputs', 'hostname', 'reg.mydomain.com', 'make/product.yml.tmpl', 2),
    ];
    const taking = (key: string) => bound('core', key.toUpperCase(), `$group:template-inputs#${key}`, 'make/prepare/templates/core/env.jinja');
    expect(expandGroups([taking('hostname'), taking('registry_url')], inputs).map((binding) => `${binding.key}=${binding.value}`)).toEqual(['HOSTNAME=reg.mydomain.com', 'REGISTRY_URL=http://registry:5000']);
  });

  it('carries a member\'s property expression, for the including component\'s environment to fill', () => {
    const settings = { ...member('spring-config:rates', 'rates.url', 'http://localhost:8081', 'config-repo/rates.yml', 2), expression: '${RATES_URL:http://localhost:8081}' };
    expect(expandGroups([bound('rates', '*', '$group:spring-config:rates')], [settings])).toEqual([
      { type: 'binding', component: 'rates', key: 'rates.url', value: 'http://localhost:8081', expression: '${RATES_URL:http://localhost:8081}', evidence: at('config-repo/rates.yml', 2) },
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
    ['QUARKUS_DATASOURCE_JDBC_URL', 'jdbc:postgresql://orders-db:5432/orders', { url: 'jdbc:postgresql://orders-db:5432/orders' }, 'uses', 'database', 'PostgreSQL'],
    ['QUARKUS_DATASOURCE_REACTIVE_URL', 'vertx-reactive:mysql://orders-db:3306/orders', { url: 'mysql://orders-db:3306/orders' }, 'uses', 'database', 'MySQL'],
    ['QUARKUS_MONGODB_CONNECTION_STRING', 'mongodb://mongo:27017', { url: 'mongodb://mongo:27017' }, 'uses', 'database', 'MongoDB'],
    ['QUARKUS_REDIS_HOSTS', 'redis://cache:6379,redis://cache-2:6379', { url: 'redis://cache:6379' }, 'uses', 'database', 'Redis'],
    ['QUARKUS_INFINISPAN_CLIENT_HOSTS', 'datagrid:11222', { url: 'datagrid:11222' }, 'uses', 'database', 'Infinispan'],
    ['QUARKUS_INFINISPAN_CLIENT_SERVER_LIST', 'datagrid:11222;other:11222', { url: 'datagrid:11222' }, 'uses', 'database', 'Infinispan'],
    ['QUARKUS_OIDC_AUTH_SERVER_URL', 'http://keycloak:8180/realms/q', { url: 'http://keycloak:8180/realms/q' }, 'calls', 'rest', 'OpenID Connect'],
  ])('makes the Quarkus variable %s a connection', (key, value, target, role, mechanism, technology) => {
    expect(springEnvironmentConnections([bound('svc', key, value)]).map((fact) => [fact.target, fact.role, fact.mechanism, fact.technology])).toEqual([[target, role, mechanism, technology]]);
  });

  it.each([
    ['a Quarkus broker (the code carries the direction)', 'KAFKA_BOOTSTRAP_SERVERS', 'kafka:9092'],
    ['a Quarkus REST client URL (the code carries the call)', 'QUARKUS_REST_CLIENT_CATALOG_SERVICE_URL', 'http://catalog:8080'],
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

describe('springConfigAssignments', () => {
  const repo = 'config/src/main/resources/shared';
  const file = (name: string) => member(`spring-config:${name}`, 'k', 'v', `${repo}/${name}.yml`);
  const takes = (scope: string, name: string): BindingFact => ({ type: 'binding', scope, key: '*', value: `$group:spring-config:${name}`, evidence: at(`${scope}/src/main/resources/bootstrap.yml`) });
  const files = ['application', 'application-docker', 'ledger', 'ledger-docker', 'ledger-audit', 'notice', 'edge'].map(file);

  it.each([
    ['a service named in its own configuration gets its file, then its profiles, then the shared ones when it imports', [takes('ledger', 'ledger'), takes('ledger', 'application')], [], ['ledger ledger', 'ledger-audit ledger', 'ledger-docker ledger', 'application ledger', 'application-docker ledger']],
    ['a file named like another service is not a profile', [takes('ledger', 'ledger'), takes('audit', 'ledger-audit')], [], ['ledger ledger', 'ledger-docker ledger', 'ledger-audit audit']],
    ['a service that does not import gets no shared file', [takes('ledger', 'ledger')], ['ledger'], ['ledger ledger', 'ledger-audit ledger', 'ledger-docker ledger']],
    ['a file no service names goes to the component called so, and its profiles with it', [], ['notice', 'ledger'], ['ledger ledger', 'ledger-audit ledger', 'ledger-docker ledger', 'notice notice']],
    ['nobody gets a file no service and no component is named after', [], ['config'], []],
    ['a name said in two of a service\'s files serves once', [takes('notice', 'notice'), takes('notice', 'notice')], [], ['notice notice']],
  ])('%s', (_case, inclusions, components, expected) => {
    const assignments = springConfigAssignments(inclusions, [...files], (name) => components.includes(name));
    const shown = assignments.map((assignment) => `${assignment.group.slice('spring-config:'.length)} ${'component' in assignment.owner ? assignment.owner.component : assignment.owner.scope}`);
    expect(shown).toEqual(expected);
    expect(assignments.every((assignment) => assignment.file.startsWith(`${repo}/`))).toBe(true);
  });

  it.each([
    ['the active profile selects among the profile files', ['docker'], ['ledger ledger', 'ledger-docker ledger']],
    ['a profile with no file of its own leaves every profile a candidate', ['k8s'], ['ledger ledger', 'ledger-audit ledger', 'ledger-docker ledger']],
    ['no known profile leaves every profile a candidate', [], ['ledger ledger', 'ledger-audit ledger', 'ledger-docker ledger']],
  ])('%s', (_case, profiles, expected) => {
    const assignments = springConfigAssignments([takes('ledger', 'ledger')], [...files], () => false, (owner) => ('scope' in owner && owner.scope === 'ledger' ? profiles : []));
    expect(assignments.map((assignment) => `${assignment.group.slice('spring-config:'.length)} ${'scope' in assignment.owner ? assignment.owner.scope : ''}`)).toEqual(expected);
  });

  it('serves a name defined in two repositories from the one nearest the service', () => {
    const twice = [member('spring-config:ledger', 'k', 'v', 'team-a/config-repo/ledger.yml'), member('spring-config:ledger', 'k', 'w', 'team-b/config-repo/ledger.yml')];
    const inclusion: BindingFact = { type: 'binding', scope: 'team-b/ledger', key: '*', value: '$group:spring-config:ledger', evidence: at('team-b/ledger/src/main/resources/application.yml') };
    expect(springConfigAssignments([inclusion], twice, () => false)).toEqual([{ group: 'spring-config:ledger', file: 'team-b/config-repo/ledger.yml', owner: { scope: 'team-b/ledger' } }]);
  });

  it('makes the served settings and connections the service\'s, below its own, and nothing the config server\'s', () => {
    const connection = (group: string, url: string, line: number): ConnectionFact => ({ type: 'connection', group, target: { url }, role: 'uses', mechanism: 'database', technology: 'MongoDB', targetKind: 'database', evidence: at(`${repo}/${group.slice('spring-config:'.length)}.yml`, line), confidence: CONFIDENCE.literal });
    const facts: Fact[] = [
      { type: 'component', name: 'config', kind: 'application', root: 'config', evidence: at('docker-compose.yml', 2), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'ledger', kind: 'application', root: 'ledger', evidence: at('docker-compose.yml', 5), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'rates', kind: 'application', evidence: at('docker-compose.yml', 8), confidence: CONFIDENCE.declared },
      takes('ledger', 'ledger'),
      takes('ledger', 'application'),
      member('spring-config:ledger', 'rates.url', 'http://rates:8083', `${repo}/ledger.yml`, 3),
      member('spring-config:application', 'rates.url', 'http://rates-old:8083', `${repo}/application.yml`, 3),
      member('spring-config:application', 'audit.url', 'http://audit:8084', `${repo}/application.yml`, 4),
      { type: 'binding', scope: 'ledger', key: 'audit.url', value: 'http://audit-own:8084', evidence: at('ledger/src/main/resources/application.yml', 2) },
      connection('spring-config:ledger', 'mongodb://ledger-mongo:27017/ledger', 2),
      connection('spring-config:notice', 'mongodb://notice-mongo:27017/notice', 2),
      { type: 'connection', target: { key: 'rates.url' }, role: 'calls', mechanism: 'rest', evidence: at('ledger/src/main/java/Rates.java', 7), confidence: CONFIDENCE.literal },
      { type: 'connection', target: { key: 'audit.url' }, role: 'calls', mechanism: 'rest', evidence: at('ledger/src/main/java/Audit.java', 7), confidence: CONFIDENCE.literal },
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['ledger -> audit-own rest', 'ledger -> ledger-mongo database', 'ledger -> rates rest']);
  });

  it('keeps a served value\'s property expression, which the service\'s own deployment fills in', () => {
    const facts: Fact[] = [
      { type: 'component', name: 'ledger', kind: 'application', root: 'ledger', evidence: at('docker-compose.yml', 5), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'rates', kind: 'application', evidence: at('docker-compose.yml', 8), confidence: CONFIDENCE.declared },
      takes('ledger', 'ledger'),
      takes('ledger', 'application'),
      { ...member('spring-config:application', 'services.rates.url', 'http://localhost:8083', `${repo}/application.yml`, 3), expression: '${RATES_ADDRESS:http://localhost:8083}' },
      { ...member('spring-config:ledger', 'rates.url', '${services.rates.url}', `${repo}/ledger.yml`, 2), expression: '${services.rates.url}' },
      bound('ledger', 'RATES_ADDRESS', 'http://rates:8083', 'docker-compose.yml'),
      { type: 'connection', target: { key: 'rates.url' }, role: 'calls', mechanism: 'rest', evidence: at('ledger/src/main/java/Rates.java', 7), confidence: CONFIDENCE.literal },
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['ledger -> rates rest']);
  });
});

describe('springConfigAssignments: a shared settings folder outside the modules', () => {
  const file = (name: string, folder = 'config') => member(`spring-config:${name}`, 'k', 'v', `${folder}/${name}.yml`);
  const shown = (assignments: ReturnType<typeof springConfigAssignments>): string[] =>
    assignments.map((assignment) => `${assignment.group.slice('spring-config:'.length)} ${'component' in assignment.owner ? assignment.owner.component : assignment.owner.scope}`);
  const takes = (component: string, name: string): BindingFact => ({ type: 'binding', component, key: '*', value: `$group:spring-config:${name}`, evidence: at(`deploy/${component}.yaml`) });

  it.each<[string, string[], BindingFact[], string[]]>([
    [
      'the one file no service is named after is every service\'s base, before its own',
      ['relayworks', 'orders', 'orders-prod', 'billing'],
      [],
      ['relayworks billing', 'relayworks orders', 'billing billing', 'orders orders', 'orders-prod orders'],
    ],
    ['two such files leave the base unknown', ['relayworks', 'kafka', 'orders', 'billing'], [], ['billing billing', 'orders orders']],
    ['a folder serving one service has no base', ['relayworks', 'orders'], [], ['orders orders']],
    [
      'a file one service names is that service\'s (its application name), not a base',
      ['ordering', 'orders', 'billing'],
      [takes('orders', 'ordering')],
      ['ordering orders', 'billing billing', 'orders orders'],
    ],
    [
      'a base some services name is also served to those whose code computes it',
      ['relayworks', 'orders', 'billing', 'catalog'],
      [takes('orders', 'relayworks'), takes('billing', 'relayworks')],
      ['relayworks orders', 'relayworks billing', 'relayworks catalog', 'billing billing', 'catalog catalog', 'orders orders'],
    ],
  ])('%s', (_case, names, inclusions, expected) => {
    const components = ['orders', 'billing', 'catalog'];
    expect(shown(springConfigAssignments(inclusions, names.map((name) => file(name)), (name) => components.includes(name)))).toEqual(expected);
  });

  it('a config server\'s repository has no base: its shared file is `application`', () => {
    const files = ['platform', 'orders', 'billing'].map((name) => file(name, 'config-repo'));
    expect(shown(springConfigAssignments([], files, (name) => ['orders', 'billing'].includes(name)))).toEqual(['billing billing', 'orders orders']);
  });
});
