/**
 * Configuration: command-line flags, then the environment (PATCHBAY_*, DATABASE_URL), then a
 * config file (patchbay.config.yaml or .json in the working folder, or --config), then defaults
 * that work with nothing set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { Type } from '@sinclair/typebox';
import { PatchbayError, withPointerPrefix } from '../core/errors.js';
import { parseThresholds } from '../core/prioritise/quadrant.js';
import { parseWeights } from '../core/prioritise/weights.js';
import { schemaIssues } from '../core/model/validate.js';
import { DEFAULT_DATABASE_FILE } from '../store/default-database.js';

/** The default API rate limit: generous for people and the web app, a brake on runaway scripts. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1_200;

/** Every setting Patchbay reads. */
export interface PatchbayConfig {
  /** Database URL: a SQLite file path or postgres://… */
  database: string;
  /** PostgreSQL schema to use. */
  databaseSchema?: string;
  /** A running Patchbay server to talk to instead of the local database. */
  server?: string;
  /** API token for the server (from the environment or a flag only: never from a file). */
  token?: string;
  port: number;
  host: string;
  /** Require API tokens on the server. */
  auth: boolean;
  logLevel: string;
  /** API requests per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Weights and thresholds for prioritisation (checked when the services start). */
  prioritisation?: { weights?: unknown; thresholds?: unknown };
}

/** What a config file may hold; the token is deliberately absent (secrets stay out of files). */
const ConfigFile = Type.Object(
  {
    database: Type.Optional(Type.String()),
    databaseSchema: Type.Optional(Type.String()),
    server: Type.Optional(Type.String()),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65_535 })),
    host: Type.Optional(Type.String()),
    auth: Type.Optional(Type.Boolean()),
    rateLimitPerMinute: Type.Optional(Type.Integer({ minimum: 0 })),
    prioritisation: Type.Optional(
      Type.Object(
        {
          weights: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'See docs/prioritisation.md.' })),
          thresholds: Type.Optional(Type.Object({}, { additionalProperties: true })),
        },
        { additionalProperties: false },
      ),
    ),
    logLevel: Type.Optional(Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)))),
  },
  { additionalProperties: false },
);

/** The names config files are looked for under, in order. */
export const CONFIG_FILE_NAMES = ['patchbay.config.yaml', 'patchbay.config.yml', 'patchbay.config.json'];

/** Reads a config file, naming the file and field of any problem. */
function readConfigFile(path: string): Partial<PatchbayConfig> {
  let value: unknown;
  try {
    value = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PatchbayError('invalid-input', `${path}: cannot be read as YAML/JSON: ${(error as Error).message}`, { issues: [{ file: path, message: (error as Error).message }] });
  }
  const issues = schemaIssues(ConfigFile, value ?? {});
  if (issues.length > 0) {
    throw new PatchbayError('invalid-input', `${path}: ${issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ')}`, {
      issues: issues.map((issue) => ({ ...issue, file: path })),
    });
  }
  const config = (value ?? {}) as Partial<PatchbayConfig>;
  // Weights are checked here, naming the file, rather than when a command first prioritises.
  if (config.prioritisation) {
    const settings = config.prioritisation;
    const checks: [string, () => unknown][] = [
      ['weights', () => parseWeights(settings.weights)],
      ['thresholds', () => parseThresholds(settings.thresholds)],
    ];
    for (const [key, check] of checks) {
      try {
        withPointerPrefix(`/prioritisation/${key}`, check);
      } catch (error) {
        if (!(error instanceof PatchbayError)) throw error;
        throw new PatchbayError('invalid-input', `${path}: ${error.message}`, { issues: error.issues.map((issue) => ({ ...issue, file: path })) });
      }
    }
  }
  return config;
}

/** Reads a boolean from the environment, accepting the usual spellings. */
function envBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Resolves the configuration from flags, environment, file and defaults. */
export function resolveConfig(flags: Partial<PatchbayConfig> & { config?: string }, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): PatchbayConfig {
  const explicit = flags.config ?? env.PATCHBAY_CONFIG;
  let file: Partial<PatchbayConfig> = {};
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new PatchbayError('invalid-input', `Config file ${path} does not exist`);
    file = readConfigFile(path);
  } else {
    const found = CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
    if (found) file = readConfigFile(found);
  }
  const envPort = env.PATCHBAY_PORT ?? env.PORT;
  const fromEnv: Partial<PatchbayConfig> = {
    database: env.PATCHBAY_DATABASE_URL ?? env.DATABASE_URL,
    databaseSchema: env.PATCHBAY_DATABASE_SCHEMA,
    server: env.PATCHBAY_SERVER,
    token: env.PATCHBAY_TOKEN,
    port: envPort === undefined ? undefined : Number(envPort),
    host: env.PATCHBAY_HOST,
    auth: envBoolean(env.PATCHBAY_AUTH),
    logLevel: env.PATCHBAY_LOG_LEVEL,
    rateLimitPerMinute: env.PATCHBAY_RATE_LIMIT === undefined ? undefined : Number(env.PATCHBAY_RATE_LIMIT),
  };
  const pick = <K extends keyof PatchbayConfig>(key: K): PatchbayConfig[K] | undefined => flags[key] ?? fromEnv[key] ?? file[key];
  const port = pick('port') ?? 4400;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new PatchbayError('invalid-input', `Port must be a whole number from 0 to 65535 (got ${String(port)})`);
  const config: PatchbayConfig = {
    database: pick('database') ?? DEFAULT_DATABASE_FILE,
    port,
    host: pick('host') ?? '127.0.0.1',
    auth: pick('auth') ?? false,
    logLevel: pick('logLevel') ?? 'info',
    rateLimitPerMinute: pick('rateLimitPerMinute') ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
  };
  if (!Number.isInteger(config.rateLimitPerMinute) || config.rateLimitPerMinute < 0) {
    throw new PatchbayError('invalid-input', `The rate limit must be a whole number of requests per minute, 0 for none (got ${String(config.rateLimitPerMinute)})`);
  }
  const schema = pick('databaseSchema');
  if (schema) config.databaseSchema = schema;
  if (file.prioritisation) config.prioritisation = file.prioritisation;
  const server = pick('server');
  if (server) config.server = server;
  const token = flags.token ?? fromEnv.token;
  if (token) config.token = token;
  return config;
}
