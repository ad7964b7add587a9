import { describe, expect, it } from 'vitest';
import { definitionHolder, definitionRunners, graviteeV2Protocol, graviteeV4Protocol, isGraviteeExpression, isGraviteeV4, krakendProtocol, namesGateway, tykActive } from './api-definitions.js';
import type { ConfigHolder } from './gateway-config.js';

describe('endpoint protocols', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    ['http-proxy', 'http-proxy', 'http'],
    [undefined, 'http-proxy', 'http'],
    ['HTTP-PROXY', undefined, 'http'],
    ['mock', 'mock', undefined],
    ['kafka', 'kafka', undefined],
    ['tcp-proxy', 'tcp-proxy', undefined],
    [undefined, undefined, undefined],
  ])('Gravitee v4 endpoint %s in a %s group', (endpoint, group, expected) => {
    expect(graviteeV4Protocol(endpoint, group)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined]>([
    [undefined, 'http'],
    ['http', 'http'],
    ['HTTP', 'http'],
    ['grpc', 'grpc'],
    ['GRPC', 'grpc'],
    ['kafka', undefined],
  ])('Gravitee v2 endpoint of type %s', (type, expected) => {
    expect(graviteeV2Protocol(type)).toBe(expected);
  });

  it.each<[string[], string]>([
    [[], 'http'],
    [['backend/http'], 'http'],
    [['qos/ratelimit/proxy', 'backend/grpc'], 'grpc'],
  ])('KrakenD backend with extra_config %j', (keys, expected) => {
    expect(krakendProtocol(keys)).toBe(expected);
  });
});

describe('definition markers', () => {
  it.each<[string | undefined, boolean]>([
    ['V4', true],
    ['4.0.0', true],
    ['v4', true],
    ['V2', false],
    ['2.0.0', false],
    ['40', false],
    [undefined, false],
  ])('definition version %s is v4: %s', (version, expected) => {
    expect(isGraviteeV4(version)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["https://{#api.properties['geo_host']}/v2", true],
    ['{#dictionaries.backends.orders}', true],
    ['http://orders-api:8080', false],
  ])('target %s is an expression: %s', (target, expected) => {
    expect(isGraviteeExpression(target)).toBe(expected);
  });

  it.each<[string | undefined, boolean]>([
    [undefined, true],
    ['true', true],
    ['false', false],
    ['FALSE', false],
  ])('Tyk active %s: %s', (active, expected) => {
    expect(tykActive(active)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['gateway', true],
    ['apim-gateway', true],
    ['api_gateway', true],
    ['Gateway.Api', true],
    ['gateways', false],
    ['payment-gatewayd', false],
    ['management-api', false],
  ])('%s names a gateway: %s', (name, expected) => {
    expect(namesGateway(name)).toBe(expected);
  });
});

describe('definitionRunners', () => {
  const gravitee: ConfigHolder = { key: 'gateway', kind: 'gateway', technology: 'Gravitee API Gateway' };
  const javaGateway: ConfigHolder = { key: 'gateway', kind: 'application', technology: 'Java' };
  const importer: ConfigHolder = { key: 'api-importer', kind: 'application' };
  const management: ConfigHolder = { key: 'management-api', kind: 'application' };
  const gatewayDb: ConfigHolder = { key: 'gateway-db', kind: 'database', technology: 'PostgreSQL' };
  const nginxGateway: ConfigHolder = { key: 'edge-gateway', kind: 'gateway', technology: 'NGINX' };
  it.each<[string, ConfigHolder[], string[]]>([
    ['the deployable running the product', [importer, management, gravitee], ['gateway']],
    ['two running it, both', [gravitee, { ...gravitee, key: 'gateway-eu' }], ['gateway', 'gateway-eu']],
    ['a Java build named gateway, when nothing runs the product', [importer, management, javaGateway], ['gateway']],
    ['named by another of its names', [importer, { key: 'svc-7', kind: 'application', names: ['apim-gateway'] }], ['svc-7']],
    ['not a datastore named for the gateway', [importer, gatewayDb], []],
    ['not a proxy of another product named gateway', [importer, nginxGateway], []],
    ['two gateway names: unknown', [javaGateway, { key: 'api-gateway', kind: 'application' }], []],
    ['nobody', [importer, management], []],
  ])('%s', (_case, everyone, expected) => {
    expect(definitionRunners('Gravitee API Gateway', everyone)).toEqual(expected);
  });
});

describe('definitionHolder', () => {
  const names = new Map([['gateway', 1]]);
  it.each<[string, string | undefined, string | undefined, string | undefined]>([
    ['built on the gateway image', undefined, 'graviteeio/apim-gateway', 'Gravitee API Gateway'],
    ['built on it, its folder Java', 'Java', 'graviteeio/apim-gateway', 'Gravitee API Gateway'],
    ['built on a runtime image', 'Java', 'eclipse-temurin', 'Java'],
    ['a stock image', 'Tyk', undefined, 'Tyk'],
    ['nothing known', undefined, undefined, undefined],
  ])('%s', (_case, technology, baseImage, expected) => {
    expect(definitionHolder({ key: 'gateway', kind: 'application', names, ...(technology ? { technology } : {}) }, baseImage).technology).toBe(expected);
  });
});
