/**
 * TypeScript config classes whose field decorators name env vars (ts-config-classes.ts): the
 * bindings of each field's paths, its default, and reads through an imported config class.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet, readSnippetWithNames } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

const CONFIG = code`
  import { Config, Env, Nested } from './decorators';
  import { Inject } from 'typedi';

  @Config
  export class RedisConfig {
    @Env('RELAY_QUEUE_REDIS_HOST')
    host: string = 'localhost';
    @Env('RELAY_QUEUE_REDIS_PORT') port: number = 6379;
  }

  @Config
  export class QueueConfig {
    @Nested
    redis: RedisConfig;
  }

  @Config
  export class MailConfig {
    @Env('RELAY_SMTP_HOST') host: string = 'mail.internal';
    @Inject('MAIL_TRANSPORT') transport: unknown;
  }

  @Config
  export class GlobalConfig {
    @Nested queue: QueueConfig;
    mail: MailConfig;
  }
`;

/** The `code:` bindings a file states, key → value. */
function codeBindings(facts: Fact[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const fact of facts) if (fact.type === 'binding' && fact.key.startsWith('code:') && !fact.fallback) found[fact.key] = fact.value;
  return found;
}

describe('decorator-based config classes', () => {
  it('binds each env field under its path from every config class, sections nested; not a decorator naming no env var', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'src/config/config.ts', CONFIG);
    expect(codeBindings(facts)).toEqual({
      'code:RedisConfig.host': '$ref:RELAY_QUEUE_REDIS_HOST',
      'code:RedisConfig.port': '$ref:RELAY_QUEUE_REDIS_PORT',
      'code:QueueConfig.redis.host': '$ref:RELAY_QUEUE_REDIS_HOST',
      'code:QueueConfig.redis.port': '$ref:RELAY_QUEUE_REDIS_PORT',
      'code:MailConfig.host': '$ref:RELAY_SMTP_HOST',
      'code:GlobalConfig.queue.redis.host': '$ref:RELAY_QUEUE_REDIS_HOST',
      'code:GlobalConfig.queue.redis.port': '$ref:RELAY_QUEUE_REDIS_PORT',
      'code:GlobalConfig.mail.host': '$ref:RELAY_SMTP_HOST',
    });
  });

  it('keeps the initializer as the env var\'s default, as `process.env.X ?? default` does', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'src/config/config.ts', CONFIG);
    const defaults = facts.flatMap((fact) => (fact.type === 'binding' && /^RELAY_/.test(fact.key) ? [`${fact.key}=${fact.value}`] : []));
    const written = await readSnippetWithNames(typescriptCodeSource, 'src/config/env.ts', "export const host = process.env.RELAY_SMTP_HOST ?? 'mail.internal';\n");
    const same = written.flatMap((fact) => (fact.type === 'binding' && /^RELAY_/.test(fact.key) ? [`${fact.key}=${fact.value}`] : []));
    expect(same).toEqual(['RELAY_SMTP_HOST=mail.internal']);
    expect(defaults).toEqual(expect.arrayContaining(same));
  });

  it('reads a config file that names no client', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'src/config/mail.ts', "import { Env } from './env';\nexport class MailConfig {\n  @Env('RELAY_SMTP_HOST') host: string = 'mail.internal';\n}\n");
    expect(codeBindings(facts)).toEqual({ 'code:MailConfig.host': '$ref:RELAY_SMTP_HOST' });
  });

  it.each<[string, string, string]>([
    ['got from a container', `const config = Container.get(GlobalConfig);\nconst queue = new Queue('jobs', { connection: { host: config.queue.redis.host } });\nawait queue.add('x', {});`, 'code:GlobalConfig.queue.redis.host'],
    ['injected into a typed field', `class Jobs {\n  constructor(private readonly config: GlobalConfig) {}\n  queue() { const queue = new Queue('jobs', { connection: { host: this.config.queue.redis.host } }); return queue; }\n}`, 'code:GlobalConfig.queue.redis.host'],
    ['a section class got directly', `const queue = new Queue('jobs', { connection: { host: Container.get(RedisConfig).host } });\nexport default queue;`, 'code:RedisConfig.host'],
  ])('reads a field through an imported config class %s', async (_label, body, key) => {
    const text = `import { Queue } from 'bullmq';\nimport { Container } from 'typedi';\nimport { GlobalConfig, RedisConfig } from '../config/config';\n${body}\n`;
    const facts = await readSnippet(typescriptCodeSource, 'src/queue/jobs.ts', text);
    const targets = facts.flatMap((fact) => (fact.type === 'connection' ? [JSON.stringify(fact.target)] : []));
    expect(targets.some((target) => target.includes(key))).toBe(true);
  });
});
