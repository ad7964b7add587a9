import { describe, expect, it } from 'vitest';
import { hasHttpScheme } from './addresses.js';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

describe('hasHttpScheme', () => {
  it.each<[string | undefined, boolean]>([
    ['http://orders:8080', true],
    ['https://api.example.com/v1', true],
    ['HTTPS://Orders:8443', true],
    [' http://orders:8080', true],
    ['orders:8080', false],
    ['grpc://orders:50051', false],
    ['dns:///orders:50051', false],
    ['https+http://orders', false],
    ['amqp://guest:***@rabbitmq:5672/', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(hasHttpScheme(value)).toBe(expected);
  });
});

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });

/**
 * A client taken for a gRPC stub by its name (Go's `ordersclient.NewOrdersClient(addr)`) is a rest
 * call when its address, written or bound (`SHOP_ORDERS_SERVICE_ADDR=http://orders:8080`), says
 * `http://` or `https://`; any other address keeps the guess, and a client known to be gRPC keeps it whatever the scheme.
 */
describe('resolveFacts: an explicit http(s) scheme decides a guessed gRPC stub', () => {
  const facts = (value: string, schemeDecides: boolean, target: 'key' | 'url' = 'key'): Fact[] => [
    { type: 'component', name: 'shop', kind: 'application', root: 'shop', evidence: at('docker-compose.yml', 2), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'orders', kind: 'application', evidence: at('docker-compose.yml', 9), confidence: CONFIDENCE.declared },
    { type: 'binding', component: 'shop', key: 'SHOP_ORDERS_SERVICE_ADDR', value, evidence: at('docker-compose.yml', 5) },
    {
      type: 'connection',
      target: target === 'key' ? { key: 'SHOP_ORDERS_SERVICE_ADDR' } : { url: value },
      role: 'calls',
      mechanism: 'grpc',
      technology: 'gRPC',
      channel: 'Orders',
      ...(schemeDecides ? { schemeDecides: true } : {}),
      evidence: at('shop/main.go', 12),
      confidence: CONFIDENCE.literal,
    },
  ];
  it.each<[string, Fact[], string]>([
    ['an http:// value bound by the environment', facts('http://orders:8080', true), 'shop -> orders rest HTTP -'],
    ['an https:// value bound by the environment', facts('https://orders:8443', true), 'shop -> orders rest HTTP -'],
    ['an http:// URL written in the code', facts('http://orders:8080', true, 'url'), 'shop -> orders rest HTTP -'],
    ['a bare host and port keeps the gRPC guess', facts('orders:8080', true), 'shop -> orders grpc gRPC Orders'],
    ['a grpc:// value keeps it', facts('grpc://orders:50051', true), 'shop -> orders grpc gRPC Orders'],
    ['a client known to be gRPC keeps it whatever the scheme (a channel to http://…)', facts('http://orders:8080', false), 'shop -> orders grpc gRPC Orders'],
  ])('%s', (_name, input, expected) => {
    const found = resolveFacts(input).integrations.map((item) => `${item.source} -> ${item.target} ${item.mechanism} ${item.technology ?? '-'} ${item.channel ?? '-'}`);
    expect(found).toEqual([expected]);
  });
});
