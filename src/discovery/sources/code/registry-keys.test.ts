import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';
import { registryAccess } from './registry-keys.js';

describe('registryAccess', () => {
  it.each<[string, string, string[], string | undefined]>([
    ['a setter storing a URL under a plugin key', 'setMetadata', ['serverClient.metadata.Endpoint', 'accountsUrl'], 'set registry:Metadata:metadata.Endpoint'],
    ['its getter in the package, the holder imported under another name', 'getMetadata', ['plugin.metadata.Endpoint'], 'get registry:Metadata:metadata.Endpoint'],
    ['a getter called on a module object', 'platform.getMetadata', ['plugin.metadata.Endpoint'], 'get registry:Metadata:metadata.Endpoint'],
    ['a two-segment key is kept whole', 'setConfig', ['Keys.SearchUrl', 'url'], 'set registry:Config:Keys.SearchUrl'],
    ['an optional chain is the same path', 'getMetadata', ['plugin?.metadata.Endpoint'], 'get registry:Metadata:metadata.Endpoint'],
    ['a getter given a value too is no getter', 'getMetadata', ['plugin.metadata.Endpoint', 'x'], undefined],
    ['a setter given the key alone is no setter', 'setMetadata', ['plugin.metadata.Endpoint'], undefined],
    ['a literal key is no typed identifier', 'getItem', ["'token'"], undefined],
    ['a plain name is no key path', 'setTimeout', ['callback', '1000'], undefined],
    ['the environment is no registry', 'getValue', ['process.env.URL'], undefined],
    ['the browser\'s storage is no registry', 'setItem', ['localStorage.key', 'v'], undefined],
    ['a bare get/set is a map\'s', 'get', ['Keys.Endpoint'], undefined],
    ['a settings service\'s read that throws', 'getOrThrow', ['Keys.Endpoint'], undefined],
    ['a key built by a call', 'getMetadata', ['keyOf(plugin).Endpoint'], undefined],
  ])('%s', (_case, callee, args, expected) => {
    const access = registryAccess(callee, args);
    expect(access ? `${access.role} ${access.key}` : undefined).toBe(expected);
  });
});

describe('registry entries and MinIO clients read from TypeScript', () => {
  const facts = async (path: string, text: string): Promise<string[]> =>
    (await readSnippet(typescriptCodeSource, path, text)).flatMap((fact) =>
      fact.type === 'connection' ? [`${fact.role} ${fact.mechanism} ${fact.technology} ${JSON.stringify(fact.target)}`] : fact.type === 'binding' && fact.key.startsWith('code:registry:') ? [`${fact.scope} ${fact.key}=${fact.value}`] : [],
    );

  it.each<[string, string, string, string[]]>([
    ['a service storing its env var under a key', 'pods/front/src/__start.ts', code`
      import { setMetadata } from '@acme/platform'
      import serverClient from '@acme/server-client'
      const accountsUrl = process.env.ACCOUNTS_URL
      setMetadata(serverClient.metadata.Endpoint, accountsUrl)`, ['pods/front/src code:registry:Metadata:metadata.Endpoint=$ref:ACCOUNTS_URL']],
    ['a package fetching what the key holds', 'packages/client/src/index.ts', code`
      import { getMetadata } from '@acme/platform'
      import plugin from './plugin'
      export async function info(token) {
        const url = getMetadata(plugin.metadata.Endpoint)
        return await fetch(url, { method: 'POST' })
      }`, ['calls rest HTTP {"key":"code:registry:Metadata:metadata.Endpoint"}']],
    ['a MinIO client of a host literal', 'src/store.ts', code`
      import * as Minio from 'minio'
      const client = new Minio.Client({ endPoint: 'blobs', port: 9000, useSSL: false })`, ['uses file-transfer MinIO {"host":"blobs","port":9000}']],
    ['a MinIO client of an env var', 'src/store.ts', code`
      import { Client } from 'minio'
      const client = new Client({ endPoint: process.env.MINIO_HOST, accessKey: 'a', secretKey: 'b' })`, ['uses file-transfer MinIO {"key":"MINIO_HOST"}']],
    ['a Client of another package is not MinIO', 'src/ws.ts', code`
      import { Client } from '@stomp/stompjs'
      const minio = 1
      const client = new Client({ endPoint: 'blobs' })`, []],
  ])('%s', async (_case, path, text, expected) => {
    expect(await facts(path, text)).toEqual(expected);
  });
});
