import pg from 'pg';
import pgConnectionString from 'pg-connection-string';

import { parseIntFromEnvValue } from './utils.js';

/**
 * @param {NodeJS.ProcessEnv} env the `process.env` value to read configuration from
 * @param {string} environment
 * @returns {pg.PoolConfig} the configuration for the PostgreSQL connection
 */
export function configFromEnv(env, environment) {
  /** @type {Record<string, pg.PoolConfig>} */
  const pgConfigs = {
    development: {
      user: env.DB_USER || pg.defaults.user,
      password: env.DB_PASS || pg.defaults.password,
      database: env.DB_NAME || 'tootyard_development',
      host: env.DB_HOST || pg.defaults.host,
      port: parseIntFromEnvValue(env.DB_PORT, pg.defaults.port ?? 5432, 'DB_PORT'),
    },
    production: {
      user: env.DB_USER || 'tootyard',
      password: env.DB_PASS || '',
      database: env.DB_NAME || 'tootyard_production',
      host: env.DB_HOST || 'localhost',
      port: parseIntFromEnvValue(env.DB_PORT, 5432, 'DB_PORT'),
    },
  };

  let baseConfig = {};
  if (env.DATABASE_URL) {
    const parsedUrl = pgConnectionString.parse(env.DATABASE_URL);
    baseConfig = { ...parsedUrl, port: parsedUrl.port ? parseInt(parsedUrl.port, 10) : undefined };
  } else if (Object.hasOwn(pgConfigs, environment)) {
    baseConfig = pgConfigs[environment];
  }

  return {
    ...baseConfig,
    max: parseIntFromEnvValue(env.DB_POOL, 10, 'DB_POOL'),
    connectionTimeoutMillis: 15000,
    application_name: 'tootyard-streaming',
  };
}

/** @type {pg.Pool | undefined} */
let pool;

/**
 * @param {pg.PoolConfig} config
 * @param {string} environment
 * @returns {pg.Pool}
 */
export function getPool(config, environment) {
  if (pool) return pool;
  pool = new pg.Pool(config);
  return pool;
}
