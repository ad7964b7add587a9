/**
 * Code reading node-config: a constants module built from `config.get<T>(key)` and shared by an
 * export clause, typed boolean reads as switches, an S3 client's endpoint, and a workspace
 * library's function given an address by a deployable.
 */
import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

const bindings = (facts: Fact[]): BindingFact[] => facts.filter((fact): fact is BindingFact => fact.type === 'binding');
const connections = (facts: Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');

describe('a constants module of node-config reads', () => {
  it.each<[string, string]>([
    ['`export const`', "import config from 'config'\nexport const CONFIG = { REDIS: { HOSTNAME: config.get<string>('redis.hostname') } }\n"],
    ['`export { CONFIG }` at the end', "import config from 'config'\nconst CONFIG = { REDIS: { HOSTNAME: config.get<string>('redis.hostname') } }\nexport { CONFIG }\n"],
    ['an aliased export clause', "import config from 'config'\nconst settings = { REDIS: { HOSTNAME: config.get('redis.hostname') } }\nexport { settings as CONFIG }\n"],
  ])('%s: each member is the key it reads', async (_case, text) => {
    const facts = bindings(await readSnippet(typescriptCodeSource, 'server/initializers/config.ts', text));
    expect(facts).toContainEqual(expect.objectContaining({ key: 'code:CONFIG.redis.hostname', value: '$ref:redis.hostname' }));
  });

  it('a typed boolean read is a switch tested for truth, an untyped one is not', async () => {
    const facts = bindings(await readSnippet(typescriptCodeSource, 'server/initializers/config.ts', code`
      import config from 'config'
      const CONFIG = { GEO: { ENABLED: config.get<boolean>('geo.enabled'), URL: config.get('geo.url') } }
      export { CONFIG }`));
    expect(facts.find((fact) => fact.key === 'code:CONFIG.geo.enabled')?.flag).toEqual([{ key: 'geo.enabled', test: 'true' }]);
    expect(facts.find((fact) => fact.key === 'code:CONFIG.geo.url')?.flag).toBeUndefined();
  });

  it('an export clause naming a function shares no object', async () => {
    const facts = bindings(await readSnippet(typescriptCodeSource, 'server/lib/x.ts', "const handler = () => process.env.A_URL\nexport { handler }\n"));
    expect(facts.filter((fact) => fact.key.startsWith('code:handler'))).toEqual([]);
  });
});

describe('an S3 client given an endpoint', () => {
  it("names the store its commands reach by the endpoint, not Amazon's S3", async () => {
    const facts = connections(await readSnippet(typescriptCodeSource, 'server/lib/storage.ts', code`
      import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
      const client = new S3Client({ endpoint: process.env.S3_ENDPOINT, region: 'fr-par' })
      export const put = (key: string) => client.send(new PutObjectCommand({ Bucket: 'videos', Key: key }))`));
    expect(facts.map((fact) => [fact.mechanism, fact.target])).toContainEqual(['file-transfer', { key: 'S3_ENDPOINT' }]);
  });
});


describe('nconf reads', () => {
  it.each<[string, string, string]>([
    ['`conf.get`', "import conf from '../config/conf'\nexport const redis = new Redis({ host: conf.get('redis:hostname') })\n", 'redis:hostname'],
    ['`nconf.get`', "import nconf from 'nconf'\nexport const redis = new Redis({ host: nconf.get('redis:hostname') })\n", 'redis:hostname'],
  ])('%s reads its `:`-separated key', async (_case, text, key) => {
    const facts = connections(await readSnippet(typescriptCodeSource, 'src/cache/redis.js', `import Redis from 'ioredis'\n${text}`));
    expect(facts.map((fact) => fact.target)).toContainEqual({ key });
  });

  it('a boolean wrapper around get guarding a client is a switch on its key, its second argument where unset', async () => {
    const facts = connections(await readSnippet(typescriptCodeSource, 'src/ai/assistant.js', code`
      import OpenAI from 'openai'
      import conf, { booleanConf } from '../config/conf'
      export const summarize = async (text) => {
        if (!booleanConf('ai:enabled', false)) return null
        return new OpenAI({ apiKey: conf.get('ai:token') }).chat.completions.create({ model: 'x', messages: [] })
      }`));
    expect(facts[0]?.conditions).toEqual([{ key: 'ai:enabled', test: 'true', unsetValue: 'false' }]);
  });

  it('`confirm(…)` is no configuration read', async () => {
    const facts = connections(await readSnippet(typescriptCodeSource, 'src/cache/redis.js', "import Redis from 'ioredis'\nexport const redis = new Redis({ host: confirm('redis_host') })\n"));
    expect(facts.map((fact) => fact.target)).not.toContainEqual({ key: 'redis_host' });
  });
});
