/** PostgreSQL through node-postgres: the store for teams running several Patchbay instances. */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../tables.js';
import type { Engine } from './engine.js';

/** PostgreSQL's particulars. */
export const postgresEngine: Engine = {
  name: 'postgres',
  // The wire protocol counts parameters in 16 bits (65,535).
  maxParameters: 60_000,
  serialType: 'serial',
  // The database's default collation (often en_US) orders "a-b" and "ab" differently from
  // SQLite; byte order ("C") keeps both engines' orders, and so their pagination, identical.
  sortableText: (column) => column.modifyEnd(sql`collate "C"`),
  classifyError(error) {
    const code = (error as { code?: string } | null)?.code ?? '';
    if (code === '23505') return 'unique';
    if (code === '23503') return 'foreign-key';
    return null;
  },
  // A transaction-scoped advisory lock, keyed per schema so catalogs in different schemas of one
  // database do not wait for each other; released at commit or rollback, even if the process dies.
  async lockForMigration(trx) {
    await sql`select pg_advisory_xact_lock(hashtext('patchbay-migrations:' || current_schema()))`.execute(trx);
  },
  // PostgreSQL checks its own pages and enforces constraints on commit; there is no cheap
  // whole-database check to run, so a healthy connection with a working query is the signal.
  // Autovacuum analyses in time, but not straight after one large import transaction.
  async analyze(db) {
    await sql`analyze`.execute(db);
  },
  async integrityProblems(db) {
    await sql`select 1`.execute(db);
    return [];
  },
};

/** Connection settings beyond the URL. */
export interface PostgresOptions {
  /** Schema to use (created if missing); lets tests and tenants share one database. */
  schema?: string;
  /** Most connections in the pool. */
  maxConnections?: number;
}

/** Opens a connection pool to PostgreSQL. */
export function openPostgres(url: string, options: PostgresOptions = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
