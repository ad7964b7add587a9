import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { configConnections } from './code-test-support.js';
import { vendureConfigSource } from './vendure-config.js';

/** Reads an entry file with the other files of the scan (its config, an env module) available to it. */
async function read(text: string, others: Record<string, string> = {}, path = 'app/src/index.ts'): Promise<Fact[]> {
  const file: SourceFile = { path, text };
  return vendureConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], readFile: (other) => others[other] });
}

const summary = (facts: readonly Fact[]): string[] => configConnections(facts, true);

const ENV = `export const env = {
  db: { host: process.env.DB_HOST ?? 'localhost', port: 5432 },
  redis: { host: process.env.REDIS_HOST ?? 'localhost' },
  mail: { host: process.env.SMTP_HOST },
  search: { host: process.env.ES_HOST || 'http://localhost' },
} as const;
`;

const CONFIG = `import { VendureConfig } from '@vendure/core';
import { BullMQJobQueuePlugin } from '@acme-commerce/job-queue-plugin/package/bullmq';
import { env } from './environment';

const devMail = process.env.MAIL_DEV === 'true';
const shared = [ElasticsearchPlugin.init({ host: env.search.host, port: 9200 })];

export const config: VendureConfig = {
  dbConnectionOptions: { type: 'postgres', host: env.db.host, port: env.db.port },
  plugins: [
    ...shared,
    AssetServerPlugin.init({
      route: 'assets',
      storageStrategyFactory: process.env.S3_ENDPOINT ? configureS3AssetStorage({ bucket: 'a', nativeS3Configuration: { endpoint: process.env.S3_ENDPOINT } }) : undefined,
    }),
    BullMQJobQueuePlugin.init({ connection: { host: env.redis.host, port: 6379 } }),
    devMail ? EmailPlugin.init({ devMode: true, outputPath: '/tmp' }) : EmailPlugin.init({ transport: { type: 'smtp', host: env.mail.host, port: 25 } }),
    EmailPlugin.init({ transport: { type: 'file', outputPath: '/tmp/mails' } }),
    StripePlugin.init({}),
    // MolliePlugin.init({ vendureHost: 'x' }),
    DefaultJobQueuePlugin.init({}),
  ],
};
`;

const FILES = { 'app/src/vendure-config.ts': CONFIG, 'app/src/environment.ts': ENV };

