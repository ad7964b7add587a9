/**
 * TypeScript environment classes (ts-env-classes.ts): the fields of an exported instance bound
 * for importers, through an alias of `process.env` and conversion helpers, subclasses too; reads
 * through the instance, by a tsconfig `paths` alias; switches on its fields.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';
import { mayDeclareEnvClass, pathAliasMatcher, pathAliasesFor } from './ts-env-classes.js';

const BASE = code`
  const environment = process.env;

  export class Environment {
    public SMTP_HOST = environment.SMTP_HOST;
    public IFRAMELY_URL = this.toOptionalString(environment.IFRAMELY_URL);
    public SMTP_PORT = this.toOptionalNumber(environment.SMTP_PORT);
    public DATABASE_URL = environment.DATABASE_URL ?? "";
    public ENABLE_UPDATES = this.toBoolean(environment.ENABLE_UPDATES ?? "true");
    public static VERSION = environment.APP_VERSION;

    protected toOptionalString(value: string | undefined) {
      return value ? value : undefined;
    }
    protected toOptionalNumber(value: string | undefined) {
      return value ? parseInt(value, 10) : undefined;
    }
    protected toBoolean(value: string) {
      try {
        return value ? !!JSON.parse(value) : false;
      } catch (err) {
        throw new Error("not a boolean");
      }
    }
  }

  export default new Environment();
`;

/** The `code:` bindings a file states, key → value (flags as their tests). */
function codeBindings(facts: Fact[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const fact of facts) {
    if (fact.type !== 'binding' || !fact.key.startsWith('code:') || fact.fallback) continue;
    found[fact.key] = fact.flag ? `flag ${JSON.stringify(fact.flag)}` : fact.value;
  }
  return found;
}

describe('environment classes', () => {
  it('binds each field of the exported instance for importers: alias of process.env, conversion helpers, a boolean switch; not a static field', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'server/env.ts', BASE);
    const bound = codeBindings(facts);
    expect(bound['code:SMTP_HOST']).toBe('$ref:SMTP_HOST');
    expect(bound['code:IFRAMELY_URL']).toBe('$ref:IFRAMELY_URL');
    expect(bound['code:SMTP_PORT']).toBe('$ref:SMTP_PORT');
    expect(bound['code:DATABASE_URL']).toBe('$ref:DATABASE_URL');
    expect(bound['code:ENABLE_UPDATES']).toBe(`flag ${JSON.stringify([{ key: 'ENABLE_UPDATES', test: 'true', unsetValue: 'true' }])}`);
    expect(bound['code:VERSION']).toBeUndefined();
  });

  it.each([
    ['a subclass exported as the instance', code`
      import { Environment } from "@server/env";
      const environment = process.env;
      class OIDCPluginEnvironment extends Environment {
        public OIDC_TOKEN_URI = this.toOptionalString(environment.OIDC_TOKEN_URI);
      }
      export default new OIDCPluginEnvironment();
    `, 'code:OIDC_TOKEN_URI', '$ref:OIDC_TOKEN_URI'],
    ['`const { env } = process`, module.exports', code`
      const { env } = process;
      class Settings { redisUrl = env.REDIS_URL; }
      module.exports = new Settings();
    `, 'code:redisUrl', '$ref:REDIS_URL'],
    ['no instance exported: nothing shared', code`
      const environment = process.env;
      export class Settings { public QUEUE_URL = environment.QUEUE_URL; }
    `, 'code:QUEUE_URL', undefined],
  ])('%s', async (_name, text, key, value) => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'plugins/oidc/server/env.ts', text);
    expect(codeBindings(facts)[key]).toBe(value);
  });

  it('reads a field through the imported instance, the guard on another field a condition', async () => {
    const text = code`
      import fetch from "node-fetch";
      import env from "../env";
      if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
        fetch("https://api.github.com/user/emails");
      }
      export async function unfurl() {
        if (!env.ENABLE_UPDATES) return;
        await fetch(\`\${env.IFRAMELY_URL}/api/oembed\`);
      }
    `;
    const facts = await readSnippetWithNames(typescriptCodeSource, 'plugins/github/server/auth/github.ts', text);
    const calls = facts.filter((fact) => fact.type === 'connection');
    expect(calls.map((fact) => [(fact as { target: unknown }).target, (fact as { conditions?: unknown }).conditions])).toEqual([
      [{ url: 'https://api.github.com/user/emails', host: 'api.github.com' }, [{ key: 'code:GITHUB_CLIENT_ID', test: 'set' }, { key: 'code:GITHUB_CLIENT_SECRET', test: 'set' }]],
      // `!env.ENABLE_UPDATES` then `return`: the rest runs where the switch is set (its flag binding says how: above).
      [{ key: 'code:IFRAMELY_URL' }, [{ key: 'code:ENABLE_UPDATES', test: 'set' }]],
    ]);
  });
});

describe('tsconfig path aliases', () => {
  const TSCONFIG = `{
    // comments and trailing commas, as tsconfig allows
    "compilerOptions": { "baseUrl": ".", "paths": { "@server/*": ["./server/*"], "@shared": ["./shared/index.ts"], }, },
  }`;
  it.each([
    ['@server/env', true],
    ['@server/utils/fetch', true],
    ['@shared', true],
    ['@shared/x', false],
    ['@sentry/node', false],
    ['nodemailer', false],
  ])('%s → %s', (specifier, expected) => {
    expect(pathAliasMatcher(TSCONFIG)?.(specifier)).toBe(expected);
  });

  it('does not let an alias prefix and suffix overlap', () => {
    const matcher = pathAliasMatcher('{ "compilerOptions": { "paths": { "ab*ba": ["./x/*"] } } }');
    expect(matcher?.('aba')).toBe(false);
    expect(matcher?.('abxba')).toBe(true);
  });

  it.each([
    ['no paths', '{ "compilerOptions": { "strict": true } }'],
    ['not JSON', 'compilerOptions: {'],
  ])('%s: no matcher', (_name, text) => {
    expect(pathAliasMatcher(text)).toBeUndefined();
  });

  it('finds the nearest config with paths, from the file up', () => {
    const files: Record<string, string> = { 'tsconfig.json': TSCONFIG, 'server/tsconfig.json': '{ "extends": "../tsconfig.json" }' };
    const matcher = pathAliasesFor('server/emails/mailer.ts', (path) => files[path]);
    expect(matcher?.('@server/env')).toBe(true);
    expect(pathAliasesFor('server/emails/mailer.ts', undefined)).toBeUndefined();
  });

  it.each([
    ['const environment = process.env; export class Environment {}', true],
    ['export class Environment { URL = "x" }', false],
    ['const url = process.env.URL;', false],
  ])('mayDeclareEnvClass(%s) → %s', (text, expected) => {
    expect(mayDeclareEnvClass(text)).toBe(expected);
  });
});
