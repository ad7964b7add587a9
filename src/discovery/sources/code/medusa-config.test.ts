import { describe, expect, it } from 'vitest';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { configConnections } from './code-test-support.js';
import { medusaConfigSource } from './medusa-config.js';

/** Reads a config with other files of the scan available to it (a helper module). */
async function read(text: string, others: Record<string, string> = {}, path = 'backend/medusa-config.ts'): Promise<Fact[]> {
  const file: SourceFile = { path, text };
  return medusaConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], readFile: (other) => others[other] });
}

const summary = (facts: readonly Fact[]): string[] => configConnections(facts);

const HELPER = { 'backend/src/lib/redis.ts': 'export function redisUrl() {\n  return process.env.REDIS_URL || process.env.CACHE_REDIS_URL\n}\n' };

describe('medusa-config', () => {
  it.each<[string, string, string[], Record<string, string>?]>([
    [
      'project config, Redis modules through a helper of another file, providers nested in modules',
      `import { defineConfig } from "@medusajs/framework/utils"
import { redisUrl } from "./src/lib/redis"
module.exports = defineConfig({
  projectConfig: { databaseUrl: process.env.DATABASE_URL, redisUrl: redisUrl(), http: { storeCors: process.env.STORE_CORS! } },
  modules: [
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: redisUrl() } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: process.env.WE_REDIS ?? "redis://redis:6379" } } },
    { resolve: "@medusajs/medusa/file", options: { providers: [{ resolve: "@medusajs/medusa/file-s3", id: "s3", options: { file_url: process.env.S3_FILE_URL, endpoint: process.env.S3_ENDPOINT } }] } },
    { resolve: "@medusajs/medusa/payment", options: { providers: [{ resolve: "@medusajs/medusa/payment-stripe", options: { apiKey: process.env.STRIPE_API_KEY } }] } },
  ],
})`,
      [
        'uses database PostgreSQL → $ref:DATABASE_URL [every, migrated]',
        'uses database Redis → $ref:REDIS_URL | $ref:CACHE_REDIS_URL [every]',
        'uses database Redis → $ref:REDIS_URL | $ref:CACHE_REDIS_URL [every]',
        'produces messaging Redis → $ref:WE_REDIS | redis://redis:6379 [every]',
        'consumes messaging Redis → $ref:WE_REDIS | redis://redis:6379 [every]',
        'uses file-transfer Amazon S3 → $ref:S3_ENDPOINT [every]',
        'calls rest Stripe → api.stripe.com [every]',
      ],
      HELPER,
    ],
    [
      'a commented-out provider, a local one, a module gated on an env var, providers in an array beside the config',
      `const { defineConfig } = require("@medusajs/framework/utils")
const notificationProviders = [
  { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
  // { resolve: "@medusajs/medusa/notification-sendgrid", options: { api_key: process.env.SENDGRID_API_KEY } },
]
export default defineConfig({
  projectConfig: { databaseUrl: "postgres://medusa@db:5432/medusa" },
  modules: [
    { resolve: "@medusajs/medusa/notification", options: { providers: notificationProviders } },
    ...(process.env.SENDGRID_FROM ? [{ resolve: "@medusajs/notification-sendgrid", options: {} }] : []),
    ...(process.env.EVENTS === "redis" ? [] : [{ resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: process.env.REDIS_URL } }]),
    ...(process.env.LOCKING_REDIS_URL && [{ resolve: "@medusajs/medusa/locking-redis", options: { redisUrl: process.env.LOCKING_REDIS_URL } }]),
  ],
})`,
      [
        'uses database PostgreSQL → postgres://medusa@db:5432/medusa [every, migrated]',
        'calls email SendGrid → api.sendgrid.com [every, if SENDGRID_FROM]',
        'produces messaging Redis → $ref:REDIS_URL [every, if !EVENTS=redis]',
        'consumes messaging Redis → $ref:REDIS_URL [every, if !EVENTS=redis]',
        'uses database Redis → $ref:LOCKING_REDIS_URL [every, if LOCKING_REDIS_URL]',
      ],
    ],
    [
      'a helper of another file returning an object of settings, with its own constants',
      `import { defineConfig } from "@medusajs/framework/utils"
import { readRedisSettings } from "./src/lib/env"
const redis = readRedisSettings()
module.exports = defineConfig({
  projectConfig: { databaseUrl: process.env.DATABASE_URL, redisUrl: redis.sessionUrl },
  modules: [
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: redis.cacheUrl } },
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: redis.eventsUrl } },
  ],
})`,
      [
        'uses database PostgreSQL → $ref:DATABASE_URL [every, migrated]',
        'uses database Redis → $ref:REDIS_URL [every]',
        'uses database Redis → $ref:CACHE_REDIS_URL | $ref:REDIS_URL [every]',
        'produces messaging Redis → $ref:REDIS_URL [every]',
        'consumes messaging Redis → $ref:REDIS_URL [every]',
      ],
      {
        'backend/src/lib/env.ts': `export function readRedisSettings(): RedisSettings {
  const base = process.env.REDIS_URL
  return { sessionUrl: base, cacheUrl: process.env.CACHE_REDIS_URL || base, eventsUrl: base }
}
`,
      },
    ],
    [
      'options chosen by a conditional spread: each branch with its condition; a `&&` spread only when its test holds',
      `import { defineConfig } from "@medusajs/framework/utils"
module.exports = defineConfig({
  projectConfig: { databaseUrl: process.env.DATABASE_URL },
  modules: [
    { resolve: "@medusajs/medusa/cache-redis", options: { ttl: 30, ...(process.env.NODE_ENV === "production" ? { redisUrl: process.env.CACHE_REDIS_URL } : { redisUrl: "redis://localhost:6379" }) } },
    { resolve: "@medusajs/medusa/event-bus-redis", options: { ...(process.env.EVENTS_REDIS_URL && { redisUrl: process.env.EVENTS_REDIS_URL }) } },
  ],
})
`,
      [
        'uses database PostgreSQL → $ref:DATABASE_URL [every, migrated]',
        'uses database Redis → $ref:CACHE_REDIS_URL [every, if NODE_ENV=production]',
        'uses database Redis → redis://localhost:6379 [every, if !NODE_ENV=production]',
        'produces messaging Redis → $ref:EVENTS_REDIS_URL [every, if EVENTS_REDIS_URL]',
        'consumes messaging Redis → $ref:EVENTS_REDIS_URL [every, if EVENTS_REDIS_URL]',
      ],
    ],
    [
      'a helper the scan does not hold: the option says nothing',
      `import { defineConfig } from "@medusajs/framework/utils"
import { redisUrl } from "./src/lib/missing"
export default defineConfig({ projectConfig: { redisUrl: redisUrl() }, modules: [{ resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: redisUrl() } }] })`,
      [],
    ],
  ])('%s', async (_name, text, expected, others) => {
    expect(summary(await read(text, others))).toEqual(expected);
  });

  it('reads only medusa-config files', () => {
    expect(['medusa-config.ts', 'apps/backend/medusa-config.js', 'medusa-config.mjs'].map(medusaConfigSource.accepts)).toEqual([true, true, true]);
    expect(['src/medusa-config.test.txt', 'config/medusa.ts', 'moleculer.config.js'].map(medusaConfigSource.accepts)).toEqual([false, false, false]);
  });
});
