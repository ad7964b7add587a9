/** SQLite through better-sqlite3: the embedded default, one file in the working folder. */
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver } from 'kysely';
import { MIGRATIONS_TABLE } from '../migrate.js';
import type { Database } from '../tables.js';
import type { Engine } from './engine.js';

/** SQLite's particulars. */
export const sqliteEngine: Engine = {
  name: 'sqlite',
  // SQLite has allowed 32,766 parameters since 3.32; stay well below.
  maxParameters: 30_000,
  serialType: 'integer',
  // SQLite compares text byte-wise by default, which is what keyset pagination needs.
  sortableText: (column) => column,
  classifyError(error) {
    const code = (error as { code?: string } | null)?.code ?? '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'unique';
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign-key';
    return null;
  },
  // Transactions begin IMMEDIATE (see the driver below), so the writer lock is already held; the
  // no-op write keeps this correct on its own, should a transaction ever begin deferred.
  async lockForMigration(trx) {
    await sql`update ${sql.table(MIGRATIONS_TABLE)} set name = name where 1 = 0`.execute(trx);
  },
  // Without statistics SQLite may read a filtered page through the wrong index and sort thousands of rows.
  async analyze(db) {
    await sql`analyze`.execute(db);
  },
  async integrityProblems(db) {
    const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    const problems = integrity.rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    const foreignKeys = await sql<{ table: string; rowid: number; parent: string }>`PRAGMA foreign_key_check`.execute(db);
    for (const row of foreignKeys.rows) problems.push(`${row.table} row ${row.rowid} refers to a missing ${row.parent}`);
    return problems;
  },
};

/**
 * Kysely's driver begins every transaction DEFERRED: it reads under a snapshot and asks for the
 * write lock only at its first write. If another process commits in between, SQLite refuses the
 * upgrade at once with "database is locked" (SQLITE_BUSY_SNAPSHOT), without waiting out
 * busy_timeout, because waiting could not make the stale snapshot current. Our transactions read
 * and then write (does the id exist? then insert), so they take the write lock when they begin;
 * a second writer then waits for the first to commit. Only the begin statement differs.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite's dialect with transactions that begin IMMEDIATE. */
class PatchbaySqliteDialect extends SqliteDialect {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database });
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver({ database: this.database });
  }
}

/** Opens (creating if needed) a SQLite database file with the settings Patchbay relies on. */
export function openSqlite(file: string): Kysely<Database> {
  const connection = new BetterSqlite3(file);
  // First, so that switching the journal mode below also waits for another process instead of failing.
  connection.pragma('busy_timeout = 5000');
  // WAL lets readers (the API) proceed while a writer (an import) works, and keeps commits atomic
  // under kill -9; NORMAL sync is durable in WAL mode except for the last commits on power loss.
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new PatchbaySqliteDialect(connection) });
}