describe('vendure-config', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the server: database, search, S3 assets (gated), the job queue produced, Stripe; no mail',
      'app/src/index.ts',
      "import { bootstrap } from '@vendure/core';\nimport { config } from './vendure-config';\n\nbootstrap(config).catch(() => process.exit(1));\n",
      [
        'uses database PostgreSQL → $ref:DB_HOST | localhost [] @4',
        'uses file-transfer Amazon S3 → $ref:S3_ENDPOINT [if S3_ENDPOINT] @4',
        'produces messaging Redis → $ref:REDIS_HOST | localhost [] @4',
        'calls rest Stripe → api.stripe.com [] @4',
        'uses database Elasticsearch → $ref:ES_HOST | http://localhost [] @4',
      ],
    ],
    [
      'the worker: database, search, the job queue consumed, the SMTP mail (not the dev-mode or file transport)',
      'app/src/index-worker.ts',
      "import { bootstrapWorker } from '@vendure/core';\nimport { config } from './vendure-config';\n\nbootstrapWorker(config).then((worker) => worker.startJobQueue());\n",
      [
        'uses database PostgreSQL → $ref:DB_HOST | localhost [] @4',
        'consumes messaging Redis → $ref:REDIS_HOST | localhost [] @4',
        'calls email SMTP → $ref:SMTP_HOST [if !MAIL_DEV=true] @4',
        // The array spread into the plugins is read after them.
        'uses database Elasticsearch → $ref:ES_HOST | http://localhost [] @4',
      ],
    ],
    ['a bootstrap of something else (no dbConnectionOptions)', 'app/src/main.ts', "import { bootstrap } from './app';\nbootstrap(app);\n", []],
    [
      'a config declared in the entry file itself',
      'app/src/dev.ts',
      "const config = { dbConnectionOptions: { type: 'mysql', url: process.env.DATABASE_URL }, plugins: [] };\nbootstrap(config);\n",
      ['uses database MySQL → $ref:DATABASE_URL [] @2'],
    ],
    ['an embedded database connects to nothing', 'app/src/dev.ts', "bootstrap({ dbConnectionOptions: { type: 'sqlite', database: 'vendure.sqlite' } });\n", []],
  ])('%s', async (_name, path, text, expected) => {
    expect(summary(await read(text, FILES, path))).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'EmailPlugin options chosen by a conditional spread on a settings field: the SMTP branch when not dev',
      "EmailPlugin.init({ ...(IS_DEV ? { devMode: true, outputPath: '/tmp', route: 'mailbox' } : { transport: { type: 'smtp', host: env.mail.host, port: 587 } }), handlers: [] })",
      ['calls email SMTP → $ref:SMTP_HOST | localhost [if !APP_ENV=dev] @2'],
    ],
    [
      'both branches sending: each with its condition',
      "EmailPlugin.init({ ...(IS_DEV ? { transport: { type: 'smtp', host: env.mail.devHost } } : { transport: { type: 'smtp', host: env.mail.host } }) })",
      ['calls email SMTP → $ref:DEV_SMTP_HOST [if APP_ENV=dev] @2', 'calls email SMTP → $ref:SMTP_HOST | localhost [if !APP_ENV=dev] @2'],
    ],
    [
      'a test nothing decides keeps both branches, unconditioned',
      "EmailPlugin.init({ ...(featureOn() ? { transport: { type: 'smtp', host: env.mail.devHost } } : { transport: { type: 'smtp', host: env.mail.host } }) })",
      ['calls email SMTP → $ref:DEV_SMTP_HOST [] @2', 'calls email SMTP → $ref:SMTP_HOST | localhost [] @2'],
    ],
    [
      'a `&&` spread: only when its test holds',
      "EmailPlugin.init({ handlers: [], ...(process.env.SMTP_ON === 'yes' && { transport: { type: 'smtp', host: env.mail.host } }) })",
      ['calls email SMTP → $ref:SMTP_HOST | localhost [if SMTP_ON=yes] @2'],
    ],
  ])('%s', async (_name, plugin, expected) => {
    const env = "export const env = { isDev: process.env.APP_ENV === 'dev', mail: { host: process.env.SMTP_HOST ?? 'localhost', devHost: process.env.DEV_SMTP_HOST } };\n";
    const config = `import { env } from './environment';\nconst IS_DEV = env.isDev;\nexport const config = { dbConnectionOptions: { type: 'sqlite' }, plugins: [${plugin}] };\n`;
    const worker = "import { config } from './vendure-config';\nbootstrapWorker(config);\n";
    expect(summary(await read(worker, { 'app/src/vendure-config.ts': config, 'app/src/environment.ts': env }, 'app/src/index-worker.ts'))).toEqual(expected);
  });

  it.each<[string, string, string | undefined, string[]]>([
    [
      'a plugin of the codebase keeping its options: each option bound, in its folder, as a field of its options type',
      "CacheBustPlugin.init({ storefrontUrl: env.storefrontUrl, ...(env.isDev ? {} : { previewUrl: 'http://preview:4100' }) })",
      'export class CacheBustPlugin {\n  static options: CacheBustOptions;\n  static init(options: CacheBustOptions) {\n    this.options = options;\n    return CacheBustPlugin;\n  }\n}\n',
      ['code:CacheBustOptions.storefrontUrl = $ref:STOREFRONT_URL', 'code:CacheBustOptions.storefrontUrl = http://localhost:3001 (fallback)', 'code:CacheBustOptions.previewUrl = http://preview:4100'],
    ],
    ['an init that is not static, or untyped options: nothing bound', 'CacheBustPlugin.init({ storefrontUrl: env.storefrontUrl })', 'export class CacheBustPlugin {\n  init(options) { return this; }\n}\n', []],
    ['a plugin the scan does not hold: nothing bound', 'CacheBustPlugin.init({ storefrontUrl: env.storefrontUrl })', undefined, []],
  ])('%s', async (_name, plugin, module, expected) => {
    const env = "export const env = { isDev: process.env.APP_ENV === 'dev', storefrontUrl: process.env.STOREFRONT_URL ?? 'http://localhost:3001' };\n";
    const config = `import { env } from './environment';\nimport { CacheBustPlugin } from './plugins/cache-bust/cache-bust.plugin';\nexport const config = { dbConnectionOptions: { type: 'sqlite' }, plugins: [${plugin}] };\n`;
    const files: Record<string, string> = { 'app/src/vendure-config.ts': config, 'app/src/environment.ts': env, ...(module ? { 'app/src/plugins/cache-bust/cache-bust.plugin.ts': module } : {}) };
    const facts = await read("import { config } from './vendure-config';\nbootstrap(config);\n", files);
    const bound = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith('code:'));
    expect(bound.every((fact) => fact.scope === 'app/src/plugins/cache-bust')).toBe(true);
    expect(bound.map((fact) => `${fact.key} = ${fact.value}${fact.fallback ? ' (fallback)' : ''}`)).toEqual(expected);
  });
});
