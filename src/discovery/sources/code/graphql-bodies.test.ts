/**
 * GraphQL posted as a plain HTTP call's body (graphql-bodies.ts): a graphql call whatever the
 * address says; a search body's `query` stays REST.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const cases: { name: string; source: Source; path: string; text: string; expected: string[] }[] = [
  {
    name: 'Python: httpx.post with json={"query": CONSTANT} holding a mutation',
    source: pythonCodeSource,
    path: 'app/main.py',
    text: code`
      import os
      import httpx
      HASURA_ENDPOINT = os.environ["HASURA_ENDPOINT"]
      MARK = """
      mutation Mark($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}) { id } }
      """
      def mark(order_id):
          httpx.post(HASURA_ENDPOINT, json={"query": MARK, "variables": {"id": order_id}})`,
    expected: ['graphql GraphQL HASURA_ENDPOINT @8'],
  },
  {
    name: 'Python: requests.post with data=json.dumps({"query": "{ … }"})',
    source: pythonCodeSource,
    path: 'app/sync.py',
    text: code`
      import json
      import os
      import requests
      def products():
          return requests.post(os.environ["ENGINE_URL"], data=json.dumps({"query": "{ products { id } }"}))`,
    expected: ['graphql GraphQL ENGINE_URL @5'],
  },
  {
    name: 'Python: a query of unknown text sent with x-hasura-admin-secret',
    source: pythonCodeSource,
    path: 'app/client.py',
    text: code`
      import os
      import httpx
      def run(query):
          return httpx.post(os.environ["HASURA_URL"], json={"query": query}, headers={"x-hasura-admin-secret": os.environ["SECRET"]})`,
    expected: ['graphql GraphQL HASURA_URL @4'],
  },
  {
    name: 'Python: an Elasticsearch search body and a search API query string stay REST',
    source: pythonCodeSource,
    path: 'app/search.py',
    text: code`
      import os
      import requests
      def search(term):
          requests.post(os.environ["SEARCH_URL"] + "/products/_search", json={"query": {"match": {"name": term}}})
          requests.post(os.environ["FINDER_URL"], json={"query": term})`,
    expected: ['rest HTTP SEARCH_URL @4', 'rest HTTP FINDER_URL @5'],
  },
  {
    name: 'TypeScript: fetch with body JSON.stringify({ query, variables }) and a gql template',
    source: typescriptCodeSource,
    path: 'src/engine.ts',
    text: code`
      import gql from 'graphql-tag';
      const ORDERS = gql\`query Orders { orders { id } }\`;
      export async function orders(variables: object) {
        await fetch(process.env.ENGINE_URL as string, { method: 'POST', body: JSON.stringify({ query: ORDERS, variables }) });
      }
      export async function products(query: string) {
        await fetch(process.env.CATALOG_URL as string, { method: 'POST', headers: { 'x-hasura-role': 'shop' }, body: JSON.stringify({ query }) });
      }
      export async function health() {
        await fetch(\`\${process.env.ENGINE_URL}/healthz\`);
      }`,
    expected: ['graphql GraphQL ENGINE_URL @4', 'graphql GraphQL CATALOG_URL @7', 'rest HTTP ENGINE_URL @10'],
  },
  {
    name: 'Python: only the base address in the environment, the path in an f-string on a settings member',
    source: pythonCodeSource,
    path: 'app/engine.py',
    text: code`
      import os
      import httpx
      class Settings:
          engine_base = os.environ["ENGINE_BASE"]
      settings = Settings()
      def run(q, v):
          return httpx.post(f"{settings.engine_base}/v1/graphql", json={"query": q, "variables": v}, headers={"x-hasura-admin-secret": "x"})`,
    expected: ['graphql GraphQL ENGINE_BASE @7'],
  },
  {
    name: 'Python: an httpx client on base_url posting to a relative /v1/graphql, directly and in async with',
    source: pythonCodeSource,
    path: 'app/engine.py',
    text: code`
      import os
      import httpx
      client = httpx.Client(base_url=os.environ["ENGINE_BASE"])
      def run(q, v):
          return client.post("/v1/graphql", json={"query": q, "variables": v})
      async def run_async(q):
          async with httpx.AsyncClient(base_url=os.environ["ENGINE_BASE"], timeout=10) as session:
              return await session.post("v1/graphql", json={"query": q})`,
    expected: ['graphql GraphQL ENGINE_BASE @3', 'graphql GraphQL ENGINE_BASE @7'],
  },
  {
    name: 'Python: an httpx client on base_url calling REST paths stays REST',
    source: pythonCodeSource,
    path: 'app/ledger.py',
    text: code`
      import os
      import httpx
      client = httpx.Client(base_url=os.environ["LEDGER_BASE"])
      def entries():
          return client.get("/api/entries", params={"query": "open"})`,
    expected: ['rest HTTP LEDGER_BASE @3'],
  },
  {
    name: 'TypeScript: fetch to a template of the base address and /v1/graphql, the body built beforehand',
    source: typescriptCodeSource,
    path: 'src/engine.ts',
    text: code`
      export async function run(query: string, variables: object) {
        const body = JSON.stringify({ query, variables });
        return fetch(\`\${process.env.ENGINE_URL}/v1/graphql\`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      }`,
    expected: ['graphql GraphQL ENGINE_URL @3'],
  },
  {
    name: 'TypeScript: an axios instance on baseURL posting { query, variables } to /v1/graphql',
    source: typescriptCodeSource,
    path: 'src/engine.ts',
    text: code`
      import axios from 'axios';
      const engine = axios.create({ baseURL: process.env.ENGINE_URL });
      export async function run(query: string, variables: object) {
        const { data } = await engine.post('/v1/graphql', { query, variables });
        return data;
      }`,
    expected: ['graphql GraphQL ENGINE_URL @2'],
  },
];

describe('GraphQL requests as an HTTP body', () => {
  it.each(cases)('$name', async ({ source, path, text, expected }) => {
    const facts = await readSnippet(source, path, text);
    const calls = facts.flatMap((fact) => (fact.type === 'connection' && fact.role === 'calls' ? [`${fact.mechanism} ${fact.technology} ${fact.target.key ?? fact.target.host} @${fact.evidence.line}`] : []));
    expect(calls).toEqual(expected);
  });
});
