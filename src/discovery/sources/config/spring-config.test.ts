import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { parseProperties } from './properties.js';
import { documentProfile, moduleRoot, moduleSettingsFileGroup, springConfigSource } from './spring-config.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return springConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('spring-config source', () => {
  it.each([
    ['orders/src/main/resources/application.yml', true],
    ['src/main/resources/application-prod.yaml', true],
    ['src/main/resources/application.properties', true],
    ['config/bootstrap.yml', true],
    ['orders/src/test/resources/application-test.yml', false],
    ['src/main/resources/logback.xml', false],
    ['application.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(springConfigSource.accepts(path)).toBe(accepted);
  });

  it.each([
    ['orders/src/main/resources/application.yml', 'orders'],
    ['src/main/resources/application.yml', ''],
    ['src/main/resources/config/application.yml', ''],
    ['deploy/config/application.yml', 'deploy/config'],
  ])('takes the module of %s to be %j', (path, root) => {
    expect(moduleRoot(path)).toBe(root);
  });

  it('binds every YAML key flattened, and connects the datasource and Redis, but not Kafka', async () => {
    const text = [
      'server:', //                                           1
      '  port: 8080', //                                      2
      'spring:', //                                           3
      '  datasource:', //                                     4
      '    url: jdbc:postgresql://orders-db:5432/orders', //  5
      '    username: orders', //                              6
      '  data:', //                                           7
      '    redis:', //                                        8
      '      host: cache', //                                 9
      '      port: 6379', //                                  10
      '  kafka:', //                                          11
      '    bootstrap-servers: kafka:9092', //                 12
      'services:', //                                         13
      '  hosts: [a.internal, b.internal]', //                 14
    ].join('\n');
    const file = 'orders/src/main/resources/application.yml';
    const scope = 'orders';
    expect(await read(file, text)).toEqual([
      { type: 'binding', scope, key: 'server.port', value: '8080', evidence: { file, line: 2, excerpt: 'port: 8080' } },
      { type: 'binding', scope, key: 'spring.datasource.url', value: 'jdbc:postgresql://orders-db:5432/orders', evidence: { file, line: 5, excerpt: 'url: jdbc:postgresql://orders-db:5432/orders' } },
      {
        type: 'connection',
        target: { url: 'jdbc:postgresql://orders-db:5432/orders' },
        role: 'uses',
        mechanism: 'database',
        technology: 'PostgreSQL',
        targetKind: 'database',
        evidence: { file, line: 5, excerpt: 'url: jdbc:postgresql://orders-db:5432/orders' },
        confidence: CONFIDENCE.literal,
      },
      { type: 'binding', scope, key: 'spring.datasource.username', value: 'orders', evidence: { file, line: 6, excerpt: 'username: orders' } },
      { type: 'binding', scope, key: 'spring.data.redis.host', value: 'cache', evidence: { file, line: 9, excerpt: 'host: cache' } },
      {
        type: 'connection',
        target: { host: 'cache', port: 6379 },
        role: 'uses',
        mechanism: 'database',
        technology: 'Redis',
        targetKind: 'database',
        evidence: { file, line: 9, excerpt: 'host: cache' },
        confidence: CONFIDENCE.literal,
      },
      { type: 'binding', scope, key: 'spring.data.redis.port', value: '6379', evidence: { file, line: 10, excerpt: 'port: 6379' } },
      { type: 'binding', scope, key: 'spring.kafka.bootstrap-servers', value: 'kafka:9092', evidence: { file, line: 12, excerpt: 'bootstrap-servers: kafka:9092' } },
      { type: 'binding', scope, key: 'services.hosts[0]', value: 'a.internal', evidence: { file, line: 14, excerpt: 'hosts: [a.internal, b.internal]' } },
      { type: 'binding', scope, key: 'services.hosts[1]', value: 'b.internal', evidence: { file, line: 14, excerpt: 'hosts: [a.internal, b.internal]' } },
    ]);
  });

  it('reads properties, relaxed spellings and placeholder defaults', async () => {
    const text = [
      '# orders service', //                                                    1
      'spring.datasource.url=${DB_URL:jdbc:mysql://mysql:3306/orders}', //      2
      'spring.mail.host = ${MAIL_HOST:smtp.exampleorg.org}', //                    3
      'spring.mail.port: 587', //                                               4
      'spring.data.mongodb.uri=${MONGO_URI}', //                                5
      'spring.rabbitmq.addresses=rabbit-1:5672,rabbit-2:5672', //               6
      'spring.r2dbc.url=${R2DBC_URL:r2dbc:postgresql://localhost:5432/dev}', // 7
      'spring.elasticsearch.uris=http://localhost:9200', //                     8
      'app.greeting=hello \\', //                                               9
      '    world', //                                                           10
      'spring.cloud.stream.kafka.binder.brokers=kafka:9092', //                 11
    ].join('\n');
    const file = 'src/main/resources/application.properties';
    const facts = await read(file, text);
    const summary = facts.map((fact) =>
      fact.type === 'binding' ? ['binding', fact.key, fact.value, fact.evidence.line] : fact.type === 'connection' ? ['connection', fact.target, fact.technology, fact.mechanism, fact.targetKind, fact.confidence, fact.evidence.line] : [fact.type],
    );
    expect(summary).toEqual([
      ['binding', 'spring.datasource.url', 'jdbc:mysql://mysql:3306/orders', 2],
      ['connection', { url: 'jdbc:mysql://mysql:3306/orders' }, 'MySQL', 'database', 'database', CONFIDENCE.literal, 2],
      ['binding', 'spring.mail.host', 'smtp.exampleorg.org', 3],
      ['connection', { host: 'smtp.exampleorg.org', port: 587 }, 'SMTP', 'email', 'saas', CONFIDENCE.literal, 3],
      ['binding', 'spring.mail.port', '587', 4],
      ['binding', 'spring.data.mongodb.uri', '${MONGO_URI}', 5],
      ['connection', { key: 'MONGO_URI' }, 'MongoDB', 'database', 'database', CONFIDENCE.resolved, 5],
      ['binding', 'spring.rabbitmq.addresses', 'rabbit-1:5672,rabbit-2:5672', 6],
      ['binding', 'spring.r2dbc.url', 'r2dbc:postgresql://localhost:5432/dev', 7],
      // A local default names no other system; the variable that overrides it does.
      ['connection', { key: 'R2DBC_URL' }, 'PostgreSQL', 'database', 'database', CONFIDENCE.resolved, 7],
      ['binding', 'spring.elasticsearch.uris', 'http://localhost:9200', 8],
      ['binding', 'app.greeting', 'hello world', 9],
      ['binding', 'spring.cloud.stream.kafka.binder.brokers', 'kafka:9092', 11],
    ]);
  });

  it('matches well-known keys in any relaxed spelling and reads every document of a YAML stream', async () => {
    const text = ['spring:', '  redis:', '    HOST: redis-a', '---', 'spring.data.mongodb.host: mongo-b', 'spring.data.mongodb.port: 27018', ''].join('\n');
    const connections = (await read('application.yml', text)).filter((fact) => fact.type === 'connection' && fact.group === undefined);
    expect(connections.map((fact) => (fact.type === 'connection' ? [fact.target, fact.technology] : []))).toEqual([
      [{ host: 'redis-a' }, 'Redis'],
      [{ host: 'mongo-b', port: 27018 }, 'MongoDB'],
    ]);
  });

  it('reads Cassandra contact points with and without ports', async () => {
    const facts = await read('application.properties', 'spring.cassandra.contact-points=cass1,cass2\nspring.data.cassandra.contactPoints=cass3:9042,cass4:9042\n');
    expect(facts.filter((fact) => fact.type === 'connection' && fact.group === undefined).map((fact) => (fact.type === 'connection' ? fact.target : {}))).toEqual([{ host: 'cass1' }, { url: 'cass3:9042,cass4:9042' }]);
  });

  it.each<[string, string, boolean]>([
    ['a file a deployment may mount', 'docker/confs/application.yml', true],
    ['a file at a module root', 'application.yml', true],
    ['a module resource, packaged in the jar', 'server/src/main/resources/application.yml', false],
  ])('reads %s also as the group of a mounted settings file', async (_label, path, grouped) => {
    const facts = await read(path, 'datasources:\n  default:\n    url: jdbc:postgresql://postgres:5432/acme\n');
    const group = `settings-file:${path}`;
    expect(facts.some((fact) => fact.type === 'connection' && fact.group === group)).toBe(grouped);
    expect(facts.some((fact) => fact.type === 'binding' && fact.group === group && fact.key === 'datasources.default.url')).toBe(grouped);
    expect(facts.some((fact) => fact.type === 'connection' && fact.group === undefined)).toBe(true);
  });

  it.each([
    ['bad YAML', 'application.yml', 'spring: [unclosed\n'],
    ['an empty YAML file', 'application.yml', ''],
    ['a properties file of comments', 'application.properties', '# nothing\n! here\n'],
  ])('yields no facts for %s', async (_case, path, text) => {
    expect(await read(path, text)).toEqual([]);
  });

  it('binds a config repository file into its group, and its connections too, with MongoDB by host, port and database', async () => {
    const text = [
      'spring:', //                  1
      '  data:', //                  2
      '    mongodb:', //             3
      '      host: ledger-mongo', // 4
      '      port: 27018', //        5
      '      database: ledger', //   6
      'rates:', //                   7
      '  url: http://rates:8083', // 8
    ].join('\n');
    const file = 'config/src/main/resources/shared/ledger-service.yml';
    const facts = await read(file, text);
    const group = 'spring-config:ledger-service';
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.group, fact.scope, fact.key, fact.value] : fact.type === 'connection' ? [fact.group, fact.target, fact.technology] : []))).toEqual([
      [group, undefined, 'spring.data.mongodb.host', 'ledger-mongo'],
      [group, { host: 'ledger-mongo', port: 27018 }, 'MongoDB'],
      [group, undefined, 'spring.data.mongodb.port', '27018'],
      [group, undefined, 'spring.data.mongodb.database', 'ledger'],
      [group, undefined, 'rates.url', 'http://rates:8083'],
    ]);
  });

  it('reads nothing of a YAML file in a repository folder that holds no Spring settings', async () => {
    expect(await read('ops/shared/prometheus.yml', 'scrape_configs:\n  - job_name: ledger\n')).toEqual([]);
  });

  it.each([
    ['a name and a config server URI', 'spring:\n  application:\n    name: ledger-service\n  cloud:\n    config:\n      uri: http://config:8888\n', [['$group:spring-config:ledger-service', 3], ['$group:spring-config:application', 6]]],
    ['a name from a placeholder default, imported by spring.config.import', 'spring.application.name=${APP_NAME:Notice-Service}\nspring.config.import=optional:configserver:http://config:8888\n', [['$group:spring-config:notice-service', 1], ['$group:spring-config:application', 2]]],
    ['a name, imported by discovery of the server', 'spring.application.name: edge\nspring.cloud.config.discovery.enabled: true\n', [['$group:spring-config:edge', 1], ['$group:spring-config:application', 2]]],
    ['a name only', 'spring:\n  application:\n    name: rates\n', [['$group:spring-config:rates', 3]]],
    ['an import only', 'spring:\n  cloud:\n    config:\n      uri: http://config:8888\n', [['$group:spring-config:application', 4]]],
    ['an import switched off', 'spring.cloud.config.uri: http://config:8888\nspring.cloud.config.enabled: false\n', []],
    ['an import of a file, not a config server', 'spring.config.import: optional:file:.env[.properties]\n', []],
    ['a name still a variable', 'spring.application.name: ${APP_NAME}\n', []],
    ['a Nacos import of its profile file', 'spring:\n  application:\n    name: mall-admin\n  profiles:\n    active: prod\n  config:\n    import: nacos:mall-admin-prod.yaml\n', [['$group:spring-config:mall-admin', 3], ['$group:spring-config:mall-admin-prod', 7]]],
    // The service's own profile file, chosen by the profile its deployment runs with.
    ['a Nacos import written with expressions, a list', 'spring:\n  application:\n    name: mall-portal\n  profiles:\n    active: ${SPRING_PROFILES_ACTIVE:dev}\n  cloud:\n    nacos:\n      config:\n        file-extension: yaml\n  config:\n    import:\n      - optional:nacos:${spring.application.name}-${spring.profiles.active}.${spring.cloud.nacos.config.file-extension}\n      - optional:nacos:${UNSET}.yaml\n', [['$group:spring-config:mall-portal', 3]]],
    ['a Nacos import of another prefix written with expressions', 'spring.application.name: mall-portal\nspring.profiles.active: dev\nspring.config.import: optional:nacos:mall-common-${spring.profiles.active}.yaml\n', [['$group:spring-config:mall-portal', 1], ['$group:spring-config:mall-common-dev', 3]]],
    ['Nacos shared and extension data ids', 'spring.application.name: orders\nspring.cloud.nacos.config.shared-configs[0].data-id: common.yaml\nspring.cloud.nacos.config.extension-configs[0].data-id: orders-db.yml\nspring.cloud.nacos.config.shared-dataids: redis.properties,mq.properties\n', [['$group:spring-config:orders', 1], ['$group:spring-config:common', 2], ['$group:spring-config:orders-db', 3], ['$group:spring-config:redis', 4], ['$group:spring-config:mq', 4]]],
    ['a Nacos import with a group, in properties', 'spring.application.name=orders\nspring.config.import=optional:nacos:orders-prod.properties?group=ORDER_GROUP,optional:configserver:\n', [['$group:spring-config:orders', 1], ['$group:spring-config:application', 2], ['$group:spring-config:orders-prod', 2]]],
    ['a Nacos prefix instead of the name', 'spring.application.name: orders\nspring.cloud.nacos.config.prefix: order-center\n', [['$group:spring-config:order-center', 2]]],
  ])('takes in the repository files served to it, given %s', async (_case, text, expected) => {
    const file = text.includes('=') ? 'ledger/src/main/resources/bootstrap.properties' : 'ledger/src/main/resources/bootstrap.yml';
    const inclusions = (await read(file, text)).filter((fact) => fact.type === 'binding' && fact.value.startsWith('$group:'));
    expect(inclusions.map((fact) => (fact.type === 'binding' ? [fact.value, fact.evidence.line] : []))).toEqual(expected);
    expect(inclusions.every((fact) => fact.type === 'binding' && fact.scope === 'ledger' && fact.key === '*')).toBe(true);
  });

  it.each([
    ['security.oauth2.resource.user-info-uri', 'http://auth-server:5000/uaa/users/current', { url: 'http://auth-server:5000/uaa/users/current' }],
    ['security.oauth2.resource.token-info-uri', 'http://auth-server:5000/uaa/oauth/check_token', { url: 'http://auth-server:5000/uaa/oauth/check_token' }],
    ['security.oauth2.resource.jwk.key-set-uri', 'http://auth-server:5000/.well-known/jwks.json', { url: 'http://auth-server:5000/.well-known/jwks.json' }],
    ['security.oauth2.client.accessTokenUri', 'http://auth-server:5000/uaa/oauth/token', { url: 'http://auth-server:5000/uaa/oauth/token' }],
    ['spring.security.oauth2.resourceserver.jwt.issuer-uri', 'https://login.acme-id.exampleco.com/realms/shop', { url: 'https://login.acme-id.exampleco.com/realms/shop' }],
    ['spring.security.oauth2.resourceserver.jwt.jwk-set-uri', '${JWKS_URI}', { key: 'JWKS_URI' }],
    ['spring.security.oauth2.resourceserver.opaquetoken.introspection-uri', 'http://auth-server:9000/oauth2/introspect', { url: 'http://auth-server:9000/oauth2/introspect' }],
    ['spring.security.oauth2.client.provider.keycloak.token-uri', 'http://keycloak:8080/realms/shop/protocol/openid-connect/token', { url: 'http://keycloak:8080/realms/shop/protocol/openid-connect/token' }],
    ['spring.security.oauth2.client.provider.keycloak.issuer-uri', 'http://keycloak:8080/realms/shop', { url: 'http://keycloak:8080/realms/shop' }],
  ])('calls the authorization server at %s', async (key, value, target) => {
    const connections = (await read('orders/src/main/resources/application.properties', `${key}=${value}\n`)).filter((fact) => fact.type === 'connection');
    expect(connections).toEqual([expect.objectContaining({ target, role: 'calls', mechanism: 'rest', technology: 'OpenID Connect' })]);
    expect(connections[0]).not.toHaveProperty('targetKind');
  });

  it.each([
    ['a local issuer', 'spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000'],
    ['the browser redirect of an authorization code flow', 'spring.security.oauth2.client.provider.keycloak.authorization-uri=http://keycloak:8080/realms/shop/auth'],
    ['a client secret', 'security.oauth2.client.client-secret=CANARY-oauth'],
  ])('makes no call of %s', async (_case, line) => {
    expect((await read('orders/src/main/resources/application.properties', `${line}\n`)).filter((fact) => fact.type === 'connection')).toEqual([]);
  });

  it('masks passwords in bound values', async () => {
    const facts = await read('application.properties', 'spring.datasource.password=canary-spring\nspring.datasource.url=jdbc:postgresql://db/x?user=app&password=canary-jdbc\n');
    expect(JSON.stringify(facts)).not.toMatch(/canary-/);
  });
});

