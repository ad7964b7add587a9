import { describe, expect, it } from 'vitest';
import type { SystemKind } from '../model/vocabulary.js';
import type { ConnectionFact } from './facts.js';
import { callsGraphqlEndpoint } from './graphql-endpoints.js';

type Fact = Pick<ConnectionFact, 'role' | 'mechanism' | 'routed'>;
const call: Fact = { role: 'calls', mechanism: 'rest' };

const cases: { name: string; fact: Fact; address: string | undefined; kind?: SystemKind; expected: boolean }[] = [
  { name: "Hasura's /v1/graphql", fact: call, address: 'http://graphql-engine:8080/v1/graphql', expected: true },
  { name: 'a bare /graphql with a trailing slash', fact: call, address: 'https://api.acme-ledger.io/graphql/', expected: true },
  { name: 'a query string after the path', fact: call, address: 'http://gateway:4000/api/graphql?batch=1', expected: true },
  { name: 'the server root', fact: call, address: 'http://graphql-engine:8080', expected: false },
  { name: 'a path merely starting with graphql', fact: call, address: 'http://docs:8080/graphql-docs', expected: false },
  { name: 'the console under /graphql/', fact: call, address: 'http://engine:8080/graphql/console', expected: false },
  { name: 'no address known', fact: call, address: undefined, expected: false },
  { name: 'a gateway route', fact: { ...call, routed: true }, address: 'http://engine:8080/v1/graphql', expected: false },
  { name: 'a gRPC call', fact: { role: 'calls', mechanism: 'grpc' }, address: 'http://engine:8080/v1/graphql', expected: false },
  { name: "a vector database's GraphQL API", fact: call, address: 'http://weaviate:8080/v1/graphql', kind: 'database', expected: false },
];

describe('callsGraphqlEndpoint', () => {
  it.each(cases)('$name', ({ fact, address, kind, expected }) => {
    expect(callsGraphqlEndpoint(fact, address, kind ?? 'application')).toBe(expected);
  });
});
