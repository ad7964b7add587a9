/**
 * GraphQL sent through a plain HTTP client to an address read from the environment, with the
 * `/graphql` path written after it (value-evaluation.ts withPath, fact-emission.ts): a graphql call.
 * Any other path on the same address stays a REST call.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const cases: { name: string; source: Source; path: string; text: string; expected: string[] }[] = [
  {
    name: 'Python: requests session posting to a config helper\'s URL + "/graphql"; "/api/graphs" stays REST',
    source: pythonCodeSource,
    path: 'connector/client.py',
    text: code`
      import os
      import requests
      from pycti import get_config_variable
      class Client:
          def __init__(self, config):
              url = get_config_variable("ACME_URL", ["acme", "url"], config)
              self.api_url = url + "/graphql"
              self.session = requests.session()
          def query(self, query, variables):
              return self.session.post(self.api_url, json={"query": query, "variables": variables})
          def graphs(self):
              return requests.get(os.environ["CHARTS_URL"] + "/api/graphs")`,
    expected: ['graphql GraphQL ACME_URL @10', 'rest HTTP CHARTS_URL @12'],
  },
  {
    name: 'Python: an f-string and str.format on an env var; "/graphql-docs" stays REST',
    source: pythonCodeSource,
    path: 'app/clients.py',
    text: code`
      import os
      import httpx
      BASE = os.getenv("LEDGER_URL")
      httpx.post(f"{BASE}/graphql", json={"query": "{ a }"})
      httpx.get("{}/graphql-docs".format(os.environ["DOCS_URL"]))`,
    expected: ['graphql GraphQL LEDGER_URL @4', 'rest HTTP DOCS_URL @5'],
  },
  {
    name: 'Go: http.Post of base+"/graphql", a Sprintf with a port and path; /health stays REST',
    source: goCodeSource,
    path: 'cmd/syncer/main.go',
    text: code`
      package main
      import ("bytes"; "fmt"; "net/http"; "os")
      type gqlRequest struct { Query string \`json:"query"\` }
      func main() {
        base := os.Getenv("LEDGER_ADDR")
        http.Post(base+"/graphql", "application/json", bytes.NewReader(nil))
        http.Post(fmt.Sprintf("http://%s:8080/v1/graphql", os.Getenv("HASURA_HOST")), "application/json", nil)
        http.Get(base + "/health")
      }`,
    expected: ['graphql GraphQL LEDGER_ADDR @6', 'graphql GraphQL HASURA_HOST @7', 'rest HTTP LEDGER_ADDR @8'],
  },
  {
    name: 'TypeScript: fetch of a template on process.env with /graphql; /metrics stays REST',
    source: typescriptCodeSource,
    path: 'src/server.ts',
    text: code`
      export async function entries() {
        await fetch(\`\${process.env.LEDGER_BASE}/graphql\`, { method: 'POST', body: JSON.stringify({ query: '{ a }' }) });
        await fetch(\`\${process.env.LEDGER_BASE}/metrics\`);
      }`,
    expected: ['graphql GraphQL LEDGER_BASE @2', 'rest HTTP LEDGER_BASE @3'],
  },
  {
    name: 'Java: RestTemplate on a @Value base URL + "/graphql"',
    source: jvmCodeSource,
    path: 'src/main/java/com/example/LedgerClient.java',
    text: code`
      package com.example;
      import org.springframework.beans.factory.annotation.Value;
      import org.springframework.web.client.RestTemplate;
      public class LedgerClient {
        @Value("\${ledger.url}") private String baseUrl;
        private final RestTemplate rest = new RestTemplate();
        public String entries() {
          return rest.postForObject(baseUrl + "/graphql", java.util.Map.of("query", "{ a }"), String.class);
        }
        public String graphs() {
          return rest.getForObject(baseUrl + "/api/graphs", String.class);
        }
      }`,
    expected: ['graphql GraphQL ledger.url @8', 'rest HTTP ledger.url @11'],
  },
  {
    name: 'C#: HttpClient.PostAsync on an env var + "/graphql"',
    source: csharpCodeSource,
    path: 'Ledger/LedgerClient.cs',
    text: code`
      using System;
      using System.Net.Http;
      public class LedgerClient {
        private readonly HttpClient _http = new HttpClient();
        private readonly string _base = Environment.GetEnvironmentVariable("LEDGER_URL");
        public async void Entries(HttpContent body) {
          await _http.PostAsync(_base + "/graphql", body);
        }
      }`,
    expected: ['graphql GraphQL LEDGER_URL @7'],
  },
];

describe('GraphQL over a plain HTTP client', () => {
  it.each(cases)('$name', async ({ source, path, text, expected }) => {
    const facts = await readSnippet(source, path, text);
    const calls = facts.flatMap((fact) => (fact.type === 'connection' && fact.role === 'calls' ? [`${fact.mechanism} ${fact.technology} ${fact.target.key ?? fact.target.host} @${fact.evidence.line}`] : []));
    expect(calls).toEqual(expected);
  });
});
