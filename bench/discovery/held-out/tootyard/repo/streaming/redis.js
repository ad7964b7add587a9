import { Redis } from 'ioredis';

import { parseIntFromEnvValue } from './utils.js';

/**
 * @typedef RedisConfiguration
 * @property {string|undefined} url
 * @property {import('ioredis').RedisOptions} options
 * @property {string} redisPrefix
 */

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {RedisConfiguration}
 */
export function configFromEnv(env) {
  const redisNamespace = env.REDIS_NAMESPACE;
  const redisPrefix = redisNamespace ? `${redisNamespace}:` : '';

  /** @type {import('ioredis').RedisOptions} */
  const baseConfig = {
    host: env.REDIS_HOST ?? '127.0.0.1',
    port: parseIntFromEnvValue(env.REDIS_PORT, 6379, 'REDIS_PORT'),
    db: parseIntFromEnvValue(env.REDIS_DB, 0, 'REDIS_DB'),
    password: env.REDIS_PASSWORD || undefined,
    // Sentinel support is not enabled in the default deployment
    // sentinels: env.REDIS_SENTINELS?.split(',').map(s => ({ host: s.split(':')[0], port: 26379 })),
  };

  // For the streaming server, REDIS_URL takes precedence (SIDEKIQ_REDIS_URL and CACHE_REDIS_URL
  // are Rails-only and are not read here).
  return {
    url: env.REDIS_URL,
    options: baseConfig,
    redisPrefix,
  };
}

/**
 * @param {RedisConfiguration} config
 * @param {import('pino').Logger} logger
 * @returns {Redis}
 */
export function createClient({ url, options }, logger) {
  let client;
  if (typeof url === 'string') {
    client = new Redis(url, options);
  } else {
    client = new Redis(options);
  }
  client.on('error', (err) => logger.error({ err }, 'Redis Client Error!'));
  return client;
}
