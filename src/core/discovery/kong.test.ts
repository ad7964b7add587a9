import { describe, expect, it } from 'vitest';
import { isSwitchedOff, kongPluginCalls, kongPluginRedis, kongProtocolFamily, kongServiceAddress, kongTargetAddress, mayBeKongConfig, withoutDeckPlaceholders, type KongServiceFields } from './kong.js';

describe('kongProtocolFamily', () => {
  it.each([
    [undefined, 'http'],
    ['http', 'http'],
    ['HTTPS', 'http'],
    ['grpc', 'grpc'],
    ['grpcs', 'grpc'],
    ['ws', 'websocket'],
    ['wss', 'websocket'],
    ['tcp', undefined],
    ['tls', undefined],
    ['udp', undefined],
    ['tls_passthrough', undefined],
    ['ftp', undefined],
  ])('%s is %s', (protocol, family) => {
    expect(kongProtocolFamily(protocol)).toBe(family);
  });
});

describe('kongServiceAddress', () => {
  it.each<[KongServiceFields, ReturnType<typeof kongServiceAddress>]>([
    [{ url: 'http://auth:9999/verify' }, { address: 'http://auth:9999', host: 'auth', family: 'http' }],
    [{ url: 'grpcs://Manifests:50051' }, { address: 'grpcs://Manifests:50051', host: 'manifests', family: 'grpc' }],
    [{ url: 'wss://tracking/live' }, { address: 'wss://tracking', host: 'tracking', family: 'websocket' }],
    [{ url: 'http://user:pw@billing:80/' }, { address: 'http://billing:80', host: 'billing', family: 'http' }],
    // The url wins over the separate fields, as Kong's shorthand does.
    [{ url: 'http://auth:9999', host: 'other', protocol: 'grpc' }, { address: 'http://auth:9999', host: 'auth', family: 'http' }],
    [{ url: '$DECK_ORDERS_URL' }, { address: '$DECK_ORDERS_URL', host: '$deck_orders_url', family: 'http' }],
    [{ host: 'berths', port: '8000' }, { address: 'http://berths:8000', host: 'berths', family: 'http' }],
    [{ host: 'manifests', port: '50051', protocol: 'grpc' }, { address: 'grpc://manifests:50051', host: 'manifests', family: 'grpc' }],
    [{ host: 'invoices-upstream' }, { address: 'http://invoices-upstream', host: 'invoices-upstream', family: 'http' }],
    [{ host: '$ORDERS_HOST', port: '8080' }, { address: 'http://$ORDERS_HOST:8080', host: '$orders_host', family: 'http' }],
    [{ host: 'orders', port: 'not-a-port' }, { address: 'http://orders', host: 'orders', family: 'http' }],
  ])('reads %j', (fields, expected) => {
    expect(kongServiceAddress(fields)).toEqual(expected);
  });

  it.each<KongServiceFields>([{}, { url: 'auth:9999' }, { url: 'tcp://pg:5432' }, { host: 'pg', protocol: 'tcp' }, { host: '  ' }, { url: 'http://' }])('names nothing for %j', (fields) => {
    expect(kongServiceAddress(fields)).toBeUndefined();
  });
});

describe('kongTargetAddress', () => {
  it.each([
    ['invoices:8080', 'http', 'http://invoices:8080'],
    ['manifests-a:50051', 'grpc', 'grpc://manifests-a:50051'],
    ['tracking', 'websocket', 'ws://tracking'],
    ['[::1]:8000', 'http', undefined],
    ['', 'http', undefined],
  ] as const)('%s over %s is %s', (target, family, expected) => {
    expect(kongTargetAddress(target, family)).toBe(expected);
  });
});

describe('withoutDeckPlaceholders', () => {
  it('turns decK and envsubst placeholders into bare variables, keeping lines', () => {
    expect(withoutDeckPlaceholders('a: ${{ env "DECK_ORDERS_HOST" }}\nb: [{ key: ${{env "DECK_KEY"}} }]\nc: $SERVICE_KEY\nd: { host: ${PG_HOST} }\ne: ${PG:-db}')).toBe('a: $DECK_ORDERS_HOST\nb: [{ key: $DECK_KEY }]\nc: $SERVICE_KEY\nd: { host: $PG_HOST }\ne: ${PG:-db}');
  });
});

describe('mayBeKongConfig', () => {
  it.each([
    ['_format_version: "3.0"\n', true],
    ['"_format_version": "3.0"', true],
    ['# edge\nservices:\n  - name: a\n', true],
    ['version: "3"\nservices:\n  web: {}\n', true],
    ['spring:\n  cloud: {}\n', false],
    ['  services:\n    - x\n', false],
  ])('%j: %s', (text, expected) => {
    expect(mayBeKongConfig(text)).toBe(expected);
  });
});

describe('kongPluginRedis', () => {
  it.each<[Record<string, string>, ReturnType<typeof kongPluginRedis>]>([
    [{ policy: 'redis', redis_host: 'redis', redis_port: '6379' }, { host: 'redis', port: '6379' }],
    [{ policy: 'redis', 'redis.host': 'cache' }, { host: 'cache' }],
    [{ strategy: 'redis', 'redis.host': 'cache', 'redis.port': '6380' }, { host: 'cache', port: '6380' }],
    [{ storage: 'redis', 'storage_config.redis.host': 'acme-redis' }, { host: 'acme-redis' }],
    [{ policy: 'local', redis_host: 'redis' }, undefined],
    [{ redis_host: 'redis' }, undefined],
    [{ policy: 'redis' }, undefined],
  ])('%j', (config, expected) => {
    expect(kongPluginRedis(config)).toEqual(expected);
  });
});

describe('kongPluginCalls', () => {
  it.each([
    ['oauth2-introspection', { introspection_url: 'http://auth:9000/introspect' }, [{ key: 'introspection_url', url: 'http://auth:9000/introspect' }]],
    ['openid-connect', { issuer: 'http://keycloak:8080/realms/port' }, [{ key: 'issuer', url: 'http://keycloak:8080/realms/port' }]],
    ['http-log', { http_endpoint: 'http://log-sink:9880' }, []],
    ['zipkin', { http_endpoint: 'http://jaeger:9411' }, []],
    ['openid-connect', {}, []],
  ])('%s', (name, config, expected) => {
    expect(kongPluginCalls(name, config)).toEqual(expected);
  });
});

describe('isSwitchedOff', () => {
  it.each([
    ['false', true],
    [' no ', true],
    ['0', true],
    ['true', false],
    [undefined, false],
  ])('%j: %s', (value, expected) => {
    expect(isSwitchedOff(value)).toBe(expected);
  });
});
