/**
 * Brings a database to the current schema. Migrations are code (not files found at run time) so
 * the compiled CLI carries them. They run in one transaction under an engine lock, so several
 * instances starting together against one PostgreSQL apply each migration exactly once.
 *
 * Written here rather than with Kysely's Migrator: that one decides whether its own tables exist
 * by introspecting every table in every schema of the database, which is slow on a shared
 * PostgreSQL and fails when another schema is dropped at the same moment.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { sql, type Kysely, type Migration } from 'kysely';
import { PatchbayError } from '../core/errors.js';
import type { Engine } from './engines/engine.js';
import { catalogSchema } from './migrations/0001-catalog.js';
import { dependenciesAndAssessments } from './migrations/0002-dependencies-and-assessments.js';
import { catalogVersion } from './migrations/0003-catalog-version.js';
import { discoveryDecisions } from './migrations/0004-discovery-decisions.js';
import { integrationConfidence } from './migrations/0005-integration-confidence.js';
import type { Database } from './tables.js';

/** The table that records which migrations a database has had. */
export const MIGRATIONS_TABLE = 'patchbay_schema_migrations';

/** Every migration, by name; names sort in the order they apply. */
function migrationsFor(engine: Engine): [string, Migration][] {
  return [
    ['0001-catalog', catalogSchema(engine)],
    ['0002-dependencies-and-assessments', dependenciesAndAssessments(engine)],
    ['0003-catalog-version', catalogVersion()],
    ['0004-discovery-decisions', discoveryDecisions(engine)],
    ['0005-integration-confidence', integrationConfidence()],
  ];
}

/** Applies every pending migration and returns their names; throws `unavailable` naming the one that failed. */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const loose = db as unknown as Kysely<Record<string, { name: string; applied_at: string }>>;
  await createMigrationsTable(db);
  let current = 'none';
  try {
    return await db.transaction().execute(async (trx) => {
      await engine.lockForMigration(trx);
      const applied = new Set((await (trx as unknown as typeof loose).selectFrom(MIGRATIONS_TABLE).select('name').execute()).map((row) => row.name));
      const done: string[] = [];
      for (const [name, migration] of migrationsFor(engine)) {
        if (applied.has(name)) continue;
        current = name;
        await migration.up(trx as unknown as Kysely<unknown>);
        await (trx as unknown as typeof loose).insertInto(MIGRATIONS_TABLE).values({ name, applied_at: new Date().toISOString() }).execute();
        done.push(name);
      }
      return done;
    });
  } catch (error) {
    throw new PatchbayError('unavailable', `Database migration ${current} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Attempts at creating the migrations table, and the pause before another. */
const CREATE_ATTEMPTS = 4;
const CREATE_RETRY_MS = 50;

/**
 * Creates the migrations table unless it exists. Several PostgreSQL instances starting together
 * against a new database may all find it missing, and all but one then fail on what the winner
 * created: a duplicate key in the catalog, or `type "patchbay_schema_migrations" already exists`,
 * depending on timing. Once the winner's creation is committed, trying again is a no-op, so a
 * failed attempt is retried a few times before its error is the answer. (The migration lock cannot
 * come first: SQLite's is taken on this very table.)
 */
async function createMigrationsTable(db: Kysely<Database>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await sql`create table if not exists ${sql.table(MIGRATIONS_TABLE)} (name text primary key, applied_at text not null)`.execute(db);
      return;
    } catch (error) {
      if (attempt >= CREATE_ATTEMPTS) throw error;
      await delay(CREATE_RETRY_MS * attempt);
    }
  }
}
