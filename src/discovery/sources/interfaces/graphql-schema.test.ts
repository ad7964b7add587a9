import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { graphqlSchemaSource } from './graphql-schema.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return graphqlSchemaSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

describe('graphqlSchemaSource', () => {
  it.each([
    ['schema.graphql', true],
    ['api/products.graphqls', true],
    ['ops/getCart.gql', true],
    ['src/schema.ts', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(graphqlSchemaSource.accepts(path)).toBe(accepted);
  });

  it('reports a schema with root types, named after its file, citing the first root type', async () => {
    const text = ['"""A product"""', 'type Product { id: ID! }', '', 'type Query {', '  product(id: ID!): Product', '}', 'type Mutation { noop: Boolean }'].join('\n');
    expect(await read('catalog/products.graphqls', text)).toEqual([
      { type: 'provides', api: 'products', protocol: 'graphql', evidence: { file: 'catalog/products.graphqls', line: 4, excerpt: 'type Query {' } },
    ]);
  });

  it('prefers the schema block, its description, and a meaningful folder name over a generic file name', async () => {
    const text = ['type RootQuery { ping: String }', '', '"""Storefront API"""', 'schema {', '  query: RootQuery', '}'].join('\n');
    expect(await read('services/storefront/src/schema.graphql', text)).toEqual([
      { type: 'provides', api: 'Storefront API', protocol: 'graphql', evidence: { file: 'services/storefront/src/schema.graphql', line: 4, excerpt: 'schema {' } },
    ]);
    const plain = 'schema { query: Q }\ntype Q { a: Int }\n';
    expect(await read('services/storefront/src/schema.graphql', plain)).toMatchObject([{ api: 'storefront', evidence: { line: 1 } }]);
  });

  it('counts `extend type Query` (a federated or split schema)', async () => {
    expect(await read('reviews.graphql', 'extend type Query {\n  reviews: [String]\n}\n')).toEqual([
      { type: 'provides', api: 'reviews', protocol: 'graphql', evidence: { file: 'reviews.graphql', line: 1, excerpt: 'extend type Query {' } },
    ]);
  });

  it.each([
    ['a client query document', 'query GetCart($id: ID!) {\n  cart(id: $id) { items { id } }\n}\n'],
    ['a fragment', 'fragment Item on CartItem { id quantity }\n'],
    ['types without a root type', 'type User { id: ID! }\nenum Role { ADMIN USER }\n'],
    ['a syntax error', 'type Query {\n  broken(: String\n'],
    ['an empty file', ''],
  ])('gives nothing for %s', async (_name, text) => {
    expect(await read('x.graphql', text)).toEqual([]);
  });
});
