/**
 * Environment validation schemas (ts-env-schemas.ts): zod, envalid and t3-env entries read as the
 * env vars they validate, with the schema's default, in the file and through the exported object.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

/** The targets of the file's connections, and its env defaults (`KEY=value`). */
function summary(facts: Fact[]): { targets: unknown[]; defaults: string[] } {
  const targets = facts.filter((fact) => fact.type === 'connection').map((fact) => (fact as { target: unknown }).target);
  const defaults = facts.flatMap((fact) => (fact.type === 'binding' && !fact.key.startsWith('code:') && !('scope' in fact && fact.scope !== undefined) ? [`${fact.key}=${fact.value}`] : []));
  return { targets, defaults };
}

describe('environment validation schemas in one file', () => {
  it.each([
    ['zod schema constant, parse, member read with a default', code`
      import { z } from 'zod';
      const schema = z.object({ ORDERS_URL: z.string().url().default('http://orders:3000'), PORT: z.coerce.number() });
      export const config = schema.parse(process.env);
      fetch(config.ORDERS_URL + '/orders');
    `, [{ key: 'ORDERS_URL' }], ['ORDERS_URL=http://orders:3000']],
    ['zod inline, strict, a default before describe, destructured', code`
      import { z } from 'zod';
      const config = z.object({ ENGINE: z.string().default('http://engine:8080/graphql').describe('engine') }).strict().parse(process.env);
      const { ENGINE } = config;
      fetch(ENGINE);
    `, [{ key: 'ENGINE' }], ['ENGINE=http://engine:8080/graphql']],
    ['zod safeParse(…).data, extend of a base', code`
      import { z } from 'zod';
      const base = z.object({ LOG_LEVEL: z.string().default('info') });
      const parsed = base.extend({ SEARCH_URL: z.string().default('http://search:9200') }).safeParse(process.env);
      const settings = parsed.data;
      fetch(settings.SEARCH_URL);
    `, [{ key: 'SEARCH_URL' }], ['SEARCH_URL=http://search:9200']],
    ['zod computed default names no value', code`
      import { z } from 'zod';
      const config = z.object({ API_URL: z.string().default(() => 'http://api') }).parse(process.env);
      fetch(config.API_URL);
    `, [{ key: 'API_URL' }], []],
    ['envalid cleanEnv: default, else devDefault', code`
      import { cleanEnv, str, url } from 'envalid';
      export const env = cleanEnv(process.env, { ORDERS_URL: url({ default: 'http://orders:3000' }), MAIL_URL: str({ devDefault: 'http://mailer:8025' }) });
      fetch(env.ORDERS_URL);
      fetch(env.MAIL_URL);
    `, [{ key: 'ORDERS_URL' }, { key: 'MAIL_URL' }], ['ORDERS_URL=http://orders:3000', 'MAIL_URL=http://mailer:8025']],
    ['envalid through its namespace', code`
      import * as envalid from 'envalid';
      const env = envalid.cleanEnv(process.env, { CACHE_URL: envalid.url({ default: 'redis://cache:6379' }) });
      fetch(env.CACHE_URL);
    `, [{ key: 'CACHE_URL' }], ['CACHE_URL=redis://cache:6379']],
    ['t3-env createEnv server and client groups', code`
      import { createEnv } from '@t3-oss/env-nextjs';
      import { z } from 'zod';
      export const env = createEnv({ server: { BILLING_URL: z.string().url().default('http://billing:4000') }, client: { NEXT_PUBLIC_API: z.string() }, runtimeEnv: process.env });
      fetch(env.BILLING_URL);
      fetch(env.NEXT_PUBLIC_API);
    `, [{ key: 'BILLING_URL' }, { key: 'NEXT_PUBLIC_API' }], ['BILLING_URL=http://billing:4000']],
    ['a schema parsing something else is no env read', code`
      import { z } from 'zod';
      const body = z.object({ callbackUrl: z.string().default('http://hooks:8080') });
      export function handle(input: unknown) {
        const payload = body.parse(input);
        return fetch(payload.callbackUrl);
      }
    `, [{}], []],
  ])('%s', async (_name, text, targets, defaults) => {
    const found = summary(await readSnippetWithNames(typescriptCodeSource, 'src/config.ts', text));
    expect(found.targets).toEqual(targets);
    expect(found.defaults).toEqual(defaults);
  });
});

describe('environment validation schemas across files', () => {
  it.each([
    ['a named export read by its path', code`
      import { z } from 'zod';
      const schema = z.object({ ORDERS_URL: z.string().default('http://orders:3000') });
      export const config = schema.parse(process.env);
    `, ['code:config.ORDERS_URL', 'code:ORDERS_URL']],
    ['a default export read by the key', code`
      import { cleanEnv, str } from 'envalid';
      const env = cleanEnv(process.env, { REDIS_URL: str() });
      export default env;
    `, ['code:REDIS_URL']],
  ])('%s', async (_name, text, keys) => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'src/config.ts', text);
    const shared = new Map(facts.flatMap((fact) => (fact.type === 'binding' && fact.key.startsWith('code:') && !fact.fallback ? [[fact.key, fact.value] as const] : [])));
    for (const key of keys) expect(shared.get(key)).toBe(`$ref:${key.replace(/^code:(?:config\.)?/, '')}`);
  });
});
