import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { fileProfile, springConfigSource } from './spring-config.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return springConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const connectionsOf = (facts: Fact[]): Pick<ConnectionFact, 'mechanism' | 'target' | 'technology'>[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map(({ mechanism, target, technology }) => ({ mechanism, target, ...(technology ? { technology } : {}) }));

/** A compose service with its environment, as the compose source states it. */
function deployed(name: string, root: string, environment: Record<string, string> = {}): Fact[] {
  const evidence = { file: 'docker-compose.yml', line: 1, excerpt: `${name}:` };
  return [
    { type: 'component', name, kind: 'application', root, evidence, confidence: CONFIDENCE.declared },
    ...Object.entries(environment).map(([key, value]): Fact => ({ type: 'binding', component: name, key, value, evidence })),
  ];
}

const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`);

describe('Micronaut settings', () => {
  it.each<[string, string, Pick<ConnectionFact, 'mechanism' | 'target' | 'technology'>[]]>([
    ['the default datasource', 'datasources:\n  default:\n    url: jdbc:postgresql://orders-db:5432/orders\n', [{ mechanism: 'database', target: { url: 'jdbc:postgresql://orders-db:5432/orders' }, technology: 'PostgreSQL' }]],
    ['a named datasource', 'datasources:\n  audit:\n    url: jdbc:mysql://audit-db:3306/audit\n', [{ mechanism: 'database', target: { url: 'jdbc:mysql://audit-db:3306/audit' }, technology: 'MySQL' }]],
    ['a datasource from the environment', 'datasources:\n  default:\n    url: ${JDBC_URL:`jdbc:postgresql://localhost:5432/x`}\n', [{ mechanism: 'database', target: { key: 'JDBC_URL' }, technology: 'PostgreSQL' }]],
    ['MongoDB', 'mongodb:\n  uri: mongodb://tracking-db:27017/tracking\n', [{ mechanism: 'database', target: { url: 'mongodb://tracking-db:27017/tracking' }, technology: 'MongoDB' }]],
    ['a named MongoDB server', 'mongodb:\n  servers:\n    audit:\n      uri: mongodb://audit-mongo:27017\n', [{ mechanism: 'database', target: { url: 'mongodb://audit-mongo:27017' }, technology: 'MongoDB' }]],
    ['Redis', 'redis:\n  uri: redis://cache:6379\n', [{ mechanism: 'database', target: { url: 'redis://cache:6379' }, technology: 'Redis' }]],
    ['Elasticsearch', 'elasticsearch:\n  httpHosts: http://search:9200\n', [{ mechanism: 'database', target: { url: 'http://search:9200' }, technology: 'Elasticsearch' }]],
    ['Elasticsearch hosts as a list', 'elasticsearch:\n  httpHosts:\n    - http://search:9200\n', [{ mechanism: 'database', target: { url: 'http://search:9200' }, technology: 'Elasticsearch' }]],
    ['the S3 endpoint (MinIO)', 'aws:\n  services:\n    s3:\n      endpoint-override: http://minio:9000\n', [{ mechanism: 'file-transfer', target: { url: 'http://minio:9000' }, technology: 'Amazon S3' }]],
    ['JavaMail\'s SMTP host', 'javamail:\n  properties:\n    mail:\n      smtp:\n        host: mailhog\n        port: 1025\n', [{ mechanism: 'email', target: { host: 'mailhog', port: 1025 }, technology: 'SMTP' }]],
    ['a plain mail.smtp.host', 'mail.smtp.host=smtp.relay.acme-mail.com\n', [{ mechanism: 'email', target: { host: 'smtp.relay.acme-mail.com' }, technology: 'SMTP' }]],
    ['a JWKS the tokens are validated against', 'micronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          jwks:\n            keycloak:\n              url: http://keycloak:8180/realms/x/protocol/openid-connect/certs\n', [{ mechanism: 'rest', target: { url: 'http://keycloak:8180/realms/x/protocol/openid-connect/certs' }, technology: 'OpenID Connect' }]],
    ['a JWKS from the environment, its default backtick-quoted', 'micronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          jwks:\n            idp:\n              url: ${JWKS_URL:`http://localhost:8180/certs`}\n', [{ mechanism: 'rest', target: { key: 'JWKS_URL' }, technology: 'OpenID Connect' }]],
    ['an OpenID client\'s issuer', 'micronaut:\n  security:\n    oauth2:\n      clients:\n        okta:\n          openid:\n            issuer: https://acme.okta.com/oauth2/default\n', [{ mechanism: 'rest', target: { url: 'https://acme.okta.com/oauth2/default' }, technology: 'OpenID Connect' }]],
    ['JWT signing secrets and other security keys are no call', 'micronaut:\n  security:\n    authentication: bearer\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: not-a-url\n', []],
    ['the Kafka broker and an HTTP service URL are only bound', 'kafka:\n  bootstrap:\n    servers: kafka:9092\nmicronaut:\n  http:\n    services:\n      pricing:\n        url: http://pricing:8080\n', []],
  ])('%s', async (_name, text, expected) => {
    const path = /=/.test(text.split('\n')[0] ?? '') ? 'svc/src/main/resources/application.properties' : 'svc/src/main/resources/application.yml';
    expect(connectionsOf(await read(path, text))).toEqual(expected);
  });

  it.each([
    ['svc/src/main/resources/application-docker.yml', 'docker'],
    ['svc/src/main/resources/application-K8S.properties', 'k8s'],
    ['svc/src/main/resources/application.yml', undefined],
    ['svc/src/main/resources/bootstrap-dev.yml', undefined],
  ])('the environment of %s is %j', (path, profile) => {
    expect(fileProfile(path)).toBe(profile);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['an inactive environment\'s file connects nothing', { MICRONAUT_ENVIRONMENTS: 'docker' }, ['orders -> orders-db (database)']],
    ['the active one\'s does', { MICRONAUT_ENVIRONMENTS: 'dev' }, ['orders -> orders-db (database)', 'orders -> shared-dev-db (database)']],
    ['with none known, every file still does', {}, ['orders -> orders-db (database)', 'orders -> shared-dev-db (database)']],
  ])('connections of environments\' files: %s', async (_name, environment, expected) => {
    const facts = [
      ...(await read('orders/src/main/resources/application-dev.yml', 'datasources:\n  default:\n    url: jdbc:postgresql://shared-dev-db:5432/orders\n')),
      ...(await read('orders/src/main/resources/application.yml', 'datasources:\n  default:\n    url: jdbc:postgresql://orders-db:5432/orders\n')),
    ];
    expect(edges([...deployed('orders', 'orders', environment), ...facts]).sort()).toEqual(expected);
  });

  it('makes micronaut.application.name another name of the module, for clients by service id', async () => {
    const facts = await read('shipments/src/main/resources/application.yml', 'micronaut:\n  application:\n    name: shipment-service\n');
    expect(facts.filter((fact) => fact.type === 'component')).toEqual([expect.objectContaining({ name: 'shipments', root: 'shipments', project: true, aliases: ['shipment-service'] })]);
    const gateway: Fact = { type: 'connection', target: { host: 'shipment-service', key: 'micronaut.http.services.shipment-service.url' }, role: 'calls', mechanism: 'rest', evidence: { file: 'gateway/src/main/java/ShipmentsClient.java', line: 5, excerpt: '@Client(id = "shipment-service")' }, confidence: CONFIDENCE.literal };
    expect(edges([...deployed('gateway', 'gateway'), ...deployed('shipments', 'shipments'), ...facts, gateway])).toEqual(['gateway -> shipments (rest)']);
  });

  it('resolves a client id through micronaut.http.services.<id>.urls, with a backtick default the deployment overrides', async () => {
    const settings = await read('gateway/src/main/resources/application.yml', 'micronaut:\n  http:\n    services:\n      pricing-service:\n        urls:\n          - ${PRICING_URL:`http://localhost:8082`}\n');
    const client: Fact = { type: 'connection', target: { host: 'pricing-service', key: 'micronaut.http.services.pricing-service.url' }, role: 'calls', mechanism: 'rest', evidence: { file: 'gateway/src/main/java/PricingClient.java', line: 5, excerpt: '@Client("pricing-service")' }, confidence: CONFIDENCE.literal };
    const base = [...deployed('pricing', 'pricing'), ...settings, client];
    expect(edges([...deployed('gateway', 'gateway', { PRICING_URL: 'http://pricing:8080' }), ...base])).toEqual(['gateway -> pricing (rest)']);
    // Without the deployment's value, the default is this machine: nobody is called.
    expect(edges([...deployed('gateway', 'gateway'), ...base])).toEqual([]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['the environment the deployment activates wins over application.yml', { MICRONAUT_ENVIRONMENTS: 'docker' }, ['gateway -> documents (rest)']],
    ['as does one given as a -D flag in JAVA_OPTS', { JAVA_OPTS: '-Xmx512m -Dmicronaut.environments=docker' }, ['gateway -> documents (rest)']],
    ['a Spring profile the same way', { SPRING_PROFILES_ACTIVE: 'docker' }, ['gateway -> documents (rest)']],
    ['another environment\'s file yields to application.yml', { MICRONAUT_ENVIRONMENTS: 'k8s' }, ['gateway -> documents-k8s (rest)']],
    ['with no environment active, application.yml is read', {}, ['gateway -> documents-k8s (rest)']],
  ])('%s', async (_name, environment, expected) => {
    const facts = [
      ...(await read('gateway/src/main/resources/application-docker.yml', 'app:\n  documents:\n    url: http://documents:8080\n')),
      ...(await read('gateway/src/main/resources/application-dev.yml', 'app:\n  documents:\n    url: http://documents-dev.acme-freight.net\n')),
      ...(await read('gateway/src/main/resources/application.yml', 'app:\n  documents:\n    url: http://documents-k8s:8080\n')),
    ];
    const client: Fact = { type: 'connection', target: { key: 'app.documents.url' }, role: 'calls', mechanism: 'rest', evidence: { file: 'gateway/src/main/java/DocumentsClient.java', line: 5, excerpt: '@Client("${app.documents.url}/documents")' }, confidence: CONFIDENCE.literal };
    expect(edges([...deployed('gateway', 'gateway', environment), ...deployed('documents', 'documents'), ...deployed('documents-k8s', 'documents-k8s'), ...facts, client])).toEqual(expected);
  });
});