describe('settings files a service names by spring.config.name', () => {
  it.each<[string, string | undefined]>([
    ['billing/src/main/resources/billing.yml', 'spring-module:billing:billing'],
    ['services/billing/src/main/resources/Tidewater.properties', 'spring-module:services/billing:tidewater'],
    ['src/main/resources/platform.yaml', 'spring-module::platform'],
    // A developer's overlay, Spring's own names, a subfolder, a test's.
    ['billing/src/main/resources/billing-local.yml', undefined],
    ['billing/src/main/resources/billing-dev.yml', undefined],
    ['billing/src/main/resources/application.yml', undefined],
    ['billing/src/main/resources/db/changelog.yml', undefined],
    ['billing/src/test/resources/billing.yml', undefined],
  ])('%s is bound into %s', (path, group) => {
    expect(moduleSettingsFileGroup(path)).toBe(group);
    if (group !== undefined) expect(springConfigSource.accepts(path)).toBe(true);
  });

  it("binds a module's own file into its group, with its connections", async () => {
    const facts = await read('orders/src/main/resources/orders.yml', 'spring:\n  data:\n    redis:\n      host: orders-cache\n');
    expect(facts.map((fact) => (fact.type === 'binding' || fact.type === 'connection' ? [fact.type, fact.group, fact.type === 'binding' ? fact.scope : fact.target] : []))).toEqual([
      ['binding', 'spring-module:orders:orders', undefined],
      ['connection', 'spring-module:orders:orders', { host: 'orders-cache' }],
    ]);
  });

  it("binds a shared folder's file of other keys than Spring's into a group served only by name; a config server repository's stays unread", async () => {
    const platform = await read('deploy/config/platform.yml', 'services:\n  orders:\n    baseUrl: http://orders:8080\n');
    expect(platform.map((fact) => (fact.type === 'binding' ? [fact.group, fact.key, fact.value] : []))).toEqual([['spring-named:platform', 'services.orders.baseUrl', 'http://orders:8080']]);
    expect(await read('config-repo/prometheus.yml', 'scrape_configs:\n  - job_name: orders\n')).toEqual([]);
  });
});

