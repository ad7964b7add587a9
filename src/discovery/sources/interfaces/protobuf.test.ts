import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { protobufSource } from './protobuf.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return protobufSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

describe('protobufSource', () => {
  it('accepts .proto files', () => {
    expect(protobufSource.accepts('protos/demo.proto')).toBe(true);
    expect(protobufSource.accepts('protos/demo.protobuf.ts')).toBe(false);
  });

  it('reports every service by its fully qualified name, citing the line of its declaration', async () => {
    const text = [
      'syntax = "proto3";',
      '',
      'package hipstershop;',
      '',
      '// service CartService { is commented out here',
      '/* service CartService {',
      '   } */',
      'service CartService {',
      '  rpc AddItem(AddItemRequest) returns (Empty) {}',
      '}',
      '',
      'message AddItemRequest { string user_id = 1; }',
      'message Empty {}',
      '',
      'service   RecommendationService',
      '{',
      '  rpc List(Empty) returns (Empty);',
      '}',
    ].join('\n');
    expect(await read('protos/demo.proto', text)).toEqual([
      {
        type: 'provides',
        api: 'hipstershop.CartService',
        protocol: 'grpc',
        names: ['hipstershop.CartService', 'CartService'],
        evidence: { file: 'protos/demo.proto', line: 8, excerpt: 'service CartService {' },
      },
      {
        type: 'provides',
        api: 'hipstershop.RecommendationService',
        protocol: 'grpc',
        names: ['hipstershop.RecommendationService', 'RecommendationService'],
        evidence: { file: 'protos/demo.proto', line: 15, excerpt: 'service   RecommendationService' },
      },
    ]);
  });

  it('names a service without a package by its name alone, and reads dotted packages and imports', async () => {
    const text = 'syntax = "proto3";\nimport "google/protobuf/empty.proto";\nservice Health { rpc Check(google.protobuf.Empty) returns (google.protobuf.Empty); }\n';
    expect(await read('health.proto', text)).toEqual([{ type: 'provides', api: 'Health', protocol: 'grpc', names: ['Health'], evidence: { file: 'health.proto', line: 3, excerpt: 'service Health { rpc Check(google.protobuf.Empty) returns (google.protobuf.Empty); }' } }]);
    const dotted = 'syntax = "proto3";\npackage acme.orders.v1;\nservice OrderService {}\n';
    expect(await read('orders.proto', dotted)).toMatchObject([{ api: 'acme.orders.v1.OrderService', names: ['acme.orders.v1.OrderService', 'OrderService'] }]);
  });

  it.each([
    ['only messages', 'syntax = "proto3";\nmessage Order { string id = 1; }\n'],
    ['a syntax error', 'syntax = "proto3";\nservice Broken {\n  rpc X(\n'],
    ['an empty file', ''],
    ['text that is not protobuf', 'service: cart\nport: 8080\n'],
  ])('gives nothing for %s', async (_name, text) => {
    expect(await read('x.proto', text)).toEqual([]);
  });
});
