/**
 * Medusa v2 (`medusa-config.ts`): the commerce framework loads its modules from the config's
 * `defineConfig({ projectConfig, modules, plugins })`, each named by the package it resolves
 * (`@medusajs/medusa/cache-redis`, a file module's `@medusajs/medusa/file-s3` provider). What a
 * module connects to is known from that name: the config reader (sources/code/medusa-config.ts)
 * reads where its options put the address, and this table says what the connection is. Pure.
 *
 * Also: the Node commands that only apply a codebase's migrations (`medusa db:migrate`, `knex
 * migrate:latest`, `prisma migrate deploy`), which run as python-entries.ts MIGRATION_PROCESS.
 */
import type { ConnectionRole } from './facts.js';
import type { Mechanism, SystemKind } from '../model/vocabulary.js';
import { vendorApiMechanism } from './mail-providers.js';

/** What a Medusa module or provider connects to, and which of its options hold the address (first known wins). */
export interface MedusaProvider {
  mechanism: Mechanism;
  technology: string;
  targetKind?: SystemKind;
  /** Messaging both ways: the process publishes events and its workers consume them. */
  roles: readonly ConnectionRole[];
  /** Option paths of the address (`redis.url`); none for a SaaS vendor reached at its own API. */
  address: readonly string[];
}

const REDIS_DATABASE: MedusaProvider = { mechanism: 'database', technology: 'Redis', targetKind: 'database', roles: ['uses'], address: ['redisUrl', 'redis.url', 'redis.redisUrl', 'url'] };
const REDIS_MESSAGING: MedusaProvider = { mechanism: 'messaging', technology: 'Redis', targetKind: 'database', roles: ['produces', 'consumes'], address: ['redisUrl', 'redis.url', 'redis.redisUrl', 'url'] };

/**
 * Medusa's own modules and providers by the last segment of their package (`@medusajs/medusa/x`
 * in v2, `@medusajs/x` before the packages were merged). Local ones (`file-local`,
 * `notification-local`, `cache-inmemory`, `event-bus-local`) connect to nothing and are absent.
 */
const PROVIDERS: Readonly<Record<string, MedusaProvider>> = {
  'cache-redis': REDIS_DATABASE,
  'locking-redis': REDIS_DATABASE,
  'event-bus-redis': REDIS_MESSAGING,
  'workflow-engine-redis': REDIS_MESSAGING,
  'file-s3': { mechanism: 'file-transfer', technology: 'Amazon S3', targetKind: 'file-store', roles: ['uses'], address: ['endpoint', 'file_url'] },
  'payment-stripe': { mechanism: 'rest', technology: 'Stripe', targetKind: 'saas', roles: ['calls'], address: [] },
  'notification-sendgrid': { mechanism: vendorApiMechanism('SendGrid'), technology: 'SendGrid', targetKind: 'saas', roles: ['calls'], address: [] },
};

/** The Medusa module or provider a `resolve` names (`@medusajs/medusa/cache-redis`, `@medusajs/cache-redis`); undefined for local and unknown ones. */
export function medusaProvider(resolve: string): MedusaProvider | undefined {
  const match = /^@medusajs\/(?:medusa\/)?([a-z0-9-]+)$/.exec(resolve.trim());
  return match ? PROVIDERS[match[1] as string] : undefined;
}

/** The SaaS vendor's own host a provider calls (saas-hosts.ts names the system by it). */
export const MEDUSA_VENDOR_HOSTS: Readonly<Record<string, string>> = { Stripe: 'api.stripe.com', SendGrid: 'api.sendgrid.com' };

/** Package scripts that apply migrations by name (`npm run migrate`, `yarn db:migrate`, `pnpm migrate:deploy`). */
const MIGRATION_SCRIPT = /^(?:db:)?migrat(?:e|ions?)(?::(?:up|latest|deploy|run|prod))?$/;

/**
 * Whether a command line only applies a Node codebase's migrations: `medusa db:migrate`, `knex
 * migrate:latest`, `prisma migrate deploy`, `typeorm migration:run`, `sequelize db:migrate`,
 * `node-pg-migrate up`, `npm run migrate` (also after `npx`, `yarn`, `pnpm exec`). A command that
 * migrates and then starts the server (`medusa db:migrate && medusa start`) is not one: the caller
 * gives one command's words.
 */
export function isNodeMigration(words: readonly string[]): boolean {
  const plain = words.filter((word) => word !== '' && !word.startsWith('-'));
  const at = (name: RegExp): number => plain.findIndex((word) => name.test(word.split('/').pop() as string));
  const after = (name: RegExp): string[] => {
    const index = at(name);
    return index < 0 ? [] : plain.slice(index + 1);
  };
  const [medusa] = after(/^medusa$/);
  if (medusa === 'db:migrate' || medusa === 'migrations') return true;
  const knex = after(/^knex$/)[0];
  if (knex !== undefined && /^migrate:(?:latest|up)$/.test(knex)) return true;
  const prisma = after(/^prisma$/);
  if (prisma[0] === 'migrate' && prisma[1] === 'deploy') return true;
  if (/^migration:run$/.test(after(/^typeorm(?:-ts-node-(?:esm|commonjs))?$/)[0] ?? '')) return true;
  if (/^db:migrate$/.test(after(/^sequelize(?:-cli)?$/)[0] ?? '')) return true;
  if (at(/^node-pg-migrate$/) >= 0 && after(/^node-pg-migrate$/)[0] === 'up') return true;
  // A package script named for migrating (`npm run migrate`, `yarn db:migrate`).
  const manager = at(/^(?:npm|yarn|pnpm)$/);
  if (manager < 0) return false;
  const rest = plain.slice(manager + 1);
  const script = rest[0] === 'run' || rest[0] === 'run-script' ? rest[1] : rest[0];
  return script !== undefined && MIGRATION_SCRIPT.test(script);
}
