/**
 * Vendure (`vendure-config.ts`, whatever it is renamed: the object typed `VendureConfig`): one
 * codebase run as two processes, the server (`bootstrap(config)`) and the worker
 * (`bootstrapWorker(config)`), each loading the same config. What each makes of it follows how
 * Vendure splits the work: the database and the search index are both processes'; the job queue
 * is produced by the server and consumed by the worker; emails are sent by the worker (its job
 * queue runs the email handlers); payments and asset storage are the server's. Plugins are known
 * by their class name, whatever package scope they come from (forks rebrand `@vendure/*`). Pure.
 */
import type { ConnectionRole } from './facts.js';
import type { Mechanism, SystemKind } from '../model/vocabulary.js';

/** The two processes of a Vendure codebase. */
export type VendureProcess = 'server' | 'worker';

/** The process a call starts: `bootstrap(config)` the server, `bootstrapWorker(config)` the worker. */
export function vendureProcessOf(callee: string): VendureProcess | undefined {
  const name = callee.slice(callee.lastIndexOf('.') + 1);
  if (name === 'bootstrap') return 'server';
  if (name === 'bootstrapWorker') return 'worker';
  return undefined;
}

/** What a plugin of the config connects to, and which of its options hold the address (first known wins). */
export interface VendurePlugin {
  mechanism: Mechanism;
  technology: string;
  targetKind?: SystemKind;
  /** The role of each process making the connection; a process absent makes none. */
  roles: Partial<Record<VendureProcess, ConnectionRole>>;
  /** Option paths of the address (`connection.host`); none for a SaaS vendor reached at its own API. */
  address: readonly string[];
  /** The vendor's own API host, for a payment plugin. */
  vendorHost?: string;
}

const SERVER_CALLS: VendurePlugin['roles'] = { server: 'calls' };

/** Vendure's plugins that connect somewhere, by class name (`DefaultJobQueuePlugin`, `DefaultSearchPlugin` use the database). */
const PLUGINS: Readonly<Record<string, VendurePlugin>> = {
  BullMQJobQueuePlugin: { mechanism: 'messaging', technology: 'Redis', targetKind: 'database', roles: { server: 'produces', worker: 'consumes' }, address: ['connection.host', 'connection.path', 'connection.url'] },
  ElasticsearchPlugin: { mechanism: 'database', technology: 'Elasticsearch', targetKind: 'database', roles: { server: 'uses', worker: 'uses' }, address: ['host', 'clientOptions.node'] },
  EmailPlugin: { mechanism: 'email', technology: 'SMTP', roles: { worker: 'calls' }, address: ['transport.host'] },
  StripePlugin: { mechanism: 'rest', technology: 'Stripe', targetKind: 'saas', roles: SERVER_CALLS, address: [], vendorHost: 'api.stripe.com' },
  MolliePlugin: { mechanism: 'rest', technology: 'Mollie', targetKind: 'saas', roles: SERVER_CALLS, address: [], vendorHost: 'api.mollie.com' },
  BraintreePlugin: { mechanism: 'rest', technology: 'Braintree', targetKind: 'saas', roles: SERVER_CALLS, address: [], vendorHost: 'api.braintreegateway.com' },
};

/** S3 asset storage (`configureS3AssetStorage`, given to the AssetServerPlugin): the server's. */
export const VENDURE_S3_STORAGE: VendurePlugin = { mechanism: 'file-transfer', technology: 'Amazon S3', targetKind: 'file-store', roles: { server: 'uses' }, address: ['nativeS3Configuration.endpoint'] };
/** The function configuring S3 asset storage. */
export const VENDURE_S3_FACTORY = 'configureS3AssetStorage';

/** The plugin a class name is (`BullMQJobQueuePlugin`, also a namespace's `vendure.EmailPlugin`); undefined for others. */
export function vendurePlugin(name: string): VendurePlugin | undefined {
  return PLUGINS[name.slice(name.lastIndexOf('.') + 1)];
}

/** `dbConnectionOptions.type` (TypeORM's driver) → the database's technology; undefined for embedded ones (sqlite, sqljs). */
export function vendureDatabase(type: string): string | undefined {
  const known: Record<string, string> = { postgres: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', mssql: 'SQL Server', oracle: 'Oracle', cockroachdb: 'CockroachDB' };
  return known[type.toLowerCase()];
}

/** Whether an EmailPlugin's options send nothing: `devMode: true` keeps mails in a folder, a `type: 'none'`/`'file'`/`'testing'` transport sends none. */
export function emailSendsNothing(devMode: string | undefined, transportType: string | undefined): boolean {
  if (devMode === 'true') return true;
  return transportType !== undefined && transportType !== 'smtp' && transportType !== 'ses' && transportType !== 'sendmail';
}