describe('OAuth2 endpoints under a switch that is off', () => {
  it.each<[string, string, number]>([
    ['security.oauth2.enabled: false', 'security:\n  oauth2:\n    enabled: false\n    resource:\n      user-info-uri: https://sso.acme.io/userinfo\n    client:\n      access-token-uri: https://sso.acme.io/token\n', 0],
    ['security.oauth2.client.enabled: false, the resource still on', 'security:\n  oauth2:\n    client:\n      enabled: false\n      access-token-uri: https://sso.acme.io/token\n    resource:\n      user-info-uri: https://sso.acme.io/userinfo\n', 1],
    ['spring.security.oauth2.resourceserver.enabled: false', 'spring.security.oauth2.resourceserver.enabled=false\nspring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.acme.io/realms/acme\n', 0],
    ['a switch that is on', 'security:\n  oauth2:\n    enabled: true\n    resource:\n      user-info-uri: https://sso.acme.io/userinfo\n', 1],
    ['no switch', 'spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.acme.io/realms/acme\n', 1],
  ])('%s', async (_name, text, expected) => {
    const path = text.includes('=') ? 'gateway/src/main/resources/application.properties' : 'gateway/src/main/resources/application.yml';
    expect((await read(path, text)).filter((fact) => fact.type === 'connection')).toHaveLength(expected);
  });
});

