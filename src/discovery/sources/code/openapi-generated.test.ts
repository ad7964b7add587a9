/**
 * Clients OpenAPI Generator made from a server's specification (openapi-generated.ts): the base URL
 * a configuration gives the generated API classes is a REST call, in each language's shape; other
 * `Configuration`s and API classes given no base URL are none.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise, type SnippetCase } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const targets = async (row: Pick<SnippetCase, 'source' | 'path' | 'text'>): Promise<object[]> =>
  summarise(await readSnippet(row.source, row.path, row.text)).flatMap((fact) => ('role' in fact && fact.mechanism === 'rest' ? [fact.target] : []));

const cases: { name: string; source: SnippetCase['source']; path: string; text: string; targets: object[] }[] = [
  {
    name: 'typescript-axios: a Configuration with a basePath from the environment, handed to an API class',
    source: typescriptCodeSource,
    path: 'src/sdk.ts',
    text: code`
      import { Configuration, IdentityApi } from "@acme/client"
      export const identity = new IdentityApi(new Configuration({ basePath: process.env.IDENTITY_ADMIN_URL }))
    `,
    targets: [{ key: 'IDENTITY_ADMIN_URL' }],
  },
  {
    name: 'a public fallback used only when the variable is unset: the variable is read first',
    source: typescriptCodeSource,
    path: 'src/sdk.ts',
    text: code`
      import { Configuration, FrontendApi } from "@acme/client"
      const base = process.env.IDENTITY_PUBLIC_URL || "https://playground.acme.dev"
      export const frontend = new FrontendApi(new Configuration({ basePath: base, baseOptions: { withCredentials: true } }))
    `,
    targets: [{ host: 'playground.acme.dev', url: 'https://playground.acme.dev', unlessSet: 'IDENTITY_PUBLIC_URL' }],
  },
  {
    name: 'typescript-fetch: the base path after the configuration',
    source: typescriptCodeSource,
    path: 'src/pets.ts',
    text: code`
      import { Configuration, PetApi } from "petstore-client"
      const config = new Configuration({ accessToken: process.env.TOKEN })
      export const pets = new PetApi(config, "http://petstore:8080/v2")
    `,
    targets: [{ host: 'petstore', port: 8080, url: 'http://petstore:8080/v2' }],
  },
  {
    name: 'a Configuration with no basePath, and an API class given only options, call nothing',
    source: typescriptCodeSource,
    path: 'src/other.ts',
    text: code`
      import { Configuration } from "webpack"
      import { GraphApi } from "./graph"
      const config = new Configuration({ mode: "production" })
      const graph = new GraphApi({ retries: 3 }, { timeout: 1000 })
    `,
    targets: [],
  },
  {
    name: 'Java: setBasePath on the generated ApiClient',
    source: jvmCodeSource,
    path: 'src/main/java/acme/Hooks.java',
    text: code`
      import acme.client.ApiClient;
      import acme.client.api.PetApi;
      class Hooks {
        void run() {
          ApiClient client = new ApiClient();
          client.setBasePath(System.getenv("PETSTORE_URL"));
          PetApi pets = new PetApi(client);
        }
      }
    `,
    targets: [{ key: 'PETSTORE_URL' }],
  },
  {
    name: 'Go: the first of the configuration’s servers',
    source: goCodeSource,
    path: 'main.go',
    text: code`
      package main

      import (
      	"os"

      	openapi "github.com/acme/client-go"
      )

      func main() {
      	cfg := openapi.NewConfiguration()
      	cfg.Servers = openapi.ServerConfigurations{{URL: os.Getenv("PETSTORE_URL")}}
      	_ = openapi.NewAPIClient(cfg)
      }
    `,
    targets: [{ key: 'PETSTORE_URL' }],
  },
  {
    name: 'Go: one ServerConfiguration',
    source: goCodeSource,
    path: 'main.go',
    text: code`
      package main

      import openapi "github.com/acme/client-go"

      func main() {
      	cfg := openapi.NewConfiguration()
      	cfg.Servers = []openapi.ServerConfiguration{openapi.ServerConfiguration{URL: "http://petstore:8080"}}
      	_ = openapi.NewAPIClient(cfg)
      }
    `,
    targets: [{ host: 'petstore', port: 8080, url: 'http://petstore:8080' }],
  },
  {
    name: 'Python: Configuration(host=…) handed to ApiClient',
    source: pythonCodeSource,
    path: 'sync/main.py',
    text: code`
      import os
      import acme_client
      from acme_client.api import pet_api

      configuration = acme_client.Configuration(host=os.environ["PETSTORE_URL"])
      with acme_client.ApiClient(configuration) as api_client:
          pets = pet_api.PetApi(api_client)
    `,
    targets: [{ key: 'PETSTORE_URL' }],
  },
  {
    name: 'Python: a Configuration with no host calls nothing',
    source: pythonCodeSource,
    path: 'sync/main.py',
    text: code`
      import os
      from acme.settings import Configuration

      settings = Configuration(path=os.environ["SETTINGS_FILE"])
    `,
    targets: [],
  },
];

describe('OpenAPI Generator clients', () => {
  it.each(cases)('$name', async (row) => {
    expect(await targets(row)).toEqual(row.targets);
  });
});