describe('parseProperties', () => {
  it.each([
    ['key=value', [['key', 'value', 1]]],
    ['key: value', [['key', 'value', 1]]],
    ['key value', [['key', 'value', 1]]],
    ['  key   =   value  ', [['key', 'value  ', 1]]],
    ['a\\=b=c', [['a=b', 'c', 1]]],
    ['k=\\u0041\\tB', [['k', 'A\tB', 1]]],
    ['k=one \\\n   two \\\n three', [['k', 'one two three', 1]]],
    ['k=ends in backslash \\\\', [['k', 'ends in backslash \\', 1]]],
    ['# c\n! c\n\nk=v', [['k', 'v', 4]]],
    ['empty=', [['empty', '', 1]]],
  ])('parses %j', (text, expected) => {
    expect(parseProperties(text).flat().map((property) => [property.key, property.value, property.line])).toEqual(expected);
  });

  it('splits documents at #---', () => {
    expect(parseProperties('a=1\n#---\na=2\n').map((document) => document.length)).toEqual([1, 1]);
  });
});

describe('documents of a multi-document file written for a profile', () => {
  it.each([
    [[{ key: 'spring.config.activate.on-profile', value: 'kafka' }], 'kafka'],
    [[{ key: 'spring.config.activate.onProfile', value: 'Docker' }], 'docker'],
    [[{ key: 'spring.profiles', value: 'docker' }], 'docker'],
    [[{ key: 'spring.config.activate.on-profile', value: 'docker,kafka' }], undefined],
    [[{ key: 'spring.config.activate.on-profile', value: '!dev' }], undefined],
    [[{ key: 'spring.profiles.active', value: 'docker' }], undefined],
    [[{ key: 'server.port', value: '8080' }], undefined],
  ])('%j is for %s', (leaves, profile) => {
    expect(documentProfile(leaves)).toBe(profile);
  });

  it('tags the bindings and connections of a profile document of a config repository file, not the default document', async () => {
    const text = [
      'spring.cloud.stream.defaultBinder: rabbit',
      'spring.datasource.url: jdbc:postgresql://localhost/catalog',
      '---',
      'spring.config.activate.on-profile: kafka',
      'spring.cloud.stream.defaultBinder: kafka',
      'spring.datasource.url: jdbc:postgresql://catalog-db/catalog',
      '',
    ].join('\n');
    const facts = await read('config-repo/catalog.yml', text);
    const binders = facts.flatMap((fact) => (fact.type === 'binding' && fact.key.toLowerCase().endsWith('defaultbinder') ? [[fact.value, fact.profile]] : []));
    expect(binders).toEqual([
      ['rabbit', undefined],
      ['kafka', 'kafka'],
    ]);
    const connections = facts.flatMap((fact) => (fact.type === 'connection' ? [[fact.target.host ?? fact.target.url, fact.profile]] : []));
    expect(connections.at(-1)).toEqual([expect.stringContaining('catalog-db'), 'kafka']);
    expect(connections.every(([, profile]) => profile === 'kafka' || profile === undefined)).toBe(true);
  });
});
